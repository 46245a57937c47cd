/** `inspection-check --list-frameworks`: the built-in frameworks, one a line: id, name, inspectorate. */
import { builtinFramework, builtinFrameworkIds } from '../core/framework/load.js';

export function listFrameworks(): string {
  const rows = builtinFrameworkIds().map((id) => {
    const fw = builtinFramework(id)!;
    return { id, name: fw.data.name, by: fw.data.inspectorate ?? '' };
  });
  const width = Math.max(...rows.map((r) => r.id.length));
  return rows.map((r) => `${r.id.padEnd(width)}  ${r.name}${r.by ? ` (${r.by})` : ''}\n`).join('');
}
