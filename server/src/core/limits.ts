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
import { htmlBlockNames, htmlRawNames } from 'micromark-util-html-tag-name';
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
  /** In an HTML block: what ends it ('' for a blank line), or undefined outside one. */
  let html: string | undefined;
  let prevBlank = true;
  let inline = newInline();
  let inlineStart = 0;
  // The next CR and LF at or after pos, found once each and moved on only when passed (linear).
  let nextLf = -2;
  let nextCr = -2;
  while (pos <= text.length) {
    shapeSteps.count++;
    if (nextLf !== -1 && nextLf < pos) nextLf = text.indexOf('\n', pos);
    if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf('\r', pos);
    // Markdown ends a line at LF, CR or CR LF.
    const eol = nextLf === -1 ? (nextCr === -1 ? text.length : nextCr) : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
    const next = eol < text.length && text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
    const len = eol - pos;
    shapeSteps.count += len; // the search for the end of the line
    if (len > limits.maxLineChars) {
      return { ruleId: 'limits/line-length', message: `a line of ${len} characters is longer than the limit of ${limits.maxLineChars}: this block is not analysed (setting maxLineChars)`, span: { start: pos, end: eol } };
    }
    const blank = isBlankLine(text, pos, eol);
    if (fence) {
      // Inside fenced code only the markers count (code may be indented deeply), and the
      // brackets of code are not a paragraph's. Markers still count because this scan's
      // idea of where a fence is may differ from the parser's, and a line of list or quote
      // markers is what overflows it.
      if (isClosingFence(text, pos, eol, fence)) fence = '';
      else {
        const deep = containerDepth(text, pos, eol, maxDepth, false);
        if (deep === true) return deepLine(pos, eol, maxDepth);
      }
      prevBlank = blank;
      pos = next;
      continue;
    }
    if (html !== undefined) {
      // An HTML block: a fence does not start inside it; the line is otherwise checked as any other.
      if (html === '' ? blank : includesFrom(text, pos, eol, html)) html = undefined;
    } else {
      const fenceAt = fenceOf(text, pos, eol);
      if (fenceAt) {
        fence = fenceAt;
        inline = newInline();
        prevBlank = false;
        pos = next;
        continue;
      }
      const start = htmlStart(text, pos, eol, prevBlank);
      if (start !== undefined) html = start === '' || !includesFrom(text, pos, eol, start, true) ? start : undefined;
    }
    // Container prefix.
    const depth = containerDepth(text, pos, eol, maxDepth, true);
    if (depth === true) return deepLine(pos, eol, maxDepth);
    const i = depth.end;
    if (i === eol) {
      // A blank line (or one of markers only) ends a paragraph's inline nesting.
      if (depth.markers === 0) inline = newInline();
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
    prevBlank = blank;
    pos = next;
  }
  return undefined;
}

function deepLine(pos: number, eol: number, maxDepth: number): LimitExceeded {
  return { ruleId: 'limits/nesting-depth', message: `this block nests deeper than the limit of ${maxDepth} levels: it is not analysed (setting maxNestingDepth)`, span: { start: pos, end: eol } };
}

/**
 * The container prefix of a line: block-quote and list markers, and (when
 * `columns`) every two columns of indentation. `true` when it nests deeper
 * than `maxDepth`, else where the prefix ends and how many markers it has.
 */
