/**
 * The entry point of the analysis core:
 * text -> blocks -> (cached) block parses -> report model -> checks -> diagnostics.
 *
 * `analyze` runs once from scratch. `DocumentAnalyzer` keeps the parsed blocks
 * of the previous version and re-parses only blocks whose text changed; the
 * model assembly and the checks (which read only the model) run in full. Both
 * paths give identical results (test/core/incremental.test.ts).
 */
import { allRules } from './checks/index.js';
import type { Rule, RuleContext } from './checks/rule.js';
import type { Diagnostic } from './diagnostic.js';
import type { Framework } from './framework/framework.js';
import { conventionsKey, withConventions, type QuantifierConvention, type StyleConvention } from './framework/conventions.js';
import { builtinFramework, DEFAULT_FRAMEWORK_ID, loadFramework } from './framework/load.js';
import { limitsOf, type Limits } from './limits.js';
import type { FrontMatter, Report, Severity } from './model.js';
import { assemble } from './parse/assemble.js';
import { restatementClaims } from './numbers/restate.js';
import { errorText, parseBlock, shiftBlock, type BlockData, type ExtractorContext } from './parse/block.js';
import { splitBlocks, type RawBlock } from './parse/blocks.js';
import { parseFrontMatter } from './parse/frontmatter.js';
import { ReportIndex } from './resolve.js';
import { applySuppressions } from './suppress.js';
import './numbers/register.js';
import { LineIndex } from './text.js';

/** A framework file the analysis read: its uri and text. */
export interface FrameworkSource {
  uri: string;
  text: string;
}

/** What a resolver answers when it will not read a framework file, and why (said in the diagnostic). */
export interface FrameworkRefusal {
  refused: string;
}

export interface AnalyzeOptions {
  /**
   * Reads a framework file named in front matter (`framework: ./fw.yaml`),
   * relative to the report. The core does no I/O: callers inject this.
   */
  resolveFramework?: (ref: string, reportUri: string) => FrameworkSource | FrameworkRefusal | undefined;
  /** Per-rule severity, or 'off'. Rules that are off by default are enabled by any severity here. */
  severities?: Record<string, Severity | 'off'>;
  /** Overrides the framework's (and the front matter's) rounding policy for reported percentages. */
  rounding?: { decimals?: number; ties?: 'either' | 'up' | 'down' | 'even' };
  /** Size and nesting limits (core/limits.ts); each defaults to a value no real report meets. */
  limits?: Partial<Limits>;
  /**
   * A clock (milliseconds) for the per-block time budget (`limits.blockTimeBudgetMs`).
   * The server gives one; without it (the CLI, the tests) no budget applies and results never depend on timing.
   */
  clock?: () => number;
  /**
   * The framework of reports whose front matter names none (a built-in id or
   * a path for `resolveFramework`), from a configuration file or `--framework`.
   */
  defaultFramework?: string;
  /** Quantifier words over the framework's (setting or configuration `quantifiers`; framework/conventions.ts). */
  quantifiers?: QuantifierConvention;
  /** House style over the framework's, key by key (setting or configuration `style`). */
  style?: StyleConvention;
}

export interface AnalysisResult {
  uri: string;
  text: string;
  report: Report;
  framework?: Framework;
  /** The framework file, when the framework came from one. */
  frameworkSource?: FrameworkSource;
  diagnostics: Diagnostic[];
  lines: LineIndex;
  blocks: readonly BlockData[];
  index: ReportIndex;
}

export function analyze(text: string, uri: string, options: AnalyzeOptions = {}): AnalysisResult {
  return new DocumentAnalyzer(uri, options).update(text);
}

interface FrameworkChoice {
  id: string;
  framework?: Framework;
  source?: FrameworkSource;
  diagnostics: Diagnostic[];
  key: string;
}

export class DocumentAnalyzer {
  private blocks: BlockData[] = [];
  private frameworkKey = '';
  /** Number of blocks parsed by the last update (for tests and benchmarks). */
  lastParsed = 0;

