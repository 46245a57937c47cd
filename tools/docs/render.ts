/** Renders a rule's metadata as its Markdown doc (docs/rules/<id>.md). */
import type { RuleMeta } from '../../server/src/core/checks/rule.js';

export function renderRuleDoc(meta: RuleMeta): string {
  const fence = (s: string) => '````markdown\n' + s.replace(/\n+$/, '') + '\n````\n';
  const lines = [
    `# ${meta.id}`,
    '',
    `**Severity:** ${meta.severity}${meta.defaultOff ? ' (off by default)' : ''} · **Needs a framework:** ${meta.needsFramework ? 'yes' : 'no'}`,
    '',
    meta.summary,
    '',
    meta.description,
    '',
    '## Reported',
    '',
    ...meta.examples.notOk.map(fence),
    '## Not reported',
    '',
    ...meta.examples.ok.map(fence),
    `Change the severity with the setting \`inspectionReport.rules\` (\`{ "${meta.id}": "warning" }\`, or \`"off"\`), or under \`rules:\` in [\`.inspectionrc.yaml\`](../../../README.md#configuration).`,
    '',
    '[All rules](../README.md)',
    '',
  ];
  return lines.join('\n');
}
