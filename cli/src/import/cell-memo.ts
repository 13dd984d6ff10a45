/** Lookups after which a memo that rarely finds its cell stops looking. */
const TRIAL_LOOKUPS = 4096;

/**
 * What the cells of one column read as, by the cell's bytes. Export columns repeat a few values
 * (stages, sources, countries, dates in a busy minute, pages visited), so reading each distinct cell
 * once saves decoding and reading it again and, since every row then holds the same value, the memory
 * of a copy per row.
 *
 * Keyed by bytes rather than by decoded string: a `Map` lookup would need the cell decoded first and
 * its string hashed, which costs more than reading most cells. A column whose cells are mostly new
 * (emails, ids) gains nothing, so with `trial` the memo switches itself off there after a while; and it
 * keeps at most `maxEntries` cells, so it cannot grow without end.
 */
export class CellMemo<V> {
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(512);
  private keyStarts = new Int32Array(512);
  private keyEnds = new Int32Array(512);
  private keyBytes = new Uint8Array(8192);
  private keyBytesUsed = 0;
  private readonly values: V[] = [];
  private off = false;
  private lookups = 0;
  private hits = 0;
  /** Where `get` stopped for the cell it did not find, for `set` to put it there. */
  private missSlot = -1;
  private missHash = 0;

  constructor(private readonly options: { readonly trial: boolean; readonly maxEntries: number }) {}

  /** The value remembered for the cell `bytes[start, end)`, if any. */
  get(bytes: Uint8Array, start: number, end: number): V | undefined {
    this.missSlot = -1;
    if (this.off) return undefined;
    const hash = hashBytes(bytes, start, end);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = (this.slots[slot] ?? 0) - 1;
      if (entry < 0) break;
      if (this.hashes[entry] === hash && this.sameKey(entry, bytes, start, end)) {
        this.count(true);
        return this.values[entry];
      }
      slot = (slot + 1) & mask;
    }
    this.count(false);
    if (!this.off) {
      this.missSlot = slot;
      this.missHash = hash;
    }
    return undefined;
  }

  /** Remembers `value` for the cell the last `get` did not find. */
  set(bytes: Uint8Array, start: number, end: number, value: V): void {
    const slot = this.missSlot;
    this.missSlot = -1;
    if (slot < 0 || this.values.length >= this.options.maxEntries) return;
    const entry = this.values.length;
    if (entry === this.hashes.length) this.growEntries();
    const length = end - start;
    if (this.keyBytesUsed + length > this.keyBytes.length) this.keyBytes = grownBytes(this.keyBytes, this.keyBytesUsed + length);
    this.keyBytes.set(bytes.subarray(start, end), this.keyBytesUsed);
    this.keyStarts[entry] = this.keyBytesUsed;
    this.keyEnds[entry] = this.keyBytesUsed + length;
    this.keyBytesUsed += length;
    this.hashes[entry] = this.missHash;
    this.values.push(value);
    this.slots[slot] = entry + 1;
    // At most half full, so a probe for a missing cell stops soon.
    if (this.values.length * 2 > this.slots.length) this.rehash();
  }

  private count(hit: boolean): void {
    if (!this.options.trial) return;
    this.lookups += 1;
    if (hit) this.hits += 1;
    if (this.lookups === TRIAL_LOOKUPS && this.hits * 4 < this.lookups) this.off = true;
  }

  private sameKey(entry: number, bytes: Uint8Array, start: number, end: number): boolean {
    const keyStart = this.keyStarts[entry] ?? 0;
    if ((this.keyEnds[entry] ?? 0) - keyStart !== end - start) return false;
    const keyBytes = this.keyBytes;
    for (let i = start, k = keyStart; i < end; i += 1, k += 1) if (bytes[i] !== keyBytes[k]) return false;
    return true;
  }

  private growEntries(): void {
    const size = this.hashes.length * 2;
    this.hashes = grownInts(this.hashes, size);
    this.keyStarts = grownInts(this.keyStarts, size);
    this.keyEnds = grownInts(this.keyEnds, size);
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.values.length; entry += 1) {
      let slot = (this.hashes[entry] ?? 0) & mask;
      while ((slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }
}

/** FNV-1a over the bytes: cheap, and spreads the short, similar cells of a column well enough. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ (bytes[i] ?? 0), 0x01000193);
  return hash;
}

function grownInts(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(size);
  larger.set(array);
  return larger;
}

function grownBytes(array: Uint8Array, atLeast: number): Uint8Array<ArrayBuffer> {
  let size = array.length * 2;
  while (size < atLeast) size *= 2;
  const larger = new Uint8Array(size);
  larger.set(array);
  return larger;
}
