/**
 * The Markdown parser of the core: remark-parse with the GFM constructs.
 *
 * Each GFM construct is tried only where its trigger character can occur. A
 * block without '|' cannot hold a table, one without '[^' no footnote, one
 * without '~' no strikethrough, one without '[' no task-list item, and one
 * without 'www', 'http' or '@' no autolink literal. For such a block the
 * construct's tokenizer can only fail, so the tree is the same without it;
 * leaving it out saves its attempts at every character (the autolink
 * literal's email tokenizer starts at every letter and digit, and its tree
 * transform walks every text node). `test/core/markdown-parse.test.ts`
 * checks that the trees are identical to remark-gfm's.
 *
 * The processors are built from the same packages that remark-gfm combines
 * (micromark-extension-gfm-* and mdast-util-gfm-*), one per set of constructs
 * a block needs, on first use.
 */
import type { Root } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/** One GFM construct: how to tell that a text cannot hold it, and its two halves. */
interface Construct {
  mayOccur(text: string): boolean;
  syntax(): unknown;
  fromMarkdown(): unknown;
}

// The order is remark-gfm's (mdast-util-gfm's and micromark-extension-gfm's lists), so that
// the extensions combine in the same order as there.
const CONSTRUCTS: readonly Construct[] = [
  { mayOccur: (t) => /www|http|@/i.test(t), syntax: () => gfmAutolinkLiteral(), fromMarkdown: () => gfmAutolinkLiteralFromMarkdown() },
  { mayOccur: (t) => t.includes('[^'), syntax: () => gfmFootnote(), fromMarkdown: () => gfmFootnoteFromMarkdown() },
  { mayOccur: (t) => t.includes('~'), syntax: () => gfmStrikethrough(), fromMarkdown: () => gfmStrikethroughFromMarkdown() },
  { mayOccur: (t) => t.includes('|'), syntax: () => gfmTable(), fromMarkdown: () => gfmTableFromMarkdown() },
  { mayOccur: (t) => t.includes('['), syntax: () => gfmTaskListItem(), fromMarkdown: () => gfmTaskListItemFromMarkdown() },
];

type Parser = Processor<Root>;

const processors = new Map<number, Parser>();

function build(mask: number): Parser {
  const chosen = CONSTRUCTS.filter((_, i) => mask & (1 << i));
  function gfmSubset(this: Processor): void {
    const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
    (data.micromarkExtensions ??= []).push(...chosen.map((c) => c.syntax()));
    (data.fromMarkdownExtensions ??= []).push(chosen.map((c) => c.fromMarkdown()));
  }
  return unified().use(remarkParse).use(gfmSubset).freeze() as unknown as Parser;
}

/** Which constructs `text` may hold, as a bit mask over {@link CONSTRUCTS}. */
function needs(text: string): number {
  let mask = 0;
  for (let i = 0; i < CONSTRUCTS.length; i++) if (CONSTRUCTS[i]!.mayOccur(text)) mask |= 1 << i;
  return mask;
}

/** Parses `text` to mdast, the tree that remark-parse with remark-gfm gives. */
export function parseMarkdown(text: string): Root {
  const mask = needs(text);
  let p = processors.get(mask);
  if (!p) processors.set(mask, (p = build(mask)));
  return p.parse(text);
}

/** Every construct on, whatever the text: the reference the tests compare with. */
export function parseMarkdownFullGfm(text: string): Root {
  let p = processors.get(-1);
  if (!p) processors.set(-1, (p = build((1 << CONSTRUCTS.length) - 1)));
  return p.parse(text);
}
