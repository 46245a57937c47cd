/**
 * Turns the text of a framework file (YAML or JSON) into a validated
 * {@link Framework}, or into located diagnostics. Never throws.
 */
import { isMap, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../diagnostic.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import { LineIndex } from '../text.js';
import { Framework } from './framework.js';
import { hmipOmi2007 } from './hmip-omi-2007.js';
import { MORE_BUILTIN_FRAMEWORKS } from './builtin/index.js';
import { FrameworkSchema, type FrameworkInput } from './schema.js';

export const FRAMEWORK_RULE = 'framework/invalid';

export interface FrameworkLoadResult {
  framework?: Framework;
  /** Diagnostics located in the framework file (with `uri` and `position` set). */
  diagnostics: Diagnostic[];
}

const builtins = new Map<string, Framework>();

function compile(input: FrameworkInput): Framework {
  return new Framework(FrameworkSchema.parse(input));
}

export const BUILTIN_FRAMEWORKS: Record<string, FrameworkInput> = {
  [hmipOmi2007.id as string]: hmipOmi2007,
  ...Object.fromEntries(MORE_BUILTIN_FRAMEWORKS.map((f) => [f.id as string, f])),
};

export const DEFAULT_FRAMEWORK_ID = 'hmip-omi-2007';

/** A built-in framework by id. The id is the user's text: only own keys count (never `toString` or `__proto__`). */
export function builtinFramework(id: string): Framework | undefined {
  if (typeof id !== 'string') return undefined;
  const cached = builtins.get(id);
  if (cached) return cached;
  if (!Object.hasOwn(BUILTIN_FRAMEWORKS, id)) return undefined;
  const input = BUILTIN_FRAMEWORKS[id];
  if (!input) return undefined;
  const fw = compile(input);
  builtins.set(id, fw);
  return fw;
}

export function builtinFrameworkIds(): string[] {
  return Object.keys(BUILTIN_FRAMEWORKS);
}

const loaded = new Map<string, FrameworkLoadResult>();

/** Parses and validates a framework file's text. Results are memoised by uri, text and limits. */
export function loadFramework(text: string, uri: string, limits: Limits = DEFAULT_LIMITS): FrameworkLoadResult {
  if (typeof text !== 'string') {
    // A resolver that handed over something other than text: say so, never throw.
    return { diagnostics: [{ ruleId: FRAMEWORK_RULE, severity: 'error', message: 'the framework file could not be read as text', uri, span: { start: 0, end: 0 }, position: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] };
  }
  if (text.length > limits.maxFrameworkChars) {
    const message = `the framework file has ${text.length} characters, more than the limit of ${limits.maxFrameworkChars}: it is not read (setting maxFrameworkChars)`;
    return { diagnostics: [{ ruleId: FRAMEWORK_RULE, severity: 'error', message, uri, span: { start: 0, end: 0 }, position: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] };
  }
  const key = `${uri}\u0000${limits.maxYamlAliases}\u0000${text}`;
  const hit = loaded.get(key);
  if (hit) return hit;
  let result: FrameworkLoadResult;
  try {
    result = loadUncached(text, uri, limits);
  } catch (err) {
    // Never throws: whatever the YAML or the schema library does becomes a diagnostic.
    const message = `cannot read the framework file: ${err instanceof Error ? err.message : String(err)}`.slice(0, 240);
    result = { diagnostics: [{ ruleId: FRAMEWORK_RULE, severity: 'error', message, uri, span: { start: 0, end: 0 }, position: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] };
  }
  if (loaded.size > 64) loaded.clear();
  loaded.set(key, result);
  return result;
}

function loadUncached(text: string, uri: string, limits: Limits): FrameworkLoadResult {
  const lines = new LineIndex(text);
  const at = (start: number, end: number, message: string): Diagnostic => {
    const s = lines.positionAt(start);
    const e = lines.positionAt(Math.max(start, end));
    return {
      ruleId: FRAMEWORK_RULE,
      severity: 'error',
      message,
      uri,
      span: { start, end: Math.max(start, end) },
      position: { start: s, end: e },
    };
  };
  let doc: Document;
  try {
    // Silent: the yaml package would otherwise print warnings, with file content, to standard error.
    doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'silent' });
  } catch (err) {
    return { diagnostics: [at(0, 0, `cannot read the framework file: ${String(err)}`)] };
  }
  if (doc.errors.length > 0) {
    return {
      diagnostics: doc.errors.map((e) => at(e.pos[0], e.pos[1], `not valid YAML or JSON: ${e.message.split('\n')[0]}`)),
    };
  }
  let value: unknown;
  try {
    // Aliases expand on conversion: a chain of them (a "billion laughs") would exhaust memory.
    value = doc.toJS({ maxAliasCount: limits.maxYamlAliases });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const why = /alias count/i.test(message)
      ? `its aliases expand to more than ${limits.maxYamlAliases} copies (setting maxYamlAliases)`
      : /unresolved alias/i.test(message)
        ? 'an alias names an anchor that is not defined before it'
        : message.split('\n')[0]!.slice(0, 160);
    return { diagnostics: [at(0, 0, `cannot read the framework file: ${why}`)] };
  }
  const warnings = doc.warnings.map((w) => ({ ...at(w.pos[0], w.pos[1], `framework file: ${w.message.split('\n')[0]!.slice(0, 160)}`), severity: 'warning' as const }));
  const parsed = FrameworkSchema.safeParse(value);
  if (!parsed.success) {
    return {
      diagnostics: parsed.error.issues.map((issue) => {
        const [start, end] = locate(doc, issue.path as (string | number)[]);
        const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        return at(start, end, `framework ${where}${issue.message}`);
      }),
    };
  }
  return { framework: new Framework(parsed.data), diagnostics: warnings };
}

/** The text range of the deepest node that exists along a path. */
function locate(doc: Document, path: (string | number)[]): [number, number] {
  let node: unknown = doc.contents;
  let range: [number, number] = rangeOf(node) ?? [0, 0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const k = p.key as YamlNode | undefined;
        const kv = k && typeof k === 'object' && 'value' in k ? (k as { value: unknown }).value : k;
        return String(kv) === String(key);
      });
      if (!pair) {
        // Missing key: point at the map's first line (its first key).
        const first = node.items[0]?.key;
        range = rangeOf(first) ?? range;
        return range;
      }
      node = pair.value;
      range = rangeOf(pair.value) ?? rangeOf(pair.key) ?? range;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      range = rangeOf(node) ?? range;
    } else {
      return range;
    }
  }
  return range;
}

function rangeOf(node: unknown): [number, number] | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const r = (node as { range?: [number, number, number] | null }).range;
    if (r) return [r[0], r[1]];
  }
  return undefined;
}
