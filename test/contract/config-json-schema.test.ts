import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_SCHEMA_FILE, configJsonSchemaText } from '../../tools/config-schema/config-json-schema';
import { PROJECT_ROOT } from '../support/run-tsx';

describe('the checked-in config JSON Schema', () => {
  it('matches the zod config schema (run `npm run schema` when this fails)', () => {
    const onDisk = readFileSync(path.join(PROJECT_ROOT, CONFIG_SCHEMA_FILE), 'utf8');
    expect(onDisk).toBe(configJsonSchemaText());
  });

  it('is what the default config file points its editor at', () => {
    const defaults = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'rules', 'config', 'default-config.json'), 'utf8')) as { $schema: string };
    expect(path.resolve(PROJECT_ROOT, 'rules', 'config', defaults.$schema)).toBe(path.join(PROJECT_ROOT, CONFIG_SCHEMA_FILE));
  });
});
