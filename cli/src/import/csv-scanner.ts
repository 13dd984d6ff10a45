import type { CsvBytes } from './csv-bytes';

/** What `CsvScanner.next` found. */
export const CSV_RECORD = 1;
export const CSV_PROBLEM = 2;
export const CSV_END = 3;
export type CsvStep = typeof CSV_RECORD | typeof CSV_PROBLEM | typeof CSV_END;

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/** How a cell was written: its bytes are the value, or the value inside quotes with `""` for each quote. */
const PLAIN = 0;
const QUOTED_WITH_QUOTES = 1;

/** Commas a line inside a quoted cell needs before it can pass for a row of its own (see `swallowsRows`). */
const MIN_ROW_COMMAS = 4;

/** `readRecord` ran out of bytes before the record ended; the scanner reads more and tries again. */
const NEED_MORE = 0;

const UNCLOSED_QUOTE = 'the quote that opens this cell is never closed: close it, or write a quote inside a cell as two quotes ("")';
const UNCLOSED_ON_LINE = 'the quote that opens this cell is not closed on this line (it only "closes" at a quote on a later line): close it, or write a quote inside a cell as two quotes ("")';
const TEXT_AFTER_QUOTE = 'text follows the closing quote of this cell: quote the whole cell, or write a quote inside it as two quotes ("")';

/**
 * Reads RFC 4180 CSV from UTF-8 bytes one record at a time; the grammar, and what counts as a problem,
 * is described at `parseCsv`. A record's cells are positions in `bytes.buffer`, valid until the next
 * call to `next`, and are decoded only when asked for (`text`): an importer looks at most cells only to
 * see that they are empty, or reads digits and dates straight from the bytes.
 *
 * Every delimiter is ASCII and no byte of a multi-byte UTF-8 character is, so decoding cell by cell
 * gives the same text as decoding the file first and splitting it.
 */
export class CsvScanner {
  /** The line the current record or problem starts on (1-based). */
  line = 0;
  /** Cells in the current record. */
  cellCount = 0;
  /** For a problem: the 0-based cell whose quoting is broken, and what is wrong. */
  problemCell = 0;
  problemMessage = '';
  /**
   * Cells a record should have (the header's), once known; 0 while unknown. With it, a quoted cell that
   * spans lines is refused when one of its lines would be a whole record on its own (see `swallowsRows`).
   */
  expectedCells = 0;

  private position = 0;
  private nextLine = 1;
  private started = false;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private kinds = new Uint8Array(64);
  /** Set by `readRecord`: where the record ends and how many physical lines it took. */
  private recordEnd = 0;
  private recordLines = 0;

  constructor(private readonly bytes: CsvBytes) {}

  /** The buffer the current record's cells point into. */
  get buffer(): Buffer {
    return this.bytes.buffer;
  }

  next(): CsvStep {
    const bytes = this.bytes;
    if (!this.started && !this.skipByteOrderMark()) return this.next();
    for (;;) {
      if (this.position >= bytes.end) {
        if (bytes.done) return CSV_END;
        this.readMore();
        continue;
      }
      const code = bytes.buffer[this.position];
      if (code === LF || code === CR) {
        // Empty lines are skipped, but counted.
        const after = this.afterLineEnd(this.position);
        if (after < 0) {
          this.readMore();
          continue;
        }
        this.position = after;
        this.nextLine += 1;
        continue;
      }
      const found = this.readRecord(this.position);
      if (found === NEED_MORE) {
        this.readMore();
        continue;
      }
      if (found === CSV_RECORD) {
        this.line = this.nextLine;
        this.nextLine += this.recordLines;
        this.position = this.recordEnd;
        return CSV_RECORD;
      }
      // Resynchronise at the next physical line, so a broken quote costs its own line only.
      const after = this.afterLineEnd(this.endOfLine(this.position));
      if (after < 0) {
        this.readMore();
        continue;
      }
      this.line = this.nextLine;
      this.nextLine += 1;
      this.position = after;
      return CSV_PROBLEM;
    }
  }

  /** Start (inclusive) and end (exclusive) of cell `index` in `buffer`, quotes excluded. */
  cellStart(index: number): number {
    return this.starts[index] ?? 0;
  }

  cellEnd(index: number): number {
    return this.ends[index] ?? 0;
  }

