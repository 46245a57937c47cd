/**
 * Word (.docx) export through the `docx` package: headings, paragraphs with
 * bold, italic and code, bullet and numbered lists, tables, block quotes and
 * code blocks, cross-references as internal links to bookmarks on their
 * targets, and the scores table where the chart of scores stands (or at the
 * end). The token stream is the one the preview renders (the report plugin
 * on markdown-it), so both exports agree on anchors and links.
 */
import {
  AlignmentType,
  Bookmark,
  Document,
  HeadingLevel,
  InternalHyperlink,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Token } from 'markdown-it';
import type { AnalysisResult } from '../core/index.js';
import { blankFrontMatter, reportMarkdownIt } from './html.js';
import { buildView, type ReportView } from './view.js';
import { CHART_FENCE, CHART_HEADING } from './markdownIt.js';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** A Word bookmark name for an anchor (letters, digits and underscores, at most 40). */
export function bookmarkName(anchor: string): string {
  return anchor.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 40);
}

interface RunStyle {
  bold: boolean;
  italics: boolean;
  code: boolean;
}

/** Inline tokens to paragraph children. */
function inlineChildren(children: readonly Token[]): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const style: RunStyle = { bold: false, italics: false, code: false };
  let link: { anchor: string; runs: TextRun[] } | undefined;
  const run = (text: string, extra: Partial<RunStyle> = {}) =>
    new TextRun({
      text,
      bold: style.bold || extra.bold === true,
      italics: style.italics || extra.italics === true,
      ...(style.code || extra.code ? { font: 'Consolas' } : {}),
      ...(link ? { style: 'Hyperlink' } : {}),
    });
  const push = (r: TextRun) => (link ? link.runs.push(r) : out.push(r));
  for (const t of children) {
    switch (t.type) {
      case 'text':
        if (t.content) push(run(t.content));
        break;
      case 'code_inline':
        push(run(t.content, { code: true }));
        break;
      case 'strong_open':
        style.bold = true;
        break;
      case 'strong_close':
        style.bold = false;
        break;
      case 'em_open':
        style.italics = true;
        break;
      case 'em_close':
        style.italics = false;
        break;
      case 'softbreak':
        push(run(' '));
        break;
      case 'hardbreak':
        push(new TextRun({ text: '', break: 1 }));
        break;
      case 'link_open': {
        const href = String(t.attrGet('href') ?? '');
        if (href.startsWith('#')) link = { anchor: bookmarkName(href.slice(1)), runs: [] };
        break;
      }
      case 'link_close':
        if (link) {
          out.push(new InternalHyperlink({ anchor: link.anchor, children: link.runs }));
          link = undefined;
        }
        break;
      case 'html_inline': {
        const m = /^<a id="([^"]+)" class="ir-anchor"><\/a>$/.exec(t.content);
        if (m) out.push(new Bookmark({ id: bookmarkName(m[1]!), children: [] }));
        break;
      }
      case 'image':
        push(run(t.content ? `[${t.content}]` : '[image]', { italics: true }));
        break;
      default:
        break;
    }
  }
  return out;
}

function cellParagraphs(inline: Token | undefined, header: boolean): Paragraph[] {
  const children = inline?.children ? inlineChildren(inline.children) : [];
  return [new Paragraph({ children, ...(header ? { run: { bold: true } } : {}) })];
}

/** The scores table: criterion, title, score or grade, band, conclusion. */
export function scoresTable(view: ReportView): Table {
  const header = ['Criterion', 'Title', 'Score or grade', 'Band', 'Conclusion'];
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
      ...(bold ? { shading: { type: ShadingType.CLEAR, fill: 'EEF2F6', color: 'auto' } } : {}),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...view.criteria.map(
        (c) => new TableRow({ children: [cell(c.id), cell(c.title), cell(c.score ?? ''), cell(c.band ?? ''), cell(c.conclusion ?? '')] }),
      ),
      ...view.sections
        .filter((s) => s.meanText)
        .map((s) => new TableRow({ children: [cell(`Section ${s.id}`, false), cell(`${s.title} (mean)`), cell(s.meanText!), cell(''), cell('')] })),
    ],
  });
}

