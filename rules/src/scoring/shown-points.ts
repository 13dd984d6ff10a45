/**
 * Points as a rep reads them, one decimal each, adding up to the total shown (one decimal too).
 *
 * Rounding each reason on its own can leave the list 0.1 or more away from the total ("+6.1" and
 * "+1.7" under a score of 7.9), and drops small decayed activities that together still count. When
 * that happens, this rounds down to tenths and gives the tenths still missing to the values that lost
 * most in rounding (largest remainder), so each shown value is within 0.1 of its exact one and the list
 * sums to `total`. Most lists add up as rounded, and are returned so without more work.
 */
export function shownPoints(exact: readonly number[], total: number): number[] {
  const target = Math.round(total * 10);
  const tenths = new Array<number>(exact.length);
  let sum = 0;
  for (let i = 0; i < exact.length; i += 1) {
    const rounded = Math.round((exact[i] as number) * 10);
    tenths[i] = rounded;
    sum += rounded;
  }
  if (sum !== target) apportion(exact, tenths, target);
  for (let i = 0; i < tenths.length; i += 1) tenths[i] = (tenths[i] as number) / 10;
  return tenths;
}

/** Largest remainder: `tenths` becomes the floors of `exact` in tenths, plus one for each value that lost most, up to `target`. */
function apportion(exact: readonly number[], tenths: number[], target: number): void {
  // The tiny epsilon keeps 2.9999999999 (floating-point noise) from counting as 2.9 plus a remainder.
  let missing = target;
  for (let i = 0; i < exact.length; i += 1) {
    tenths[i] = Math.floor((exact[i] as number) * 10 + 1e-9);
    missing -= tenths[i] as number;
  }
  const byRemainder = exact.map((value, i) => ({ i, remainder: value * 10 - (tenths[i] as number) })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (let k = 0; missing > 0 && k < byRemainder.length; k += 1, missing -= 1) {
    const index = (byRemainder[k] as { i: number }).i;
    tenths[index] = (tenths[index] as number) + 1;
  }
  // Only floating-point noise (or a total that is not the sum) gets here: take back from the smallest remainders.
  for (let k = byRemainder.length - 1; missing < 0 && k >= 0; k -= 1, missing += 1) {
    const index = (byRemainder[k] as { i: number }).i;
    tenths[index] = (tenths[index] as number) - 1;
  }
}
