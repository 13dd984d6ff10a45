import { mulberry32 } from '../serverless/src/emulator/seeded-random';

/** A seeded PRNG so benchmarks and samples are the same on every run (the emulator's mulberry32). */
export const seededRandom = mulberry32;

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}
