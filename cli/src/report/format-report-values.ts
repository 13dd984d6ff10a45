/** How the report writes numbers and instants: one style everywhere, so figures compare at a glance. */

const COUNT = new Intl.NumberFormat('en-US');
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return COUNT.format(value);
}

export function formatNumber(value: number | null): string {
  return value === null ? '–' : ONE_DECIMAL.format(value);
}

export function formatPercent(value: number | null): string {
  return value === null ? '–' : `${ONE_DECIMAL.format(value)}%`;
}

/** A signed percentage for deviations: "+50%", "−12.5%". */
export function formatDeviation(value: number | null): string {
  if (value === null) return '–';
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return '0%';
  return `${rounded > 0 ? '+' : '−'}${ONE_DECIMAL.format(Math.abs(rounded))}%`;
}

export function formatMinutes(value: number | null): string {
  return value === null ? '–' : `${ONE_DECIMAL.format(value)} min`;
}

export function formatHours(value: number | null): string {
  return value === null ? '–' : `${ONE_DECIMAL.format(value)} h`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** "2026-03-02 09:10 UTC": the report has readers in several zones, so it says which one it uses. */
export function formatUtc(epochMs: number | null): string {
  if (epochMs === null) return '–';
  const date = new Date(epochMs);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** "190 ms", "12.5 s", "3 min 20 s": durations of very different sizes, each readable. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${ONE_DECIMAL.format(ms / 1000)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1000)} s`;
}

/** The exact figure for a `data-value` attribute: plain digits tests can parse, rounded off float noise. */
export function dataValue(value: number | null): string {
  return value === null ? '' : String(Math.round(value * 10_000) / 10_000);
}
