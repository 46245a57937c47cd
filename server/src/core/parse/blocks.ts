/**
 * Splits a report into blocks with a fast line scan, before any Markdown
 * parsing. A block starts at every ATX heading in column 0 that is not inside
 * a fenced code block; front matter is a block of its own. Blocks are the unit
 * of parsing and caching: an edit re-parses only the blocks whose text changed.
 */

export interface RawBlock {
  /** Absolute offset of the block's first character. */
  offset: number;
  text: string;
  frontMatter: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^#{1,6}(?=[ \t]|$)/;

export function splitBlocks(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let pos = 0;
  let blockStart = 0;

  // Front matter: '---' on the very first line (after a byte order mark, which
  // editors on Windows write), up to the next '---' or '...'.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.startsWith('---\n', bom) || text.startsWith('---\r\n', bom)) {
    const re = /^(?:---|\.\.\.)[ \t]*$/gm;
    re.lastIndex = bom + 4;
    const close = re.exec(text);
    if (close) {
      let end = close.index + close[0].length;
      if (text[end] === '\r') end++;
      if (text[end] === '\n') end++;
      blocks.push({ offset: 0, text: text.slice(0, end), frontMatter: true });
      pos = end;
      blockStart = end;
    }
  }

  let fence: string | undefined;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    const c = text.charCodeAt(pos);
    if (fence !== undefined) {
      // A closing fence is the same character, at least as long, and nothing else on the line.
      const line = text.slice(pos, eol);
      const m = FENCE.exec(line);
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.slice(m[0].length).trim() === '') fence = undefined;
    } else if (c === 35 /* # */) {
      if (HEADING.test(text.slice(pos, Math.min(eol, pos + 8))) && pos > blockStart) {
        blocks.push({ offset: blockStart, text: text.slice(blockStart, pos), frontMatter: false });
        blockStart = pos;
      }
    } else if (c === 32 || c === 96 || c === 126) {
      const line = text.slice(pos, eol);
      const m = FENCE.exec(line);
      // A backtick fence's info string may not contain a backtick (then it is inline code).
      if (m && !(m[1]![0] === '`' && line.slice(m[0].length).includes('`'))) fence = m[1];
    }
    pos = eol + 1;
  }
  if (blockStart < text.length || blocks.length === 0) {
    blocks.push({ offset: blockStart, text: text.slice(blockStart), frontMatter: false });
  }
  return blocks;
}