  constructor(
    readonly uri: string,
    private options: AnalyzeOptions = {},
  ) {}

  setOptions(options: AnalyzeOptions): void {
    this.options = options;
    this.fmMemo = undefined;
    this.warm.clear();
    this.warmPlan = undefined;
    this.blocks = [];
    this.frameworkKey = '';
  }

  /** Analyses the text. Total: whatever fails inside becomes a located `internal/…` diagnostic. */
  update(input: string): AnalysisResult {
    const text = typeof input === 'string' ? input : '';
    try {
      return this.updateUnsafe(text);
    } catch (err) {
      // A failure outside any one block or rule (assembly, the index): the model is empty, the diagnostic says why.
      this.blocks = [];
      this.frameworkKey = '';
      const report = assemble([], this.uri, DEFAULT_FRAMEWORK_ID, undefined, undefined);
      const diagnostics: Diagnostic[] = [{ ruleId: 'internal/analysis-failed', severity: 'error', message: `the report could not be analysed (${errorText(err)})`, span: { start: 0, end: 0 } }];
      return { uri: this.uri, text, report, diagnostics, lines: new LineIndex(text), blocks: [], index: new ReportIndex(report) };
    }
  }

  /**
   * Parses ahead, for the next update of `text`, up to `max` blocks that it
   * would parse (those not cached yet): true when none is left. A caller (the
   * server's queue) spreads one long analysis over turns of its event loop
   * this way, so that a newer edit or a cancellation is seen between blocks.
   * The result of update() is the same with or without it.
   */
  prewarm(input: string, max: number): boolean {
    try {
      const text = typeof input === 'string' ? input : '';
      // One plan per text: the next call goes on where this one stopped (each call costs its blocks only).
      let w = this.warmPlan;
      if (!w || w.text !== text) {
        const { raw, choice, context, key } = this.plan(text);
        if (key !== this.warmKey) {
          this.warm.clear();
          this.warmKey = key;
        }
        // Blocks of each text at hand (cached or parsed ahead); a text may stand in several blocks.
        const have = new Map<string, number>();
        const count = (t: string) => have.set(t, (have.get(t) ?? 0) + 1);
        if (key === this.frameworkKey) for (const b of this.blocks) if (!b.frontMatter) count(b.text);
        for (const list of this.warm.values()) for (const b of list) count(b.text);
        const earlier = key === this.frameworkKey ? changedRun(this.blocks, raw) : [];
        w = this.warmPlan = { text, raw, choice, context: earlier.length > 0 ? { ...context, earlier } : context, have, next: 0 };
      }
      let parsed = 0;
      for (; w.next < w.raw.length; w.next++) {
        const rb = w.raw[w.next]!;
        if (rb.frontMatter) continue;
        const n = w.have.get(rb.text) ?? 0;
        if (n > 0) {
          w.have.set(rb.text, n - 1);
          continue;
        }
        if (parsed >= max) return false;
        const b = parseBlockSafely(detach(rb.text), rb.offset, false, w.choice.framework, w.context);
        const list = this.warm.get(rb.text);
        if (list) list.push(b);
        else this.warm.set(rb.text, [b]);
        parsed++;
      }
      return true;
    } catch {
      // update() reports the failure.
      this.warmPlan = undefined;
      return true;
    }
  }

  /** Where prewarm() is in the text it was last given. */
  private warmPlan?: { text: string; raw: RawBlock[]; choice: FrameworkChoice; context: ExtractorContext; have: Map<string, number>; next: number };
  /** Blocks parsed ahead by prewarm(), by text, for the next update under the same key. */
  private readonly warm = new Map<string, BlockData[]>();
  private warmKey = '';

  /** The last front matter read, by its text (setOptions forgets it: the limits come from the options). */
  private fmMemo?: { text: string; result: ReturnType<typeof parseFrontMatter> };

