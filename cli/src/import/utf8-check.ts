import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';

/**
 * Input files must be UTF-8, as HubSpot exports are. A file re-saved by Excel as plain "CSV" (a Windows
 * code page) or "Unicode Text" (UTF-16) would otherwise decode with U+FFFD in place of every accented
 * letter, and the damage would only show as odd names and owners "not found". So the first byte that is
 * not UTF-8 stops the import with the line it is on and how to re-save the file.
 */
export class NotUtf8Error extends Error {
  override readonly name = 'NotUtf8Error';
}

const UTF16_MARKS: readonly (readonly [number, number])[] = [[0xff, 0xfe], [0xfe, 0xff]];

/** How to re-save the file as UTF-8: CSV exports from Excel or HubSpot, JSON from an editor. */
function resave(file: string): string {
  return /\.json$/i.test(file)
    ? 'Save it as UTF-8 (in your editor: save with encoding "UTF-8"), then run again.'
    : 'Save it as "CSV UTF-8 (Comma delimited)" (Excel) or export it from HubSpot again, then run again.';
}

/** Throws NotUtf8Error when `bytes` (the file's first bytes) start with a UTF-16 byte order mark. */
export function refuseUtf16(file: string, bytes: Buffer, end: number): void {
  if (end >= 2 && UTF16_MARKS.some(([a, b]) => bytes[0] === a && bytes[1] === b)) {
    throw new NotUtf8Error(`${file} is UTF-16 text (it starts with a UTF-16 byte order mark, as Excel's "Unicode Text" does); LeadOps reads UTF-8. ${resave(file)}`);
  }
}

/**
 * Checks `bytes[from, end)`, which starts at offset `fileOffset` of the file, and returns how far it
 * checked: short of `end` by a character that the next read may complete, unless `complete`.
 */
export function checkUtf8(file: string, bytes: Buffer, from: number, end: number, fileOffset: number, complete: boolean): number {
  let until = end;
  if (!complete) {
    // Leave out a trailing multi-byte character, whole or not: the next check starts with it.
    let i = end - 1;
    while (i >= from && i > end - 4 && ((bytes[i] ?? 0) & 0xc0) === 0x80) i -= 1;
    if (i >= from && (bytes[i] ?? 0) >= 0xc0) until = i;
  }
  if (until > from && !isUtf8(bytes.subarray(from, until))) {
    const bad = from + firstInvalid(bytes, from, until);
    throw new NotUtf8Error(`${file} is not UTF-8 text: line ${lineAt(file, fileOffset + (bad - from))} holds the byte 0x${(bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')}, which UTF-8 does not allow there (the file was probably re-saved in a Windows code page such as Windows-1252). ${resave(file)}`);
  }
  return until;
}

/** Offset (from `from`) of the first byte that breaks UTF-8's structure; `from`'s offset when only finer rules (overlong forms) fail. */
function firstInvalid(bytes: Buffer, from: number, end: number): number {
  for (let i = from; i < end;) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i - from;
    for (let k = 1; k < length; k += 1) if (i + k >= end || ((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i - from;
    i += length;
  }
  return 0;
}

/**
 * The 1-based line of byte `offset` of the file (read again: this only runs when the import stops).
 * CRLF, LF and a lone CR (Excel for Mac's "CSV (Macintosh)") each end a line, as for the CSV reader.
 */
function lineAt(file: string, offset: number): number {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.allocUnsafe(1 << 16);
    let line = 1;
    let afterCr = false;
    for (let position = 0; position < offset;) {
      const read = readSync(fd, chunk, 0, Math.min(chunk.length, offset - position), position);
      if (read === 0) break;
      for (let i = 0; i < read; i += 1) {
        const code = chunk[i];
        if (code === 0x0d || (code === 0x0a && !afterCr)) line += 1;
        afterCr = code === 0x0d;
      }
      position += read;
    }
    return line;
  } finally {
    closeSync(fd);
  }
}

/** A whole (small) file as text, refused with NotUtf8Error unless it is UTF-8; a UTF-8 byte order mark (Windows editors write one) is dropped. */
export function readUtf8File(file: string, bytes: Buffer): string {
  refuseUtf16(file, bytes, bytes.length);
  checkUtf8(file, bytes, 0, bytes.length, 0, true);
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
