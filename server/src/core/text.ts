/**
 * Text helpers shared by the parser and the checks. Pure: no I/O.
 */

export interface LineCol {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

/** Maps offsets to lines and columns for one version of a text. */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): LineCol {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo]! };
  }

  offsetAt(pos: LineCol): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const lineStart = this.starts[pos.line]!;
    const next = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1]! : this.text.length;
    return Math.min(lineStart + Math.max(0, pos.character), next);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }
}

/** Lower case, curly quotes straightened, runs of white space and dashes folded. */
export function normaliseWords(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Replaces inline Markdown markup with spaces so that prose patterns can be
 * matched on the source while every offset stays the same: emphasis markers,
 * code ticks, backslash escapes and HTML tags.
 */
export function maskMarkup(src: string): string {
  const masked = blankMatches(src, MARKUP);
  // Underscore emphasis (`__Strengths__`, `_Well met_`), but not the underscores inside a word (`e_OASys`).
  return masked.includes('_') ? blankMatches(masked, UNDERSCORES) : masked;
}

const MARKUP = /<\/?[a-zA-Z][^<>\n]*>|\\(?=[\\`*_{}[\]()#+\-.!|<>~])|[*`]/g;
const UNDERSCORES = /(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
const SPACES: string[] = [];
const spaces = (n: number): string => (n < 64 ? (SPACES[n] ??= ' '.repeat(n)) : ' '.repeat(n));

/**
 * Every match of `re` (global) replaced by as many spaces, in one pass that
 * collects the pieces and joins them once (a replacement callback per match
 * made a megabyte of tags cost more than twice as much per doubling).
 */
function blankMatches(src: string, re: RegExp): string {
  re.lastIndex = 0;
  let m = re.exec(src);
  if (!m) return src;
  const parts: string[] = [];
  let last = 0;
  for (; m; m = re.exec(src)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    parts.push(src.slice(last, m.index), spaces(m[0].length));
    last = m.index + m[0].length;
  }
  parts.push(src.slice(last));
  return parts.join('');
}
