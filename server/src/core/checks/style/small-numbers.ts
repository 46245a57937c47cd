import type { Rule } from '../rule.js';
import { FM, criterion } from '../examples.js';
import { capitalise, proseRuns, SMALL, startsSentence, styleOf } from './prose.js';

const body = (s: string) => FM + criterion('2.3', 'Victims', '66%', `- (b) ${s}\n`, 'This criterion represents a priority for improvement.');

/** Words after which a numeral is a name or a measure, not a count ('section 4', '3 km'). */
const NAMING = /(?:section|sections|criterion|criteria|standard|figure|table|step|page|paragraph|chapter|appendix|question|statement|level|tier|phase|year|grade|band|point|number|no|version)\s*$/i;
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const UNITS = /^(?:am|pm|km|kg|mb|gb|cm|mm|m|g|h|hrs?|mins?)\b/i;

export const rule: Rule = {
  meta: {
    id: 'style/small-numbers',
    severity: 'info',
    summary: 'One to nine written against the house style: as numerals where the style spells them out (ONS), or as words where it uses numerals (GOV.UK).',
    description:
      "House style (`style.smallNumbers`): `words` spells out one to nine in running text (ONS), `numerals` writes 2 to 9 as numerals (GOV.UK keeps 'one' and a number that starts a sentence in words). A numeral is left alone where it names or measures something ('section 4', '3 January', '5km'), or where its paragraph or finding also holds figures of 10 and over or a percentage, since ONS writes numbers that relate to the statistics as numerals. Off unless a framework sets it or a setting turns it on (then `words`).",
    needsFramework: false,
    defaultOff: true,
    enabledBy: (fw) => (fw.data.style as { smallNumbers?: string } | undefined)?.smallNumbers !== undefined,
    examples: {
      ok: [body('Two officers had left, and 3 of the 14 cases were late.'), body('Staff met in section 4 on 3 January.')],
      notOk: [body('We met 3 managers and two officers.')],
    },
  },
  check(ctx, emit) {
    const want = styleOf(ctx).smallNumbers ?? 'words';
    for (const run of proseRuns(ctx)) {
      const t = run.text;
      // Numbers that relate to statistics stay numerals (ONS): a run with figures of 10 and over or a percentage is left alone.
      const statistical = /(?<![\d.])(?:[1-9]\d+|\d+\.\d+)(?![\d])|%|per cent/.test(t);
      const sentences = t.split(/(?<=[.!?])\s+/);
      let at = 0;
      for (const sentence of sentences) {
        const base = t.indexOf(sentence, at);
        at = base + sentence.length;
        if (want === 'words') {
          if (statistical) continue;
          const re = /(?<![\d.,£$€/:-])\b([1-9])\b(?![\d.,:/%-])/g;
          for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
            const after = sentence.slice(m.index + 1).trimStart();
            if (NAMING.test(sentence.slice(0, m.index)) || MONTHS.test(after) || UNITS.test(after) || /^\(|^[A-Z]/.test(after) || after === '') continue;
            const i = base + m.index;
            const word = SMALL[Number(m[1])]!;
            const newText = startsSentence(t, i) ? capitalise(word) : word;
            const span = { start: run.start + i, end: run.start + i + 1 };
            emit({ message: `house style writes '${m[1]}' as '${newText}'`, span, fix: { title: `Write '${newText}'`, edits: [{ span, newText }] } });
          }
        } else {
          const re = /\b(two|three|four|five|six|seven|eight|nine)\b(?![-‐])/gi;
          for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
            const i = base + m.index;
            if (startsSentence(t, i)) continue;
            const n = SMALL.indexOf(m[1]!.toLowerCase());
            const span = { start: run.start + i, end: run.start + i + m[1]!.length };
            emit({ message: `house style writes '${m[1]}' as '${n}'`, span, fix: { title: `Write '${n}'`, edits: [{ span, newText: String(n) }] } });
          }
        }
      }
    }
  },
};
