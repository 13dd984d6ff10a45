'use strict';
// The `leadops` command as one bundled CommonJS file, rebuilt whenever a file it was built from changes.
//
// Run through tsx, every module is compiled (or read from tsx's cache) at start-up, in the output thread
// too, and its exports are reached through getters; bundled, calls across modules are plain calls. `--help`
// starts in 0.65 s instead of 1.5 s; on the 100,000-contact benchmark the simulating thread uses about
// 1.5 s less CPU (median of interleaved runs, 17.2 s against 18.7 s) and the run ends about 2 s sooner.
// Building takes about a second, once after each change; checking the sources takes a few milliseconds.
const { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const path = require('node:path');

/** Bumped whenever the build options below change, so bundles built with the old ones are not reused. */
const FORMAT = 1;
/** Builds other than the current one are removed once this old: a process may still be running one. */
const KEEP_OLD_BUILDS_MS = 60 * 60 * 1000;

/**
 * @typedef {{ readonly root: string; readonly cacheDir: string; readonly entryPoints: Readonly<Record<string, string>> }} BundleSpec
 * @typedef {{ readonly format: number; readonly esbuild: string; readonly dir: string; readonly inputs: readonly (readonly [string, number, number])[] }} BuildManifest
 */

/** @param {string} file @returns {readonly [number, number] | null} modification time and size, or null when missing */
function stamp(file) {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat ? [stat.mtimeMs, stat.size] : null;
}

/** @param {BundleSpec} spec @param {string} esbuildVersion @returns {string | null} the current build's folder, if nothing it was built from has changed */
function currentBuild(spec, esbuildVersion) {
  const manifestFile = path.join(spec.cacheDir, 'current.json');
  if (!existsSync(manifestFile)) return null;
  /** @type {BuildManifest} */
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  if (manifest.format !== FORMAT || manifest.esbuild !== esbuildVersion) return null;
  const dir = path.join(spec.cacheDir, manifest.dir);
  for (const name of Object.keys(spec.entryPoints)) if (!existsSync(path.join(dir, `${name}.cjs`))) return null;
  for (const [file, mtimeMs, size] of manifest.inputs) {
    const now = stamp(path.join(spec.root, file));
    if (now === null || now[0] !== mtimeMs || now[1] !== size) return null;
  }
  return dir;
}

/** Builds made by this process: with the time and process id, names each build's folder uniquely. */
let builds = 0;

/** @param {BundleSpec} spec @param {typeof import('esbuild')} esbuild @returns {string} the new build's folder */
function build(spec, esbuild) {
  mkdirSync(spec.cacheDir, { recursive: true });
  // A folder of its own per build: two commands started at once may both build, and neither overwrites
  // files the other is running.
  builds += 1;
  const name = `build-${Date.now()}-${process.pid}-${builds}`;
  const dir = path.join(spec.cacheDir, name);
  const result = esbuild.buildSync({
    absWorkingDir: spec.root,
    entryPoints: spec.entryPoints,
    outdir: dir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    metafile: true,
    legalComments: 'none',
    logLevel: 'error',
  });
  /** @type {BuildManifest} */
  const manifest = {
    format: FORMAT,
    esbuild: esbuild.version,
    dir: name,
    inputs: Object.keys(result.metafile.inputs).map((file) => {
      const now = stamp(path.join(spec.root, file));
      if (now === null) throw new Error(`${file} was bundled but is gone`);
      return [file, now[0], now[1]];
    }),
  };
  // Written whole under another name, then renamed: a reader sees the old manifest or the new one.
  const temporary = path.join(spec.cacheDir, `current.json.${process.pid}`);
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, path.join(spec.cacheDir, 'current.json'));
  for (const entry of readdirSync(spec.cacheDir)) {
    if (!entry.startsWith('build-') || entry === name) continue;
    const old = path.join(spec.cacheDir, entry);
    if (Date.now() - statSync(old).mtimeMs > KEEP_OLD_BUILDS_MS) rmSync(old, { recursive: true, force: true });
  }
  return dir;
}

/**
 * The folder holding `<entry>.cjs` for each of spec.entryPoints, built from the current sources: the
 * last build if none of the files it was built from (sources and packages alike) has changed since,
 * else a new one. Throws esbuild's error when the sources do not build.
 * @param {BundleSpec} spec
 * @returns {string}
 */
function freshBundle(spec) {
  const esbuild = require('esbuild');
  return currentBuild(spec, esbuild.version) ?? build(spec, esbuild);
}

const ROOT = path.resolve(__dirname, '..', '..');
/** @type {BundleSpec} */
const CLI = {
  root: ROOT,
  cacheDir: path.join(ROOT, 'node_modules', '.cache', 'leadops-cli'),
  // The output thread of `simulate` starts output-worker-entry.cjs from the folder its code runs from.
  entryPoints: { leadops: 'cli/src/main.ts', 'output-worker-entry': 'cli/src/commands/simulation-output-worker.ts' },
};

/**
 * The command's `main`: from the bundle, or from the TypeScript sources through tsx when
 * LEADOPS_FROM_SOURCE=1 (stack traces then name the source files) or when no bundle can be built.
 * @returns {{ main(argv: readonly string[]): Promise<number> }}
 */
function loadCli() {
  if (process.env.LEADOPS_FROM_SOURCE !== '1') {
    let dir = null;
    try {
      dir = freshBundle(CLI);
    } catch (error) {
      process.stderr.write(`leadops: could not bundle the command (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); running it from the TypeScript sources, which is slower. If the sources build with LEADOPS_FROM_SOURCE=1 and this repeats, delete ${path.relative(process.cwd(), CLI.cacheDir) || CLI.cacheDir}.\n`);
    }
    if (dir !== null) return require(path.join(dir, 'leadops.cjs'));
  }
  require('tsx/cjs');
  return require('../src/main.ts');
}

module.exports = { freshBundle, loadCli };
