/**
 * Inline suppression: HTML comments (hidden by every Markdown renderer) and
 * front matter that silence diagnostics of the report itself.
 *
 *     <!-- inspection-disable-next-line numbers/percentage-mismatch -->
 *     <!-- inspection-disable-line RULE -->            (at the end of a line)
 *     <!-- inspection-disable RULE[, RULE] --> ... <!-- inspection-enable RULE -->
 *     <!-- inspection-disable --> ... <!-- inspection-enable -->   (every rule)
 *     front matter: disable: [RULE, ...]              (the whole file)
 *
 * Applied after the rules: `applySuppressions` drops what is silenced and
 * records, per directive and per rule named in it, whether it silenced
 * anything. The rules `suppression/unused` and `suppression/unknown-rule` then
 * read that record (`RuleContext.suppressions`). Their own diagnostics, and
 * diagnostics in other files (framework files), are never silenced.
 * Comments inside fenced code blocks are text, not directives.
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Rule, RuleContext } from './checks/rule.js';
import type { Diagnostic } from './diagnostic.js';
import type { Span } from './model.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'front-matter';

export interface DirectiveRule {
  id: string;
  span: Span;
  /** Whether this rule name silenced at least one diagnostic. */
  used: boolean;
}

export interface Directive {
  kind: DirectiveKind;
  /** The whole comment (or, in front matter, the `disable` entry). */
  span: Span;
  /** Empty: every rule. */
  rules: DirectiveRule[];
  /** For a directive without rules: whether it silenced anything. */
  used: boolean;
  /** For disable-line and disable-next-line: the 0-based line it covers. */
  line?: number;
}

export interface SuppressionOutcome {
  directives: Directive[];
  /** How many diagnostics were silenced. */
  silenced: number;
  /** Every id a suppression may name: the rules' and the core's other ids. */
  knownIds: readonly string[];
}

/** Ids the core emits that are not rules of the registry (front matter, frameworks, failures). */
export const NON_RULE_IDS: readonly string[] = ['structure/front-matter', 'framework/default', 'framework/unknown', 'framework/invalid', 'internal/check-failed'];

/**
 * Rule ids that were merged into another rule: a suppression, a `disable:` entry or a setting that
 * names the old id still means the rule that does its work now, so no user's text breaks.
 */
export const RENAMED_RULES: Readonly<Record<string, string>> = { 'structure/summary-mismatch': 'rating/summary-mismatch' };

/** The id a rule goes by now. */
export const currentRuleId = (id: string): string => RENAMED_RULES[id] ?? id;

export const SUPPRESSION_FAMILY = 'suppression/';

const DIRECTIVE = /<!--[ \t]*inspection-(disable-next-line|disable-line|disable|enable)(?=[\s-]|-->)([\s\S]*?)-->/g;

/** Spans of fenced code blocks (``` or ~~~), found by a line scan. */
export function fencedSpans(text: string): Span[] {
  const out: Span[] = [];
  let open: { char: string; len: number; start: number } | undefined;
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (open) {
      if (m && m[1]![0] === open.char && m[1]!.length >= open.len && m[2]!.trim() === '') {
        out.push({ start: open.start, end });
        open = undefined;
      }
    } else if (m && !(m[1]![0] === '`' && m[2]!.includes('`'))) {
      open = { char: m[1]![0]!, len: m[1]!.length, start: pos };
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  if (open) out.push({ start: open.start, end: text.length });
  return out;
}

/** Rule names in a directive's body, with their spans; `body` starts at `offset`. */
function ruleNames(body: string, offset: number): DirectiveRule[] {
  const out: DirectiveRule[] = [];
  const re = /[^\s,]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    // `-- a reason` ends the list, as in ESLint.
    if (m[0].startsWith('--')) break;
    out.push({ id: m[0], span: { start: offset + m.index, end: offset + m.index + m[0].length }, used: false });
  }
  return out;
}

/** Every directive of a report, in text order: comments first, then front matter entries. */
export function findDirectives(ctx: Pick<RuleContext, 'text' | 'lines' | 'blocks'>): Directive[] {
  const { text, lines } = ctx;
  const out: Directive[] = [];
  if (text.includes('inspection-')) {
    const fences = fencedSpans(text);
    const fmEnd = ctx.blocks[0]?.frontMatter ? ctx.blocks[0].offset + ctx.blocks[0].text.length : 0;
    DIRECTIVE.lastIndex = 0;
    for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start < fmEnd || fences.some((f) => start >= f.start && start < f.end)) continue;
      const kind = m[1] as DirectiveKind;
      const bodyOffset = start + m[0].length - 3 - m[2]!.length;
      const d: Directive = { kind, span: { start, end }, rules: ruleNames(m[2]!, bodyOffset), used: false };
      if (kind === 'disable-line') d.line = lines.positionAt(start).line;
      if (kind === 'disable-next-line') d.line = lines.positionAt(end).line + 1;
      out.push(d);
    }
  }
  out.push(...frontMatterDirectives(ctx));
  return out;
}