  /** Whether the cell was quoted and holds quotes (written doubled), so its bytes are not its text. */
  hasQuotes(index: number): boolean {
    return this.kinds[index] === QUOTED_WITH_QUOTES;
  }

  /** The cell's text, decoded, with doubled quotes made single. */
  text(index: number): string {
    const start = this.starts[index] ?? 0;
    const end = this.ends[index] ?? 0;
    if (start === end) return '';
    const text = this.bytes.buffer.toString('utf8', start, end);
    return this.kinds[index] === QUOTED_WITH_QUOTES ? text.replaceAll('""', '"') : text;
  }

  /** Whether the cell is empty or only white space (as `String.prototype.trim` sees it), mostly without decoding it. */
  isBlank(index: number): boolean {
    const buffer = this.bytes.buffer;
    const end = this.ends[index] ?? 0;
    for (let i = this.starts[index] ?? 0; i < end; i += 1) {
      const code = buffer[i] ?? 0;
      if (code === SPACE || (code >= TAB && code <= CR)) continue;
      // Non-ASCII may be white space too (a no-break space): let the decoded text decide.
      return code < 0x80 ? false : this.text(index).trim() === '';
    }
    return true;
  }

  private skipByteOrderMark(): boolean {
    const bytes = this.bytes;
    if (bytes.end < 3 && !bytes.done) {
      bytes.refill(0);
      return false;
    }
    this.started = true;
    if (bytes.buffer[0] === 0xef && bytes.buffer[1] === 0xbb && bytes.buffer[2] === 0xbf && bytes.end >= 3) this.position = 3;
    return true;
  }

  /** Keeps the bytes from the current position (the start of the record being read) and reads more. */
  private readMore(): void {
    this.bytes.refill(this.position);
    this.position = 0;
  }

  /** Reads one record from `start` through its line end, or finds why it cannot be read. */
  private readRecord(start: number): typeof NEED_MORE | typeof CSV_RECORD | typeof CSV_PROBLEM {
    const { buffer, end, done } = this.bytes;
    let position = start;
    let count = 0;
    let lines = 1;
    for (;;) {
      if (count === this.starts.length) this.growCells();
      if (position < end && buffer[position] === QUOTE) {
        const contentStart = position + 1;
        let from = contentStart;
        let kind = PLAIN;
        let quote: number;
        for (;;) {
          quote = buffer.indexOf(QUOTE, from);
          // The buffer may hold stale bytes past `end`.
          if (quote === -1 || quote >= end) {
            if (!done) return NEED_MORE;
            return this.problem(count, UNCLOSED_QUOTE);
          }
          if (quote + 1 >= end && !done) return NEED_MORE;
          if (quote + 1 < end && buffer[quote + 1] === QUOTE) {
            kind = QUOTED_WITH_QUOTES;
            from = quote + 2;
            continue;
          }
          break;
        }
        const breaks = countLineBreaks(buffer, contentStart, quote);
        if (breaks > 0 && this.expectedCells > 0 && swallowsRows(buffer, contentStart, quote, count, this.expectedCells)) return this.problem(count, UNCLOSED_ON_LINE);
        position = quote + 1;
        while (position < end && (buffer[position] === SPACE || buffer[position] === TAB)) position += 1;
        if (position >= end && !done) return NEED_MORE;
        if (position < end && !isSeparator(buffer[position] ?? 0)) return this.problem(count, breaks > 0 ? UNCLOSED_ON_LINE : TEXT_AFTER_QUOTE);
        lines += breaks;
        this.setCell(count, contentStart, quote, kind);
      } else {
        const cellStart = position;
        while (position < end) {
          const code = buffer[position];
          if (code === COMMA || code === LF || code === CR) break;
          position += 1;
        }
        if (position >= end && !done) return NEED_MORE;
        this.setCell(count, cellStart, position, PLAIN);
      }
      count += 1;
      if (position >= end) return this.record(count, position, lines);
      if (buffer[position] === COMMA) {
        position += 1;
        continue;
      }
      const after = this.afterLineEnd(position);
      if (after < 0) return NEED_MORE;
      return this.record(count, after, lines);
    }
  }

  private setCell(index: number, start: number, end: number, kind: number): void {
    this.starts[index] = start;
    this.ends[index] = end;
    this.kinds[index] = kind;
  }

