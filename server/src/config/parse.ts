/**
 * Reads one configuration file's text into validated data and located
 * diagnostics. Never throws: bad YAML, a bad key or a bad value becomes a
 * diagnostic with the file's uri and a line and column, and only what is bad
 * is dropped. Pure (no I/O).
 */
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { allRules, LineIndex, type Diagnostic } from '../core/index.js';
import { NON_RULE_IDS, RENAMED_RULES } from '../core/suppress.js';
import { CONFIG_KEYS, CONFIG_RULE, SEVERITY_OR_OFF, type ConfigData, type ConfigKey } from './schema.js';

export interface ParsedConfig {
  data: ConfigData;
  diagnostics: Diagnostic[];
  /** Spans of values, by top-level key (for diagnostics about `extends`). */
  spans: Partial<Record<ConfigKey, { start: number; end: number }>>;
  /** Where a diagnostic about a value at `path` goes. */
  locate: (path: (string | number)[]) => Diagnostic['span'];
  at: (span: Diagnostic['span'], message: string) => Diagnostic;
}

export function knownRuleIds(): Set<string> {
  return new Set([...allRules().map((r) => r.meta.id), ...NON_RULE_IDS]);
}

export function parseConfig(text: string, uri: string): ParsedConfig {
  const lines = new LineIndex(typeof text === 'string' ? text : '');
  const at = (span: Diagnostic['span'], message: string): Diagnostic => ({
    ruleId: CONFIG_RULE,
    severity: 'error',
    message,
    uri,
    span,
    position: { start: lines.positionAt(span.start), end: lines.positionAt(Math.max(span.start, span.end)) },
  });
  let doc: Document | undefined;
  const data: ConfigData = {};
  const diagnostics: Diagnostic[] = [];
  const spans: ParsedConfig['spans'] = {};
  const locate = (path: (string | number)[]) => (doc ? locateIn(doc, path) : { start: 0, end: 0 });
  const result: ParsedConfig = { data, diagnostics, spans, locate, at };
  if (typeof text !== 'string') {
    diagnostics.push(at({ start: 0, end: 0 }, 'the configuration file could not be read as text'));
    return result;
  }
  try {
    doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  } catch (err) {
    diagnostics.push(at({ start: 0, end: 0 }, `cannot read the configuration file: ${String(err)}`));
    return result;
  }
  if (doc.errors.length > 0) {
    for (const e of doc.errors) diagnostics.push(at({ start: e.pos[0], end: Math.max(e.pos[0], e.pos[1]) }, `not valid YAML or JSON: ${e.message.split('\n')[0]}`));
    return result;
  }
  if (doc.contents === null || (isScalar(doc.contents) && (doc.contents.value === null || doc.contents.value === ''))) return result;
  if (!isMap(doc.contents)) {
    diagnostics.push(at(rangeSpan(doc.contents) ?? { start: 0, end: text.length }, 'the configuration must be a set of `key: value` entries (rules, rounding, framework, quantifiers, style, ignore, extends)'));
    return result;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    diagnostics.push(at({ start: 0, end: 0 }, `cannot read the configuration file: ${String(err)}`));
    return result;
  }
  const obj = value as Record<string, unknown>;
  const known = Object.keys(CONFIG_KEYS);
  for (const [key, v] of Object.entries(obj)) {
    if (!known.includes(key)) {
      diagnostics.push(at(keySpan(doc, key), `unknown key '${key}': the keys are ${known.join(', ')}`));
      continue;
    }
    const k = key as ConfigKey;
    const span = locateIn(doc, [key]);
    spans[k] = span;
    if (k === 'rules' && v && typeof v === 'object' && !Array.isArray(v)) {
      // Entry by entry: one bad severity or unknown id drops only that entry.
      const ids = knownRuleIds();
      const rules: Record<string, 'error' | 'warning' | 'info' | 'hint' | 'off'> = {};
      for (const [id, level] of Object.entries(v as Record<string, unknown>)) {
        const parsed = SEVERITY_OR_OFF.safeParse(level);
        if (!parsed.success) {
          diagnostics.push(at(locateIn(doc, ['rules', id]), `rules.${id}: use error, warning, info, hint or off (not ${JSON.stringify(level)})`));
          continue;
        }
        if (RENAMED_RULES[id]) {
          // A merged rule's old id sets the rule that does its work now (an explicit entry for it wins).
          rules[RENAMED_RULES[id]!] ??= parsed.data;
          continue;
        }
        if (!ids.has(id)) {
          const matches = [...ids].filter((x) => x.endsWith(`/${id}`));
          diagnostics.push(at(keySpan(doc, id, ['rules']), `rules: '${id}' is not a rule id${matches.length === 1 ? ` (did you mean ${matches[0]}?)` : ''}`));
          continue;
        }
        rules[id] = parsed.data;
      }
      data.rules = rules;
      continue;
    }
    const parsed = CONFIG_KEYS[k].safeParse(v);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = [key, ...(issue.path as (string | number)[])];
        diagnostics.push(at(locateIn(doc, path), `${path.join('.')}: ${issue.message}`));
      }
      continue;
    }
    (data as Record<string, unknown>)[k] = parsed.data;
  }
  return result;
}

function rangeSpan(node: unknown): { start: number; end: number } | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const r = (node as { range?: [number, number, number] | null }).range;
    if (r) return { start: r[0], end: r[1] };
  }
  return undefined;
}

/** The span of a key in the map at `under`. */
function keySpan(doc: Document, key: string, under: string[] = []): { start: number; end: number } {
  let node: unknown = doc.contents;
  for (const k of under) {
    if (!isMap(node)) break;
    node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === k)?.value;
  }
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    const s = pair ? rangeSpan(pair.key) : undefined;
    if (s) return s;
  }
  return rangeSpan(doc.contents) ?? { start: 0, end: 0 };
}

/** The span of the deepest node that exists along a path. */
function locateIn(doc: Document, path: (string | number)[]): { start: number; end: number } {
  let node: unknown = doc.contents;
  let span = rangeSpan(node) ?? { start: 0, end: 0 };
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) return span;
      node = pair.value;
      span = rangeSpan(pair.value) ?? rangeSpan(pair.key) ?? span;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      span = rangeSpan(node) ?? span;
    } else {
      return span;
    }
  }
  return span;
}
