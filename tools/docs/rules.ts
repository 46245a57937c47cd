/** Writes docs/rules/<id>.md for every rule (`npm run docs:rules`). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../../server/src/core/index.js';
import { renderRuleDoc } from './render.js';
import { OTHER_DIAGNOSTIC_IDS } from '../../server/src/core/diagnostic-ids.js';
import { renderDiagnosticIdDoc } from './other-ids.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const index: string[] = ['# Rules', '', '| Rule | Severity | What it reports |', '|---|---|---|'];
for (const rule of allRules()) {
  const file = path.join(root, 'docs/rules', `${rule.meta.id}.md`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, renderRuleDoc(rule.meta));
  index.push(`| [${rule.meta.id}](${rule.meta.id}.md) | ${rule.meta.severity}${rule.meta.defaultOff ? ' (off)' : ''} | ${rule.meta.summary.replace(/\|/g, '\\|')} |`);
}
for (const doc of OTHER_DIAGNOSTIC_IDS) {
  const file = path.join(root, 'docs/rules', `${doc.id}.md`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, renderDiagnosticIdDoc(doc));
  index.push(`| [${doc.id}](${doc.id}.md) | ${doc.severity} | ${doc.summary.replace(/\|/g, '\\|')} (not a rule: reported by the analyzer) |`);
}
fs.writeFileSync(path.join(root, 'docs/rules/README.md'), index.join('\n') + '\n');
console.log(`wrote ${allRules().length} rule docs to docs/rules/`);