  private record(count: number, end: number, lines: number): typeof CSV_RECORD {
    this.cellCount = count;
    this.recordEnd = end;
    this.recordLines = lines;
    return CSV_RECORD;
  }

  private problem(cell: number, message: string): typeof CSV_PROBLEM {
    this.cellCount = 0;
    this.problemCell = cell;
    this.problemMessage = message;
    return CSV_PROBLEM;
  }

  private growCells(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const kinds = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    kinds.set(this.kinds);
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
  }

  /** The position of the first line break at or after `from`, or `end` when the bytes run out first. */
  private endOfLine(from: number): number {
    const { buffer, end } = this.bytes;
    let position = from;
    while (position < end) {
      const code = buffer[position];
      if (code === LF || code === CR) return position;
      position += 1;
    }
    return position;
  }

  /**
   * The position after the line break at `position` (CRLF counts as one break; at the end of the
   * bytes, the end), or -1 when more bytes are needed to tell.
   */
  private afterLineEnd(position: number): number {
    const { buffer, end, done } = this.bytes;
    if (position >= end) return done ? end : -1;
    if (buffer[position] === CR) {
      if (position + 1 >= end) return done ? end : -1;
      if (buffer[position + 1] === LF) return position + 2;
    }
    return position + 1;
  }
}

function isSeparator(code: number): boolean {
  return code === COMMA || code === LF || code === CR;
}

/**
 * Whether a quoted cell that spans lines (cell `index` of its record, `start`..`end` inside the quotes)
 * most likely opened with a stray quote and ran on through later rows until some quote in them. RFC 4180
 * allows any text in a quoted cell, but a real multi-line value (an address, a note) holds a few commas,
 * not a row's worth. Two signs of a swallowed row:
 * - a line inside the cell is a whole record by itself (MIN_ROW_COMMAS commas at least, so narrow files
 *   keep the RFC reading);
 * - its first line completes a record of `width` cells with the cells before it (which a cell in the last
 *   column cannot tell), and either holds a row's worth of commas itself or a later line starts the way a
 *   row does, with a record id ("2,Screen 24"). A note's "Hi, we need a demo." followed by "Thanks" in the
 *   second-to-last column is neither.
 */
function swallowsRows(buffer: Buffer, start: number, end: number, index: number, width: number): boolean {
  let commas = 0;
  let first = true;
  let firstCompletes = false;
  let firstCommas = 0;
  let laterStartsLikeRow = false;
  for (let i = start; i < end; i += 1) {
    const code = buffer[i];
    if (code === COMMA) commas += 1;
    else if (code === LF || code === CR) {
      const cells = commas + 1 + (first ? index : 0);
      if (first) {
        // A cell in the last column has no cells after it: commas on its first line are its own text.
        firstCompletes = cells - 1 >= MIN_ROW_COMMAS && cells >= width && index < width - 1;
        firstCommas = commas;
      } else if (cells - 1 >= MIN_ROW_COMMAS && cells >= width) {
        return true;
      }
      first = false;
      commas = 0;
      if (code === CR && buffer[i + 1] === LF && i + 1 < end) i += 1;
      if (!laterStartsLikeRow) laterStartsLikeRow = startsWithRecordId(buffer, i + 1, end);
    }
  }
  // The last line ends at the closing quote; the cells after it are not read yet, so it is not judged.
  return firstCompletes && (firstCommas >= MIN_ROW_COMMAS || laterStartsLikeRow);
}

/** Digits and then a comma at `position`: how a row of an export (Record ID first) begins. */
function startsWithRecordId(buffer: Buffer, position: number, end: number): boolean {
  let i = position;
  while (i < end && (buffer[i] as number) >= 0x30 && (buffer[i] as number) <= 0x39) i += 1;
  return i > position && i < end && buffer[i] === COMMA;
}

/** Physical line breaks inside a quoted cell: CRLF, LF and CR each count once. */
function countLineBreaks(buffer: Buffer, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i += 1) {
    const code = buffer[i];
    if (code === LF) count += 1;
    else if (code === CR) {
      count += 1;
      if (buffer[i + 1] === LF && i + 1 < end) i += 1;
    }
  }
  return count;
}
