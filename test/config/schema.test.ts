/**
 * The JSON schema of `.inspectionrc.*` (schemas/inspectionrc.schema.json):
 * generated from the zod schema and not stale, contributed to VS Code for the
 * JSON and YAML file names, and in agreement with the zod schema on what is valid.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { CONFIG_SCHEMA_FILE, configJsonSchemaText } from '../../server/src/config/jsonSchema.js';
import { parseConfig } from '../../server/src/config/parse.js';
import { CONFIG_KEYS } from '../../server/src/config/schema.js';
import { ROOT } from '../core/helpers.js';

const schemaPath = path.join(ROOT, CONFIG_SCHEMA_FILE);
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { jsonValidation?: { fileMatch: string | string[]; url: string }[]; yamlValidation?: { fileMatch: string | string[]; url: string }[] };
};

/** The YAML example of the README's Configuration section. */
function readmeExample(): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const m = /```yaml\n# \.inspectionrc\.yaml\n([\s\S]*?)```/.exec(readme);
  assert.ok(m, 'the README has a ```yaml block starting with # .inspectionrc.yaml');
  return m[1]!;
}

describe('config: the JSON schema of .inspectionrc.*', () => {
  it(`${CONFIG_SCHEMA_FILE} is current (npm run schema:config)`, () => {
    assert.ok(fs.existsSync(schemaPath), `${CONFIG_SCHEMA_FILE} is missing: run npm run schema:config`);
    assert.equal(fs.readFileSync(schemaPath, 'utf8'), configJsonSchemaText(), `${CONFIG_SCHEMA_FILE} is stale: run npm run schema:config`);
  });

  it('lists every key of the configuration and no other', () => {
    const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
    assert.deepEqual(Object.keys(schema.properties).sort(), Object.keys(CONFIG_KEYS).sort());
    assert.equal(schema.additionalProperties, false);
    for (const [key, value] of Object.entries(schema.properties as Record<string, { description?: string }>)) assert.ok(value.description, `${key} has a description`);
  });

  it('is contributed for .inspectionrc.json (jsonValidation) and the YAML names (yamlValidation), and packaged', () => {
    const json = manifest.contributes.jsonValidation ?? [];
    assert.ok(json.some((v) => [v.fileMatch].flat().includes('.inspectionrc.json') && path.join(ROOT, v.url) === schemaPath));
    const yaml = manifest.contributes.yamlValidation ?? [];
    for (const name of ['.inspectionrc.yaml', '.inspectionrc.yml']) assert.ok(yaml.some((v) => [v.fileMatch].flat().includes(name) && path.join(ROOT, v.url) === schemaPath), name);
    assert.match(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!schemas\/\*\.json$/m);
  });

  it('agrees with the zod schema on valid and invalid files, the README example included', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
    const cases: [string, boolean][] = [
      [readmeExample(), true],
      ['rules:\n  numbers/percentage-mismatch: off\n', true],
      ['quantifiers: { preset: education-scotland, bands: [{ phrase: most, min: 75, max: 90 }] }\nstyle: { preset: gov-uk, percent: words }\n', true],
      ['extends: [a.yaml, b.yaml]\nignore: ["drafts/**"]\nframework: ./fw.yaml\n', true],
      ['rules:\n  numbers/percentage-mismatch: of\n', false],
      ['rounding: { decimals: 7 }\n', false],
      ['style: govuk\n', false],
      ['quantifiers: { bands: [{ phrase: most, min: 75 }] }\n', false],
      ['colour: blue\n', false],
      ['ignore: drafts\n', false],
    ];
    for (const [text, valid] of cases) {
      assert.equal(validate(parseYaml(text)), valid, `JSON schema on:\n${text}${JSON.stringify(validate.errors)}`);
      assert.equal(parseConfig(text, 'file:///w/.inspectionrc.yaml').diagnostics.length === 0, valid, `zod on:\n${text}`);
    }
  });
});