  private plan(text: string) {
    const limits = limitsOf(this.options.limits);
    const notes: Diagnostic[] = [];
    // Beyond the size limit only the headings are read: the body of every block is left out.
    const oversized = text.length > limits.maxReportChars;
    if (oversized) {
      notes.push({
        ruleId: 'limits/report-size',
        severity: 'warning',
        message: `this report has ${text.length} characters, more than the limit of ${limits.maxReportChars}: only its headings are analysed (setting maxReportChars)`,
        span: { start: 0, end: 0 },
      });
    }
    const raw = splitBlocks(text);
    const fmBlock = raw[0]?.frontMatter ? raw[0] : undefined;
    // The front matter is read again only when its text changes (an edit elsewhere keeps it).
    let fm: ReturnType<typeof parseFrontMatter> | undefined;
    if (fmBlock) {
      const memo = this.fmMemo;
      fm = memo && memo.text === fmBlock.text ? memo.result : parseFrontMatter(fmBlock.text, 0, limits);
      this.fmMemo = { text: fmBlock.text, result: fm };
    }
    const choice = this.withConventions(this.chooseFramework(fm?.frontMatter));
    // Extractors read the front matter (rounding settings): a change to it re-parses every block.
    const context: ExtractorContext = { rounding: this.options.rounding, frontMatter: fm?.frontMatter.values, limits, headingsOnly: oversized, clock: this.options.clock };
    const key = `${choice.key}\u0000${oversized}\u0000${JSON.stringify(context.frontMatter ?? {})}`;
    return { limits, notes, raw, fm, choice, context, key };
  }

