/**
 * Points as a rep reads them, one decimal each, adding up to the total shown (one decimal too).
 *
 * Rounding each reason on its own can leave the list 0.1 or more away from the total ("+6.1" and
 * "+1.7" under a score of 7.9), and drops small decayed activities that together still count. This
 * rounds down to tenths and gives the tenths still missing to the values that lost most in rounding
 * (largest remainder), so each shown value is within 0.1 of its exact one and the list sums to `total`.
 */
export function shownPoints(exact: readonly number[], total: number): number[] {
  // The tiny epsilon keeps 2.9999999999 (floating-point noise) from counting as 2.9 plus a remainder.
  const tenths = exact.map((value) => Math.floor(value * 10 + 1e-9));
  let missing = Math.round(total * 10) - tenths.reduce((sum, t) => sum + t, 0);
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
  return tenths.map((t) => t / 10);
}
