import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSamples, SAMPLE_FILES, type SampleBuild } from './build-samples';

/** The shipped default config the sample config starts from. */
export const DEFAULT_CONFIG_FILE = path.resolve(__dirname, '..', '..', 'rules', 'config', 'default-config.json');

/** Generates the samples and writes every file into `dir` (which must exist). */
export function writeSamples(dir: string): SampleBuild {
  const build = buildSamples(readFileSync(DEFAULT_CONFIG_FILE, 'utf8'));
  for (const name of SAMPLE_FILES) writeFileSync(path.join(dir, name), build.files[name]);
  return build;
}