  private updateUnsafe(input: string): AnalysisResult {
    // Total: text that is not a string (a client's bug) is analysed as empty text.
    const text = typeof input === 'string' ? input : '';
    const { notes, raw, fm, choice, context, key } = this.plan(text);
    const warm = key === this.warmKey ? this.warm : undefined;
    if (key !== this.frameworkKey) {
      this.blocks = [];
      this.frameworkKey = key;
    }

    // Reuse previous blocks whose text is unchanged. An edit touches a run of
    // blocks in the middle: the blocks before and after it are matched in
    // order (a string comparison each), the rest through a pool keyed by text.
    // After the first version, new blocks get their own copy of their text (see detach).
    const cached = this.blocks.length > 0;
    const old = this.blocks;
    const { head, tail } = unchangedEnds(old, raw);
    const pool = new Map<string, BlockData[]>();
    for (let i = head; i < old.length - tail; i++) {
      const b = old[i]!;
      const list = pool.get(b.text);
      if (list) list.push(b);
      else pool.set(b.text, [b]);
    }
    let parsed = 0;
    // A block parsed again may take over what the block it replaces read in its unchanged findings.
    const withEarlier: ExtractorContext = cached ? { ...context, earlier: old.slice(head, old.length - tail) } : context;
    const blocks: BlockData[] = raw.map((rb, i) => {
      const reuse = i < head ? old[i] : i >= raw.length - tail ? old[old.length - (raw.length - i)] : (pool.get(rb.text)?.shift() ?? (rb.frontMatter ? undefined : warm?.get(rb.text)?.shift()));
      if (reuse && reuse.frontMatter === rb.frontMatter) {
        shiftBlock(reuse, rb.offset - reuse.offset);
        return reuse;
      }
      parsed++;
      return parseBlockSafely(cached ? detach(rb.text) : rb.text, rb.offset, rb.frontMatter, choice.framework, withEarlier);
    });
    this.blocks = blocks;
    this.lastParsed = parsed;
    this.warm.clear();
    this.warmPlan = undefined;

    const report = assemble(blocks, this.uri, choice.id, choice.framework, fm?.frontMatter);
    // Summary figures matched to the findings they restate, as claims (numbers/restate.ts).
    report.claims.push(...restatementClaims(report, blocks, choice.framework));
    const lines = new LineIndex(text);
    const index = new ReportIndex(report);
    let diagnostics: Diagnostic[] = [...notes, ...(fm?.diagnostics ?? []), ...choice.diagnostics];
    for (const b of blocks) for (const n of b.notes ?? []) diagnostics.push({ ruleId: n.ruleId, severity: 'warning', message: n.message, span: { start: n.span.start, end: n.span.end } });
    const ctx: RuleContext = { text, report, framework: choice.framework, lines, blocks, index };
    for (const rule of allRules()) if (!rule.meta.afterSuppression) runRule(rule, ctx, this.options, diagnostics);
    diagnostics = applySuppressions(ctx, diagnostics, allRules(), (rule, c, out) => runRule(rule, c, this.options, out));
    diagnostics.sort((a, b) => (a.uri ?? '').localeCompare(b.uri ?? '') || a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
    return { uri: this.uri, text, report, framework: choice.framework, frameworkSource: choice.source, diagnostics, lines, blocks, index };
  }

  /** The settings' quantifiers and style laid over the chosen framework (a new key, so blocks are parsed again). */
  private withConventions(choice: FrameworkChoice): FrameworkChoice {
    const conventions = { quantifiers: this.options.quantifiers, style: this.options.style };
    const key = conventionsKey(conventions);
    if (key === '' || !choice.framework) return choice;
    return { ...choice, framework: withConventions(choice.framework, conventions), key: `${choice.key}\u0000${key}` };
  }

  private chooseFramework(fm: FrontMatter | undefined): FrameworkChoice {
    const own = fm && Object.hasOwn(fm.values, 'framework') ? fm.values.framework?.trim() : undefined;
    const ref = own || (typeof this.options.defaultFramework === 'string' ? this.options.defaultFramework.trim() : undefined);
    const at = fm?.valueSpans.framework ?? fm?.span ?? { start: 0, end: 0 };
    if (!ref) {
      const framework = builtinFramework(DEFAULT_FRAMEWORK_ID)!;
      return {
        id: DEFAULT_FRAMEWORK_ID,
        framework,
        key: `builtin:${DEFAULT_FRAMEWORK_ID}`,
        diagnostics: [
          {
            ruleId: 'framework/default',
            severity: 'info',
            message: `no framework in front matter: checking against ${framework.data.name} (add 'framework: ${DEFAULT_FRAMEWORK_ID}')`,
            span: fm ? fm.span : { start: 0, end: 0 },
          },
        ],
      };
    }
    const builtin = builtinFramework(ref);
    if (builtin) return { id: ref, framework: builtin, key: `builtin:${ref}`, diagnostics: [] };
    const looksLikePath = /[/\\]|\.(ya?ml|json)$/i.test(ref);
    let resolved: FrameworkSource | FrameworkRefusal | undefined;
    try {
      resolved = looksLikePath ? this.options.resolveFramework?.(ref, this.uri) : undefined;
    } catch {
      resolved = undefined;
    }
    // The resolver is the caller's code: anything but text counts as unreadable.
    const source = resolved && 'text' in resolved && typeof resolved.text === 'string' && typeof resolved.uri === 'string' ? resolved : undefined;
    const refused = resolved && 'refused' in resolved && typeof resolved.refused === 'string' ? resolved.refused : undefined;
    if (!source) {
      return {
        id: ref,
        key: `missing:${ref}`,
        diagnostics: [
          {
            ruleId: 'framework/unknown',
            severity: 'error',
            message: refused
              ? `the framework file '${ref}' is not read: ${refused}`
              : looksLikePath
              ? `cannot read the framework file '${ref}' (paths are relative to the report)`
              : `'${ref}' is not a built-in framework (built-in: ${DEFAULT_FRAMEWORK_ID}); a framework file is named by a relative path such as ./framework.yaml`,
            span: at,
          },
        ],
      };
    }
    const loaded = loadFramework(source.text, source.uri, limitsOf(this.options.limits));
    if (!loaded.framework) {
      return {
        id: ref,
        source,
        key: `invalid:${source.uri}:${source.text.length}:${hash(source.text)}`,
        diagnostics: [
          {
            ruleId: 'framework/invalid',
            severity: 'error',
            message: `the framework file '${ref}' has ${loaded.diagnostics.length} problem${loaded.diagnostics.length === 1 ? '' : 's'}; first: ${loaded.diagnostics[0]?.message ?? 'unknown'}`,
            span: at,
            related: loaded.diagnostics.slice(0, 5).map((d) => ({ uri: d.uri, span: d.span, message: d.message })),
          },
          ...loaded.diagnostics,
        ],
      };
    }
    return { id: loaded.framework.id, framework: loaded.framework, source, key: `file:${source.uri}:${hash(source.text)}`, diagnostics: loaded.diagnostics };
  }
}

function runRule(rule: Rule, ctx: RuleContext, options: AnalyzeOptions, out: Diagnostic[]): void {
  const configured = options.severities?.[rule.meta.id];
  if (configured === 'off') return;
  if (rule.meta.needsFramework && !ctx.framework) return;
  const enabledByFramework = ctx.framework !== undefined && rule.meta.enabledBy?.(ctx.framework) === true;
  if (rule.meta.defaultOff && !configured && !enabledByFramework) return;
  const severity = configured ?? rule.meta.severity;
  try {
    rule.check(ctx, (d) => out.push({ ...d, ruleId: rule.meta.id, severity: configured ?? d.severity ?? severity }));
  } catch (err) {
    // A bug in one check must not take the others down; say where it happened.
    out.push({
      ruleId: 'internal/check-failed',
      severity: 'warning',
      message: `the check ${rule.meta.id} failed (${errorText(err)}); the other checks ran`,
      span: { start: 0, end: 0 },
    });
  }
}

/** parseBlock, total: a failure becomes a located `internal/block-failed` note on a block that keeps only its text. */
function parseBlockSafely(text: string, offset: number, frontMatter: boolean, framework: Framework | undefined, context: ExtractorContext): BlockData {
  try {
    return parseBlock(text, offset, frontMatter, framework, context);
  } catch (err) {
    const span = { start: offset, end: offset + text.length };
    return {
      offset,
      text,
      frontMatter,
      items: [{ kind: 'other', span: { ...span } }],
      references: [],
      tables: [],
      extras: {},
      notes: [{ ruleId: 'internal/block-failed', message: `this block could not be analysed (${errorText(err)}); the rest of the report was`, span }],
    };
  }
}

/**
 * A copy of a block's text that does not keep the document alive. In V8 a
 * substring points into its parent string, so a cached block (and every
 * string taken from it) would otherwise retain the whole document version it
 * was parsed from: one full copy per edit, for as long as the block is reused.
 * The first version's blocks share its text (one copy, as the result holds it anyway).
 */
function detach(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** How many blocks at the start and at the end of `raw` are those of `old`, in order (a string comparison each). */
function unchangedEnds(old: readonly BlockData[], raw: readonly RawBlock[]): { head: number; tail: number } {
  const same = (o: BlockData | undefined, n: RawBlock) => o !== undefined && o.frontMatter === n.frontMatter && o.text === n.text;
  let head = 0;
  while (head < raw.length && same(old[head], raw[head]!)) head++;
  let tail = 0;
  while (tail < raw.length - head && tail < old.length - head && same(old[old.length - 1 - tail], raw[raw.length - 1 - tail]!)) tail++;
  return { head, tail };
}

/** The blocks of `old` between those that `raw` keeps at its start and end: the run an edit replaced. */
function changedRun(old: readonly BlockData[], raw: readonly RawBlock[]): BlockData[] {
  const { head, tail } = unchangedEnds(old, raw);
  return old.slice(head, old.length - tail);
}
