import { textBytes } from './csv-bytes';
import { CSV_END, CSV_PROBLEM, CsvScanner } from './csv-scanner';

/** One CSV record: its cells and the 1-based physical line where it starts. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A record that could not be read; the parser skipped it and carried on at the next line. */
export interface CsvProblem {
  readonly line: number;
  /** 0-based index of the cell whose quoting is broken. */
  readonly cellIndex: number;
  readonly message: string;
}

export interface ParsedCsv {
  readonly records: readonly CsvRecord[];
  readonly problems: readonly CsvProblem[];
}

/**
 * Parses RFC 4180 CSV: comma-separated, cells optionally quoted, a quote inside a quoted cell doubled,
 * quoted cells may hold commas and line breaks. Line ends may be CRLF, LF or CR (mixed too); a UTF-8
 * BOM is dropped; empty lines are skipped; the last line may or may not end with a line break.
 * Lenient where no reading is ambiguous: a quote inside an unquoted cell is kept as a character
 * (`5'10"`), and spaces or tabs between a closing quote and the comma are ignored.
 *
 * A record that cannot be read — a quoted cell still open at the end of the file, or a closing quote
 * followed by other text — is reported at the line where it starts, and parsing resumes at the
 * **next physical line** after that line. So an unbalanced quote costs its own line only instead of
 * swallowing the rest of the file: whatever it swallowed is read again, line by line, as records.
 * (An unbalanced quote is usually caught: the next quote in the file opens some later cell and is
 * followed by that cell's text, not by a comma or line end. When it is a stray quote at the end of an
 * unquoted cell instead, the importers, which know the header's width, catch it by the rows it would
 * swallow: see `CsvScanner.expectedCells`.)
 *
 * This collects every record of a text; the importers read files record by record with `CsvScanner`,
 * which implements the grammar (on the text's UTF-8 bytes, so a lone surrogate, which no file can
 * hold, comes back as U+FFFD).
 */
export function parseCsv(text: string): ParsedCsv {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const scanner = new CsvScanner(textBytes(text));
  for (let step = scanner.next(); step !== CSV_END; step = scanner.next()) {
    if (step === CSV_PROBLEM) {
      problems.push({ line: scanner.line, cellIndex: scanner.problemCell, message: scanner.problemMessage });
      continue;
    }
    const cells: string[] = [];
    for (let i = 0; i < scanner.cellCount; i += 1) cells.push(scanner.text(i));
    records.push({ line: scanner.line, cells });
  }
  return { records, problems };
}