function containerDepth(text: string, pos: number, eol: number, maxDepth: number, columns: boolean): true | { end: number; markers: number } {
  let depth = 0;
  let i = pos;
  let cols = 0;
  while (i < eol) {
    shapeSteps.count++;
    const c = text.charCodeAt(i);
    if (c === 32) {
      cols++;
      i++;
    } else if (c === 9) {
      cols += 4;
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
    if (depth + (columns ? cols >> 1 : 0) > maxDepth) return true;
  }
  return { end: i, markers: depth };
}

function isBlankLine(text: string, pos: number, eol: number): boolean {
  for (let i = pos; i < eol; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Whether `needle` (lower case) occurs in the line [from, eol), ignoring case; after the line's first character when `afterStart`. */
function includesFrom(text: string, from: number, eol: number, needle: string, afterStart = false): boolean {
  const line = text.slice(from + (afterStart ? 1 : 0), eol).toLowerCase();
  if (needle === RAW_END) return htmlRawNames.some((n) => line.includes(`</${n}>`));
  return line.includes(needle);
}

/** What ends an HTML block of kind 1: the end tag of any raw element ('</pre>', '</script>', ...). */
const RAW_END = '</raw>';

const HTML_BLOCK_NAMES = new Set(htmlBlockNames);
const HTML_RAW_NAMES = new Set(htmlRawNames);

/**
 * Whether the line starts an HTML block (CommonMark's seven kinds), and what
 * ends it: the closing text of kinds 1 to 5 (`RAW_END` for any raw end tag, '-->', '?>', '>',
 * ']]>'), or '' for a blank line (kinds 6 and 7). undefined when it does not.
 * Kind 7 (any other complete tag alone on its line) cannot interrupt a
 * paragraph, so it counts only after a blank line.
 */
function htmlStart(text: string, pos: number, eol: number, afterBlank: boolean): string | undefined {
  let i = pos;
  while (i < eol && i - pos < 3 && text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) !== 60 /* < */) return undefined;
  const rest = text.slice(i + 1, Math.min(eol, i + 64)).toLowerCase();
  if (rest.startsWith('!--')) return '-->';
  if (rest.startsWith('?')) return '?>';
  if (rest.startsWith('![cdata[')) return ']]>';
  if (/^![a-z]/.test(rest)) return '>';
  const name = /^\/?([a-z][a-z0-9-]*)/.exec(rest);
  if (!name) return undefined;
  const after = rest.charAt(name[0].length);
  const closing = rest.startsWith('/');
  if (!closing && HTML_RAW_NAMES.has(name[1]!) && (after === '' || after === '>' || after === ' ' || after === '\t')) return RAW_END;
  if (HTML_BLOCK_NAMES.has(name[1]!) && (after === '' || after === '>' || after === ' ' || after === '\t' || rest.startsWith('/>', name[0].length))) return '';
  // Kind 7, read loosely: a tag that ends on this line and nothing but space after it.
  if (afterBlank && /^[^<>]*>[ \t]*$/.test(text.slice(i + 1 + name[0].length, eol))) return '';
  return undefined;
}

/**
 * A fence of three or more backticks or tildes after at most three spaces, or
 * ''. A backtick fence's info string may not hold a backtick.
 */
function fenceOf(text: string, pos: number, eol: number): string {
  let i = pos;
  while (i < eol && i - pos < 3 && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  if (c !== 96 && c !== 126) return '';
  let j = i;
  while (j < eol && text.charCodeAt(j) === c) j++;
  if (j - i < 3) return '';
  if (c === 96 && text.slice(j, eol).includes('`')) return '';
  return text.slice(i, j);
}

/** A line that closes `fence`: the same mark, at least as many, after at most three spaces, and only space after. */
function isClosingFence(text: string, pos: number, eol: number, fence: string): boolean {
  let i = pos;
  while (i < eol && i - pos < 3 && text.charCodeAt(i) === 32) i++;
  const c = fence.charCodeAt(0);
  let j = i;
  while (j < eol && text.charCodeAt(j) === c) j++;
  return j - i >= fence.length && isBlankLine(text, j, eol);
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
/** The characters the inline scan acts on: brackets, a link's closing parenthesis, escapes, emphasis runs. */
const MARKS = new Uint8Array(128);
for (const ch of '[]()\\*_~') MARKS[ch.charCodeAt(0)] = 1;
const isMark = (c: number): boolean => c < 128 && MARKS[c] === 1;

function scanInline(text: string, from: number, eol: number, s: InlineState, max: number): void {
  for (let i = from; i < eol && openDepth(s) <= max && s.unmatched <= max; i++) {
    shapeSteps.count++;
    // Skip plain text to the next mark on the line in a tight loop (no state to test on it).
    let at = i;
    while (at < eol && !isMark(text.charCodeAt(at))) at++;
    if (at >= eol) {
      shapeSteps.count += eol - i;
      break;
    }
    shapeSteps.count += at - i;
    i = at;
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
