/** Writes schemas/inspectionrc.schema.json from the zod schema (`npm run schema:config`). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_SCHEMA_FILE, configJsonSchemaText } from '../../server/src/config/jsonSchema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const file = path.join(root, CONFIG_SCHEMA_FILE);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, configJsonSchemaText());
console.log(`wrote ${CONFIG_SCHEMA_FILE}`);
