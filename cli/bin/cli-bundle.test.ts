import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freshBundle, type BundleSpec } from './cli-bundle.cjs';

/** What the bundled entry's `answer()` returns, run in a fresh process as the command would be. */
function answerOf(dir: string): string {
  const run = spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(path.join(dir, 'entry.cjs'))}).answer()))`], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

describe('freshBundle', () => {
  let root: string;
  let spec: BundleSpec;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'leadops-bundle-'));
    mkdirSync(path.join(root, 'src'));
    writeFileSync(path.join(root, 'src', 'entry.ts'), "import { word } from './word';\nexport function answer(): string {\n  return `the word is ${word}`;\n}\n");
    writeFileSync(path.join(root, 'src', 'word.ts'), "export const word: string = 'first';\n");
    spec = { root, cacheDir: path.join(root, 'cache'), entryPoints: { entry: 'src/entry.ts' } };
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('bundles the entry with what it imports, and reuses that bundle while no source changes', () => {
    const dir = freshBundle(spec);
    expect(answerOf(dir)).toBe('the word is first');
    expect(freshBundle(spec)).toBe(dir);
    expect(readdirSync(spec.cacheDir).filter((entry) => entry.startsWith('build-'))).toHaveLength(1);
  });

  it('builds again when a file the bundle was built from changes, so the command never runs stale code', () => {
    const dir = freshBundle(spec);
    writeFileSync(path.join(root, 'src', 'word.ts'), "export const word: string = 'second, longer';\n");
    const rebuilt = freshBundle(spec);
    expect(rebuilt).not.toBe(dir);
    expect(answerOf(rebuilt)).toBe('the word is second, longer');
    // The earlier build stays for a while: a command started before the change may still be running it.
    expect(answerOf(dir)).toBe('the word is first');
  });

  it('builds again when the last bundle was removed', () => {
    const dir = freshBundle(spec);
    rmSync(dir, { recursive: true });
    expect(answerOf(freshBundle(spec))).toBe('the word is first');
  });

  it('fails with esbuild\'s error, naming the file, when the sources do not build', () => {
    writeFileSync(path.join(root, 'src', 'word.ts'), "export const word: string = 'unterminated;\n");
    expect(() => freshBundle(spec)).toThrow(/src\/word\.ts/);
  });
});
