/**
 * Limits on hostile or accidental input. The defaults are far beyond any real
 * report (a long inspection report is a few hundred kilobytes, nests lists two
 * or three deep and has paragraphs of a few thousand characters); beyond them
 * the analysis degrades (a block is kept as structure only) and says so with a
 * `limits/…` diagnostic, instead of hanging or overflowing the stack inside a
 * dependency. Callers (the server's settings, the CLI's flags) may change them.
 *
 * Everything here is a single linear scan.
 */
import type { Span } from './model.js';

export interface Limits {
  /** Characters (UTF-16 code units) of a whole report. Beyond: structure only (headings), no block is parsed. */
  maxReportChars: number;
  /** Characters of one line. A block with a longer line is kept as structure only. */
  maxLineChars: number;
  /**
   * Nesting depth of one block: block quotes, list markers and indentation on
   * one line, or open brackets and emphasis in one paragraph (and, counted apart, closing brackets and
   * emphasis marks with nothing open to close). Beyond: the block is kept as structure only.
   */
  maxNestingDepth: number;
  /** Characters of the front matter. Beyond: the front matter is not read. */
  maxFrontMatterChars: number;
  /** Characters of a framework file. Beyond: the file is refused. */
  maxFrameworkChars: number;
  /** Aliases a YAML file may expand (the `yaml` package's `maxAliasCount`). */
  maxYamlAliases: number;
  /**
   * Milliseconds one block's analysis may take, checked between its stages
   * (Markdown, references, each extractor) when the caller gives a clock (the
   * server does; the CLI does not, so its output never depends on timing).
   * Beyond: the block keeps what it has so far, the later stages are skipped.
   */
  blockTimeBudgetMs: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxReportChars: 8_000_000,
  maxLineChars: 100_000,
  maxNestingDepth: 32,
  maxFrontMatterChars: 64_000,
  maxFrameworkChars: 2_000_000,
  maxYamlAliases: 100,
  blockTimeBudgetMs: 5_000,
});

/**
 * A block's time budget: `over()` is true once the block has used more than
 * `limits.blockTimeBudgetMs` of the injected clock. Without a clock, never.
 */
export interface BlockBudget {
  over(): boolean;
  /** The budget in milliseconds, for the diagnostic. */
  readonly ms: number;
}

export function blockBudget(clock: (() => number) | undefined, limits: Limits): BlockBudget {
  if (!clock) return { over: () => false, ms: limits.blockTimeBudgetMs };
  const start = clock();
  return { over: () => clock() - start > limits.blockTimeBudgetMs, ms: limits.blockTimeBudgetMs };
}

/** The limits with the caller's overrides; values that are not positive integers are ignored. */
export function limitsOf(overrides: Partial<Limits> | undefined): Limits {
  const out: Limits = { ...DEFAULT_LIMITS };
  if (!overrides || typeof overrides !== 'object') return out;
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
    const v = (overrides as Record<string, unknown>)[key];
    if (typeof v === 'number' && Number.isInteger(v) && v > 0) out[key] = v;
  }
  return out;
}

/**
 * Characters and lines examined by checkBlockShape since the start: a
 * test-only operation count (see test/robustness/growth.test.ts).
 */
export const shapeSteps = { count: 0 };

/** Why a block is too much for the Markdown parser, with where (offsets relative to the text). */
export interface LimitExceeded {
  ruleId: 'limits/line-length' | 'limits/nesting-depth';
  message: string;
  span: Span;
}

/**
 * Checks a block's text against the line-length and nesting limits before it
 * reaches remark, whose cost grows faster than linearly with nesting (and
 * whose recursion overflows the stack at a few thousand levels).
 *
 * Container depth of a line: block-quote markers, list markers and every two
 * columns of indentation (a nested list indents each level by two or more).
 * Inline depth of a paragraph: brackets and emphasis runs opened and not yet
 * closed, and apart from it the closing marks met with nothing open to close
 * (each of which the parser pays for with a look back through the whole
 * paragraph); both are reset at a blank line. Lines inside a fenced code block at the
 * block's top level count only for length.
 */
