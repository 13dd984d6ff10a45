/**
 * A number in [0, 1) fixed by the seed and the labels (contact id, what is being decided). Hashing
 * instead of drawing from one stream keeps each contact's fate independent of processing order, so a
 * second config (`--config`) meets the same rep behaviour for the same lead.
 */
export function seededChance(seed: number, ...labels: readonly string[]): number {
  // FNV-1a over the labels, then a murmur3 finaliser to spread the bits.
  let h = (2166136261 ^ seed) >>> 0;
  for (const label of labels) {
    for (let i = 0; i < label.length; i++) {
      h ^= label.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    h ^= 0x1f;
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
