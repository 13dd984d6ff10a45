/**
 * The p-th percentile (0–100) of ascending values, interpolating linearly between the two nearest
 * ranks (the spreadsheet PERCENTILE.INC definition), so a median of an even count is the mean of the
 * two middle values. Null for no values: "no touches" must not read as "0 minutes".
 */
export function percentile(ascending: ArrayLike<number>, p: number): number | null {
  if (ascending.length === 0) return null;
  const position = ((ascending.length - 1) * p) / 100;
  const below = Math.floor(position);
  const lower = ascending[below] as number;
  const upper = ascending[Math.min(below + 1, ascending.length - 1)] as number;
  return lower + (position - below) * (upper - lower);
}
