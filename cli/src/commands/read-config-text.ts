import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NotUtf8Error, readUtf8File } from '../import/utf8-check';
import type { CliIo } from './cli-io';
import { CommandError } from './command-error';
import { EXIT } from './exit-codes';

/**
 * A config file's text, checked the way the input folder's leadops-config.json is: UTF-8 only (a
 * Windows code page would turn accented values into U+FFFD that then never match), byte order mark
 * dropped. A file that cannot be read or is not UTF-8 is a usage error (exit 2).
 */
export function readConfigText(file: string, io: CliIo, what: string): string {
  const resolved = path.resolve(io.cwd, file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolved);
  } catch (error) {
    throw new CommandError(EXIT.usage, `Cannot read ${what} ${file}: ${error instanceof Error ? error.message : String(error)}. Check the path.`);
  }
  try {
    return readUtf8File(resolved, bytes);
  } catch (error) {
    if (error instanceof NotUtf8Error) throw new CommandError(EXIT.usage, error.message);
    throw error;
  }
}
