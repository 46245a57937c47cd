/**
 * The JSON schema of `.inspectionrc.json` / `.yaml`, generated from the zod
 * schema (`z.toJSONSchema`), so that editors validate and complete the file as
 * it is typed. `npm run schema:config` writes it to
 * schemas/inspectionrc.schema.json; a test fails when that copy is stale.
 */
import { z } from 'zod';
import { ConfigSchema } from './schema.js';

export const CONFIG_SCHEMA_FILE = 'schemas/inspectionrc.schema.json';

export function configJsonSchema(): Record<string, unknown> {
  // `input`: what a user writes (before defaults and transforms); draft-07, which VS Code's JSON service and the YAML extension read.
  const generated = z.toJSONSchema(ConfigSchema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'https://example.invalid/inspection-report/inspectionrc.schema.json',
    title: 'Inspection report configuration (.inspectionrc.json, .inspectionrc.yaml)',
    description: 'One configuration for the editor and inspection-check. Editor settings override it. See the README, section Configuration.',
    ...rest,
  };
}

/** The file's text: stable key order, two-space indent, final newline. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
