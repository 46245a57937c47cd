/** Renders the page of a diagnostic id that is not a rule (docs/rules/<id>.md). */
import type { DiagnosticIdDoc } from '../../server/src/core/diagnostic-ids.js';

export function renderDiagnosticIdDoc(doc: DiagnosticIdDoc): string {
  const fence = (s: string) => '````markdown\n' + s.replace(/\n+$/, '') + '\n````\n';
  const lines = [
    `# ${doc.id}`,
    '',
    `**Severity:** ${doc.severity} · reported by the analyzer itself, not by a rule of \`checks/\``,
    '',
    doc.summary,
    '',
    doc.description,
    '',
    ...(doc.examples.length > 0 ? ['## Reported', '', ...doc.examples.map(fence)] : ['']),
    '[All rules](../README.md)',
    '',
  ];
  return lines.join('\n');
}