export function checkBlockShape(text: string, limits: Limits): LimitExceeded | undefined {
  const maxDepth = limits.maxNestingDepth;
  let pos = 0;
  let fence = '';
  let inline = newInline();
  let inlineStart = 0;
  while (pos <= text.length) {
    shapeSteps.count++;
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    const len = eol - pos;
    shapeSteps.count += len; // the search for the end of the line
    if (len > limits.maxLineChars) {
      return { ruleId: 'limits/line-length', message: `a line of ${len} characters is longer than the limit of ${limits.maxLineChars}: this block is not analysed (setting maxLineChars)`, span: { start: pos, end: eol } };
    }
    const fenceAt = fenceOf(text, pos, eol);
    if (fence) {
      if (fenceAt && fenceAt[0] === fence[0] && fenceAt.length >= fence.length) fence = '';
    } else if (fenceAt) {
      fence = fenceAt;
      inline = newInline();
    } else {
      // Container prefix.
      let depth = 0;
      let i = pos;
      let columns = 0;
      while (i < eol) {
        shapeSteps.count++;
        const c = text.charCodeAt(i);
        if (c === 32) {
          columns++;
          i++;
        } else if (c === 9) {
          columns += 4;
          i++;
        } else if (c === 62 /* > */) {
          depth++;
          i++;
        } else if ((c === 45 || c === 42 || c === 43) && (i + 1 === eol || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) {
          depth++;
          i++;
        } else if (c >= 48 && c <= 57) {
          let j = i;
          while (j < eol && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
          const d = text.charCodeAt(j);
          if ((d === 46 || d === 41) && (j + 1 === eol || text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 9)) {
            depth++;
            i = j + 1;
          } else break;
        } else break;
        if (depth + (columns >> 1) > maxDepth) {
          return { ruleId: 'limits/nesting-depth', message: `this block nests deeper than the limit of ${maxDepth} levels: it is not analysed (setting maxNestingDepth)`, span: { start: pos, end: eol } };
        }
      }
      if (i === eol) {
        // A blank line (or one of markers only) ends a paragraph's inline nesting.
        if (depth === 0) inline = newInline();
      } else {
        if (inline.fresh) inlineStart = pos;
        inline.fresh = false;
        scanInline(text, i, eol, inline, maxDepth);
        if (openDepth(inline) > maxDepth) {
          return { ruleId: 'limits/nesting-depth', message: `this paragraph opens more than ${maxDepth} brackets or emphasis marks without closing them: this block is not analysed (setting maxNestingDepth)`, span: { start: inlineStart, end: eol } };
        }
        if (inline.unmatched > maxDepth) {
          return { ruleId: 'limits/nesting-depth', message: `this paragraph closes more than ${maxDepth} brackets or emphasis marks that were never opened: this block is not analysed (setting maxNestingDepth)`, span: { start: inlineStart, end: eol } };
        }
      }
    }
    pos = eol + 1;
  }
  return undefined;
}

/** A fence of three or more backticks or tildes after at most three spaces, or ''. */
function fenceOf(text: string, pos: number, eol: number): string {
  let i = pos;
  while (i < eol && i - pos < 3 && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  if (c !== 96 && c !== 126) return '';
  let j = i;
  while (j < eol && text.charCodeAt(j) === c) j++;
  return j - i >= 3 ? text.slice(i, j) : '';
}

function isSpace(c: number): boolean {
  return Number.isNaN(c) || c === 32 || c === 9 || c === 10 || c === 13;
}

/** Space or ASCII punctuation (what may stand before an opening or after a closing emphasis mark). */
function isBoundary(c: number): boolean {
  return isSpace(c) || (c < 128 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)));
}

/**
 * What one paragraph has opened and not closed so far, and how many closing
 * marks it has met with nothing open to close. Markdown's parser (micromark)
 * looks back through the whole paragraph for the opener of each closing
 * emphasis run and each `]`: with nothing to find, every such mark costs the
 * length of the paragraph, and a paragraph of them costs its length squared.
 */
interface InlineState {
  /** No line of the paragraph scanned yet. */
  fresh: boolean;
  /** `[` open, and `](` (a link destination) open. */
  brackets: number;
  /** Of those, link destinations (`](` not yet closed by `)`). */
  destinations: number;
  /** Emphasis runs open, by mark: `*`, `_`, `~`. */
  star: number;
  under: number;
  tilde: number;
  /** Closing marks (`]`, `)` after a destination, or an emphasis run) met with none of their kind open. */
  unmatched: number;
}

function newInline(): InlineState {
  return { fresh: true, brackets: 0, destinations: 0, star: 0, under: 0, tilde: 0, unmatched: 0 };
}

function openDepth(s: InlineState): number {
  return s.brackets + s.star + s.under + s.tilde;
}

/**
 * Brackets and emphasis runs of one line. A run of `*`, `_` or `~` with space
 * after it opens, with space before it closes (a run between two words does
 * neither); `[` opens, `]` closes, and `(` right after `]` opens a link
 * destination that `)` closes. Stops counting past the limit.
 */
function scanInline(text: string, from: number, eol: number, s: InlineState, max: number): void {
  for (let i = from; i < eol && openDepth(s) <= max && s.unmatched <= max; i++) {
    shapeSteps.count++;
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */) s.brackets++;
    else if (c === 93 /* ] */) {
      if (s.brackets > 0) s.brackets--;
      else s.unmatched++;
      if (text.charCodeAt(i + 1) === 40 /* ( */) {
        s.brackets++;
        s.destinations++;
        i++;
      }
    } else if (c === 41 /* ) */ && s.destinations > 0) {
      s.destinations--;
      s.brackets = Math.max(0, s.brackets - 1);
    } else if (c === 92 /* \ */) i++;
    else if (c === 42 || c === 95 || c === 126) {
      let j = i;
      while (j < eol && text.charCodeAt(j) === c) j++;
      shapeSteps.count += j - i;
      const before = i === 0 ? NaN : text.charCodeAt(i - 1);
      const after = j === eol ? NaN : text.charCodeAt(j);
      const opens = !isSpace(after) && isBoundary(before) && !(isBoundary(after) && !isSpace(before));
      const closes = !isSpace(before) && isBoundary(after) && !(isBoundary(before) && !isSpace(after));
      const key = c === 42 ? 'star' : c === 95 ? 'under' : 'tilde';
      if (opens) s[key]++;
      else if (closes) {
        if (s[key] > 0) s[key]--;
        else s.unmatched++;
      }
      i = j - 1;
    }
  }
}
