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
import { builtinFramework, DEFAULT_FRAMEWORK_ID, loadFramework } from './framework/load.js';
import type { FrontMatter, Report, Severity } from './model.js';
import { assemble } from './parse/assemble.js';
import { parseBlock, shiftBlock, type BlockData, type ExtractorContext } from './parse/block.js';
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

export interface AnalyzeOptions {
  /**
   * Reads a framework file named in front matter (`framework: ./fw.yaml`),
   * relative to the report. The core does no I/O: callers inject this.
   */
  resolveFramework?: (ref: string, reportUri: string) => FrameworkSource | undefined;
  /** Per-rule severity, or 'off'. Rules that are off by default are enabled by any severity here. */
  severities?: Record<string, Severity | 'off'>;
  /** Overrides the framework's (and the front matter's) rounding policy for reported percentages. */
  rounding?: { decimals?: number; ties?: 'either' | 'up' | 'down' | 'even' };
  /**
   * The framework of reports whose front matter names none (a built-in id or
   * a path for `resolveFramework`), from a configuration file or `--framework`.
   */
  defaultFramework?: string;
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
    this.blocks = [];
    this.frameworkKey = '';
  }

  update(text: string): AnalysisResult {
    const raw = splitBlocks(text);
    const fmBlock = raw[0]?.frontMatter ? raw[0] : undefined;
    const fm = fmBlock ? parseFrontMatter(fmBlock.text, 0) : undefined;
    const choice = this.chooseFramework(fm?.frontMatter);
    // Extractors read the front matter (rounding settings): a change to it re-parses every block.
    const context: ExtractorContext = { rounding: this.options.rounding, frontMatter: fm?.frontMatter.values };
    const key = `${choice.key}\u0000${JSON.stringify(context.frontMatter ?? {})}`;
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
    const same = (o: BlockData | undefined, n: RawBlock) => o !== undefined && o.frontMatter === n.frontMatter && o.text === n.text;
    let head = 0;
    while (head < raw.length && same(old[head], raw[head]!)) head++;
    let tail = 0;
    while (tail < raw.length - head && tail < old.length - head && same(old[old.length - 1 - tail], raw[raw.length - 1 - tail]!)) tail++;
    const pool = new Map<string, BlockData[]>();
    for (let i = head; i < old.length - tail; i++) {
      const b = old[i]!;
      const list = pool.get(b.text);
      if (list) list.push(b);
      else pool.set(b.text, [b]);
    }
    let parsed = 0;
    const blocks: BlockData[] = raw.map((rb, i) => {
      const reuse = i < head ? old[i] : i >= raw.length - tail ? old[old.length - (raw.length - i)] : pool.get(rb.text)?.shift();
      if (reuse && reuse.frontMatter === rb.frontMatter) {
        shiftBlock(reuse, rb.offset - reuse.offset);
        return reuse;
      }
      parsed++;
      return parseBlock(cached ? detach(rb.text) : rb.text, rb.offset, rb.frontMatter, choice.framework, context);
    });
    this.blocks = blocks;
    this.lastParsed = parsed;

    const report = assemble(blocks, this.uri, choice.id, choice.framework, fm?.frontMatter);
    const lines = new LineIndex(text);
    const index = new ReportIndex(report);
    let diagnostics: Diagnostic[] = [...(fm?.diagnostics ?? []), ...choice.diagnostics];
    const ctx: RuleContext = { text, report, framework: choice.framework, lines, blocks, index };
    for (const rule of allRules()) if (!rule.meta.afterSuppression) runRule(rule, ctx, this.options, diagnostics);
    diagnostics = applySuppressions(ctx, diagnostics, allRules(), (rule, c, out) => runRule(rule, c, this.options, out));
    diagnostics.sort((a, b) => (a.uri ?? '').localeCompare(b.uri ?? '') || a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
    return { uri: this.uri, text, report, framework: choice.framework, frameworkSource: choice.source, diagnostics, lines, blocks, index };
  }

  private chooseFramework(fm: FrontMatter | undefined): FrameworkChoice {
    const ref = fm?.values.framework?.trim() || this.options.defaultFramework?.trim();
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
    const resolved = looksLikePath ? this.options.resolveFramework?.(ref, this.uri) : undefined;
    // The resolver is the caller's code: anything but text counts as unreadable.
    const source = resolved && typeof resolved.text === 'string' ? resolved : undefined;
    if (!source) {
      return {
        id: ref,
        key: `missing:${ref}`,
        diagnostics: [
          {
            ruleId: 'framework/unknown',
            severity: 'error',
            message: looksLikePath
              ? `cannot read the framework file '${ref}' (paths are relative to the report)`
              : `'${ref}' is not a built-in framework (built-in: ${DEFAULT_FRAMEWORK_ID}); a framework file is named by a relative path such as ./framework.yaml`,
            span: at,
          },
        ],
      };
    }
    const loaded = loadFramework(source.text, source.uri);
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
    return { id: loaded.framework.id, framework: loaded.framework, source, key: `file:${source.uri}:${hash(source.text)}`, diagnostics: [] };
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
      message: `the check ${rule.meta.id} failed: ${err instanceof Error ? err.message : String(err)}`,
      span: { start: 0, end: 0 },
    });
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
