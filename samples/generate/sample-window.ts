/** The seed every sample file is generated from: change it and every file changes. */
export const SAMPLE_SEED = 20261019;

/** Contacts arrive (Create Date) from the start of 19 Oct 2026 UTC… */
export const WINDOW_START = Date.UTC(2026, 9, 19);
/** …to the end of 15 Nov 2026 UTC (exclusive); no activity is later. The MQL share is measured here. */
export const WINDOW_END = Date.UTC(2026, 10, 16);

export const DAY_MS = 24 * 60 * 60 * 1000;
