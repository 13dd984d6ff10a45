/** Points to one decimal, as every reason shows them. */
export const round1 = (value: number): number => Math.round(value * 10) / 10;

// A score's reasons repeat a few dozen values ("+15", "+6.1"); formatting a fraction is the costly part.
const texts = new Map<number, string>();

/** "+15", "-5", "+6.1": points to one decimal with their sign, as a reason starts. */
export function signedPoints(value: number): string {
  const tenths = Math.round(value * 10);
  let text = texts.get(tenths);
  if (text === undefined) {
    text = `${tenths >= 0 ? '+' : ''}${tenths / 10}`;
    if (texts.size >= 4096) texts.clear();
    texts.set(tenths, text);
  }
  return text;
}
