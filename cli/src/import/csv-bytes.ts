import { closeSync, openSync, readSync } from 'node:fs';
import { checkUtf8, refuseUtf16 } from './utf8-check';

/**
 * The bytes a CSV scanner reads: a whole text at once, or a file a chunk at a time. Only the window
 * `buffer[0, end)` is valid; `refill` drops what the scanner is done with and reads on.
 */
export interface CsvBytes {
  readonly buffer: Buffer;
  readonly end: number;
  /** Nothing remains to be read after `end`. */
  readonly done: boolean;
  /**
   * Moves the bytes from `keepFrom` on to the start of the buffer and reads more after them (growing
   * the buffer when the kept bytes fill it); positions the scanner holds shift down by `keepFrom`.
   * Either reads at least one byte or sets `done`.
   */
  refill(keepFrom: number): void;
}

/** A text already in memory, as UTF-8: everything is there, so `refill` is never needed. */
export function textBytes(text: string): CsvBytes {
  const buffer = Buffer.from(text, 'utf8');
  return { buffer, end: buffer.length, done: true, refill: () => undefined };
}

/**
 * A file read a megabyte at a time into one buffer that is reused. Reading a 100 MB export whole
 * would mean a 100 MB buffer, and a 200 MB string if it holds a single non-ASCII character (V8 then
 * stores two bytes a character); touching that much fresh memory is most of the import's time on a
 * small machine, while the reused chunk stays in the CPU cache. Each chunk is checked to be UTF-8 as it
 * is read (see utf8-check.ts).
 */
class FileChunks implements CsvBytes {
  buffer: Buffer;
  end = 0;
  done = false;
  /** The file offset of `buffer[0]`. */
  private offset = 0;
  /** `buffer[0, checked)` is known to be UTF-8. */
  private checked = 0;

  constructor(
    private readonly file: string,
    private readonly fd: number,
    chunkSize: number,
  ) {
    this.buffer = Buffer.allocUnsafeSlow(chunkSize);
  }

  refill(keepFrom: number): void {
    const kept = this.end - keepFrom;
    if (keepFrom > 0 && kept > 0) this.buffer.copy(this.buffer, 0, keepFrom, this.end);
    this.offset += keepFrom;
    this.checked = Math.max(0, this.checked - keepFrom);
    this.end = kept;
    // A record longer than the buffer (a long quoted cell, or a quote never closed) needs all of it at once.
    if (this.end === this.buffer.length) {
      const larger = Buffer.allocUnsafeSlow(this.buffer.length * 2);
      this.buffer.copy(larger, 0, 0, this.end);
      this.buffer = larger;
    }
    const read = readSync(this.fd, this.buffer, this.end, this.buffer.length - this.end, null);
    if (read === 0) this.done = true;
    else this.end += read;
    if (this.offset === 0 && this.checked === 0) refuseUtf16(this.file, this.buffer, this.end);
    this.checked = checkUtf8(this.file, this.buffer, this.checked, this.end, this.offset + this.checked, this.done);
  }
}

const CHUNK_SIZE = 1 << 20;

/** Runs `use` on the bytes of the file at `filePath`, read in chunks, and closes the file afterwards. */
export function withFileBytes<T>(filePath: string, use: (bytes: CsvBytes) => T, chunkSize: number = CHUNK_SIZE): T {
  const fd = openSync(filePath, 'r');
  try {
    return use(new FileChunks(filePath, fd, chunkSize));
  } finally {
    closeSync(fd);
  }
}
