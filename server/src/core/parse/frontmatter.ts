/**
 * Reads YAML front matter. Never throws: YAML errors become diagnostics.
 */
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostic.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import type { FrontMatter } from '../model.js';

export const FRONT_MATTER_RULE = 'structure/front-matter';

export function parseFrontMatter(blockText: string, offset: number, limits: Limits = DEFAULT_LIMITS): { frontMatter: FrontMatter; diagnostics: Diagnostic[] } {
  const open = blockText.indexOf('\n') + 1;
  const closeLine = blockText.trimEnd().lastIndexOf('\n') + 1;
  const yamlText = blockText.slice(open, closeLine);
  const base = offset + open;
  const frontMatter: FrontMatter = {
    span: { start: offset, end: offset + blockText.length },
    // Keys are the user's: no prototype, so that `constructor` or `__proto__` are keys like any other.
    values: Object.create(null) as Record<string, string>,
    valueSpans: Object.create(null) as Record<string, FrontMatter['valueSpans'][string]>,
    keySpans: Object.create(null) as Record<string, FrontMatter['keySpans'][string]>,
  };
  const diagnostics: Diagnostic[] = [];
  if (yamlText.length > limits.maxFrontMatterChars) {
    diagnostics.push({
      ruleId: 'limits/front-matter-size',
      severity: 'warning',
      message: `the front matter has ${yamlText.length} characters, more than the limit of ${limits.maxFrontMatterChars}: it is not read (setting maxFrontMatterChars)`,
      span: { start: offset, end: offset + Math.min(blockText.length, open + 3) },
    });
    return { frontMatter, diagnostics };
  }
  let doc: ReturnType<typeof parseDocument>;
  try {
    // Silent: the yaml package would otherwise print warnings (with file content) to standard error.
    doc = parseDocument(yamlText, { prettyErrors: false, logLevel: 'silent' });
  } catch (err) {
    diagnostics.push({ ruleId: FRONT_MATTER_RULE, severity: 'error', message: `front matter could not be read: ${err instanceof Error ? err.message : String(err)}`.slice(0, 200), span: { start: offset, end: offset + blockText.length } });
    return { frontMatter, diagnostics };
  }
  for (const e of doc.errors) {
    diagnostics.push({
      ruleId: FRONT_MATTER_RULE,
      severity: 'error',
      message: `front matter is not valid YAML: ${e.message.split('\n')[0]}`,
      span: { start: base + e.pos[0], end: base + Math.max(e.pos[0], e.pos[1]) },
    });
  }
  if (doc.errors.length === 0 && doc.contents && !isMap(doc.contents)) {
    diagnostics.push({
      ruleId: FRONT_MATTER_RULE,
      severity: 'error',
      message: 'front matter must be a set of `key: value` lines',
      span: { start: base, end: base + yamlText.length },
    });
  }
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (pair.key.range) frontMatter.keySpans[key] = { start: base + pair.key.range[0], end: base + pair.key.range[1] };
      if (isScalar(pair.value) && pair.value.value !== null && pair.value.value !== undefined) {
        frontMatter.values[key] = String(pair.value.value);
        if (pair.value.range) frontMatter.valueSpans[key] = { start: base + pair.value.range[0], end: base + pair.value.range[1] };
      }
    }
  }
  return { frontMatter, diagnostics };
}
