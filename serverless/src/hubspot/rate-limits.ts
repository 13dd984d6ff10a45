/** HubSpot's per-app burst limits for private/static apps, by subscription. */
export const TEN_SECOND_LIMITS = { starter: 100, professional: 190, enterprise: 190, increased: 250 } as const;
export type AccountTier = keyof typeof TEN_SECOND_LIMITS;

/** CRM search has its own, lower limit (the last documented figure is 4 per second per token). */
export const DEFAULT_SEARCH_PER_SECOND = 4;

/** HubSpot's batch endpoints take 100 inputs; search pages hold 200 and stop at 10,000 results. */
export const BATCH_SIZE = 100;
export const SEARCH_PAGE_SIZE = 200;
export const SEARCH_RESULT_CAP = 10_000;
