import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const HSMETA_SUFFIX = '-hsmeta.json';

export interface HsMetaFile {
  readonly absolutePath: string;
  /** Path relative to the project root, with forward slashes (what error messages show). */
  readonly file: string;
  /** Path relative to `srcDir`, with forward slashes (what HubSpot's layout rules are about). */
  readonly pathInSrc: string;
  /** Parsed JSON, or the parse error's message. */
  readonly content: { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };
}

export interface ProjectFiles {
  readonly projectDir: string;
  readonly srcDir: string;
  readonly hsMetaFiles: readonly HsMetaFile[];
}

function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}

export function relativeToProject(projectDir: string, absolutePath: string): string {
  return toPosix(path.relative(projectDir, absolutePath));
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist') return [];
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Finds every `*-hsmeta.json` under `srcDir`, wherever it is, so misplaced ones can be reported too. */
export function loadProjectFiles(projectDir: string, srcDirName: string): ProjectFiles {
  const srcDir = path.join(projectDir, srcDirName);
  const hsMetaFiles = walk(srcDir)
    .filter((file) => file.endsWith(HSMETA_SUFFIX))
    .sort()
    .map((absolutePath): HsMetaFile => {
      let content: HsMetaFile['content'];
      try {
        content = { ok: true, value: JSON.parse(readFileSync(absolutePath, 'utf8')) as unknown };
      } catch (error) {
        content = { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
      return { absolutePath, file: relativeToProject(projectDir, absolutePath), pathInSrc: toPosix(path.relative(srcDir, absolutePath)), content };
    });
  return { projectDir, srcDir, hsMetaFiles };
}