/** `disable: [a, b]`, `disable:\n  - a`, or `disable: a, b` in front matter. */
function frontMatterDirectives(ctx: Pick<RuleContext, 'blocks'>): Directive[] {
  const block = ctx.blocks[0];
  if (!block?.frontMatter || !block.text.includes('disable')) return [];
  const open = block.text.indexOf('\n') + 1;
  const closeLine = block.text.trimEnd().lastIndexOf('\n') + 1;
  if (open <= 0 || closeLine <= open) return [];
  const base = block.offset + open;
  let doc;
  try {
    doc = parseDocument(block.text.slice(open, closeLine), { prettyErrors: false });
  } catch {
    return [];
  }
  if (doc.errors.length > 0 || !isMap(doc.contents)) return [];
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'disable');
  if (!pair || !isScalar(pair.key) || !pair.key.range) return [];
  const rules: DirectiveRule[] = [];
  const add = (value: unknown, range: readonly number[] | null | undefined) => {
    if (typeof value !== 'string' || !range) return;
    // A plain scalar may list several ids: `disable: a, b`.
    for (const r of ruleNames(value, 0)) {
      const at = block.text.slice(open + range[0]!, open + range[1]!).indexOf(r.id);
      const s = base + range[0]! + Math.max(0, at);
      rules.push({ id: r.id, span: { start: s, end: s + r.id.length }, used: false });
    }
  };
  if (isSeq(pair.value)) for (const item of pair.value.items) if (isScalar(item)) add(item.value, item.range);
  if (isScalar(pair.value)) add(pair.value.value, pair.value.range);
  if (rules.length === 0) return [];
  const valueEnd = (pair.value as { range?: number[] } | null)?.range?.[1] ?? pair.key.range[1];
  return [{ kind: 'front-matter', span: { start: base + pair.key.range[0], end: base + valueEnd }, rules, used: false }];
}

/** The directive that silences `d`, and the rule entry in it, if any. */
function silencer(d: Diagnostic, line: number, directives: Directive[]): { directive: Directive; rule?: DirectiveRule } | undefined {
  const names = (x: Directive) => (x.rules.length === 0 ? undefined : x.rules.find((r) => currentRuleId(r.id) === d.ruleId));
  // Line directives are the most specific; then the block state at the diagnostic; then the front matter.
  for (const x of directives) {
    if ((x.kind === 'disable-line' || x.kind === 'disable-next-line') && x.line === line) {
      if (x.rules.length === 0) return { directive: x };
      const r = names(x);
      if (r) return { directive: x, rule: r };
    }
  }
  let all: Directive | undefined;
  const except = new Set<string>();
  const byRule = new Map<string, { directive: Directive; rule: DirectiveRule }>();
  for (const x of directives) {
    if (x.span.start >= d.span.start) break;
    if (x.kind === 'disable') {
      if (x.rules.length === 0) {
        all = x;
        except.clear();
        byRule.clear();
      } else {
        for (const r of x.rules) {
          byRule.set(currentRuleId(r.id), { directive: x, rule: r });
          except.delete(currentRuleId(r.id));
        }
      }
    } else if (x.kind === 'enable') {
      if (x.rules.length === 0) {
        all = undefined;
        except.clear();
        byRule.clear();
      } else {
        for (const r of x.rules) {
          byRule.delete(currentRuleId(r.id));
          if (all) except.add(currentRuleId(r.id));
        }
      }
    }
  }
  const hit = byRule.get(d.ruleId);
  if (hit) return hit;
  if (all && !except.has(d.ruleId)) return { directive: all };
  for (const x of directives) {
    if (x.kind !== 'front-matter') continue;
    const r = names(x);
    if (r) return { directive: x, rule: r };
  }
  return undefined;
}

/**
 * Drops the diagnostics that directives silence, then runs those of `rules`
 * that have `afterSuppression` with the outcome in their context. Returns
 * the kept diagnostics followed by the late rules' ones.
 */
export function applySuppressions(
  ctx: RuleContext,
  diagnostics: Diagnostic[],
  rules: readonly Rule[],
  run: (rule: Rule, ctx: RuleContext, out: Diagnostic[]) => void,
): Diagnostic[] {
  const directives = findDirectives(ctx);
  let kept = diagnostics;
  let silenced = 0;
  if (directives.length > 0) {
    directives.sort((a, b) => a.span.start - b.span.start);
    kept = [];
    for (const d of diagnostics) {
      const own = !d.uri || d.uri === ctx.report.uri;
      const hit = own && !d.ruleId.startsWith(SUPPRESSION_FAMILY) ? silencer(d, ctx.lines.positionAt(d.span.start).line, directives) : undefined;
      if (!hit) {
        kept.push(d);
        continue;
      }
      silenced++;
      hit.directive.used = true;
      if (hit.rule) hit.rule.used = true;
    }
  }
  const knownIds = [...rules.map((r) => r.meta.id), ...NON_RULE_IDS, ...Object.keys(RENAMED_RULES)];
  const late: RuleContext = { ...ctx, suppressions: { directives, silenced, knownIds } };
  for (const rule of rules) if (rule.meta.afterSuppression) run(rule, late, kept);
  return kept;
}

/**
 * The edit that removes a whole comment directive: its line when the comment
 * is alone on it, otherwise the comment and the spaces before it.
 */
export function removalSpan(text: string, span: Span): Span {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const nl = text.indexOf('\n', span.end);
  const lineEnd = nl < 0 ? text.length : nl;
  const before = text.slice(lineStart, span.start);
  const after = text.slice(span.end, lineEnd);
  if (before.trim() === '' && after.trim() === '') return { start: lineStart, end: nl < 0 ? lineEnd : nl + 1 };
  let start = span.start;
  while (start > lineStart && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { start, end: span.end };
}

/** The edit that removes one rule name from a directive's list, with its separator. */
export function ruleRemovalSpan(text: string, directive: Directive, rule: DirectiveRule): Span {
  if (directive.rules.length <= 1) return removalSpan(text, directive.span);
  const i = directive.rules.indexOf(rule);
  if (i < directive.rules.length - 1) return { start: rule.span.start, end: directive.rules[i + 1]!.span.start };
  return { start: directive.rules[i - 1]!.span.end, end: rule.span.end };
}
