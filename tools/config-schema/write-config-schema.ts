import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_SCHEMA_FILE, configJsonSchemaText } from './config-json-schema';

// `npm run schema`: regenerates the checked-in JSON Schema after a change to the zod config schema.
writeFileSync(path.resolve(__dirname, '..', '..', CONFIG_SCHEMA_FILE), configJsonSchemaText());
console.log(`Wrote ${CONFIG_SCHEMA_FILE}`);