/** The report as a Word document (the bytes of a .docx file). */
export async function renderDocx(result: AnalysisResult): Promise<Uint8Array> {
  const md = reportMarkdownIt(result, { problems: false });
  const tokens = md.parse(blankFrontMatter(result.text), {});
  const view = buildView(result);
  const body: (Paragraph | Table)[] = [];
  const lists: { ordered: boolean }[] = [];
  let quote = 0;
  let scoresPlaced = false;
  let orderedInstance = 0;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.type) {
      case 'heading_open': {
        const level = Number(t.tag.slice(1)) - 1;
        const inline = tokens[i + 1];
        body.push(new Paragraph({ heading: HEADINGS[Math.min(level, 5)], children: inline?.children ? inlineChildren(inline.children) : [] }));
        if (!scoresPlaced && inline && CHART_HEADING.test(inline.content) && view.criteria.length > 0) {
          body.push(scoresTable(view));
          scoresPlaced = true;
        }
        i += 2;
        break;
      }
      case 'bullet_list_open':
        lists.push({ ordered: false });
        break;
      case 'ordered_list_open':
        lists.push({ ordered: true });
        orderedInstance++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'blockquote_open':
        quote++;
        break;
      case 'blockquote_close':
        quote--;
        break;
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        const children = inline?.children ? inlineChildren(inline.children) : [];
        const itemId = tokens[i - 1]?.type === 'list_item_open' ? tokens[i - 1]!.attrGet('id') : null;
        if (itemId) children.unshift(new Bookmark({ id: bookmarkName(String(itemId)), children: [] }));
        // The first paragraph of a list item carries the bullet or number; later ones are indented.
        const prev = tokens[i - 1];
        const list = lists[lists.length - 1];
        const firstInItem = prev?.type === 'list_item_open';
        const level = Math.max(0, lists.length - 1);
        if (list && firstInItem) {
          body.push(
            new Paragraph({
              children,
              ...(list.ordered ? { numbering: { reference: 'ordered', level: Math.min(level, 8), instance: orderedInstance } } : { bullet: { level: Math.min(level, 8) } }),
            }),
          );
        } else if (list || quote > 0) {
          body.push(new Paragraph({ children, indent: { left: 720 * (lists.length + quote) } }));
        } else {
          body.push(new Paragraph({ children }));
        }
        i += 2;
        break;
      }
      case 'fence':
      case 'code_block':
        if (t.type === 'fence' && t.info.trim() === CHART_FENCE) {
          if (!scoresPlaced && view.criteria.length > 0) {
            body.push(scoresTable(view));
            scoresPlaced = true;
          }
          break;
        }
        for (const line of t.content.replace(/\n$/, '').split('\n')) {
          body.push(new Paragraph({ children: [new TextRun({ text: line, font: 'Consolas', size: 18 })] }));
        }
        break;
      case 'table_open': {
        const rows: TableRow[] = [];
        let j = i + 1;
        let cells: TableCell[] = [];
        let header = false;
        for (; j < tokens.length && tokens[j]!.type !== 'table_close'; j++) {
          const u = tokens[j]!;
          if (u.type === 'thead_open') header = true;
          else if (u.type === 'thead_close') header = false;
          else if (u.type === 'tr_open') cells = [];
          else if (u.type === 'tr_close') rows.push(new TableRow({ tableHeader: header, children: cells }));
          else if (u.type === 'th_open' || u.type === 'td_open') {
            const inline = tokens[j + 1]?.type === 'inline' ? tokens[j + 1] : undefined;
            cells.push(new TableCell({ children: cellParagraphs(inline, u.type === 'th_open') }));
          }
        }
        if (rows.length > 0) body.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }));
        i = j;
        break;
      }
      case 'hr':
        body.push(new Paragraph({ children: [], border: { bottom: { style: 'single', size: 6, color: 'AAAAAA', space: 1 } } }));
        break;
      default:
        break;
    }
  }
  if (!scoresPlaced && view.criteria.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Scores')] }), scoresTable(view));
  }

  const doc = new Document({
    title: view.title,
    creator: 'inspection-check',
    features: { updateFields: false },
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children: body }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
