import type { Rule } from '../rule.js';
import { FM, criterion } from '../examples.js';
import { proseRuns, styleOf } from './prose.js';

const body = (s: string) => FM + criterion('2.3', 'Victims', '66%', `- (b) ${s}\n`, 'This criterion represents a priority for improvement.');

export const rule: Rule = {
  meta: {
    id: 'style/percent',
    severity: 'info',
    summary: "A percentage written against the house style: '45 per cent' where the style is '45%', or the reverse.",
    description:
      "House style (`style.percent` in the framework, or the `style.preset`): `symbol` writes 45%, as GOV.UK does; `words` writes 45 per cent. Off unless a framework sets it or a setting turns the rule on (then `symbol`). Score lines, part lines and tables are not prose and are not checked.",
    needsFramework: false,
    defaultOff: true,
    enabledBy: (fw) => (fw.data.style as { percent?: string } | undefined)?.percent !== undefined,
    examples: {
      ok: [body('Of the cases, 45% had a plan.')],
      notOk: [body('Of the cases, 45 per cent had a plan.')],
    },
  },
  check(ctx, emit) {
    const want = styleOf(ctx).percent ?? 'symbol';
    const re = want === 'symbol' ? /(?<![\d.])(\d+(?:\.\d+)?)[ \u00a0]+per[ \u00a0]?cent\b/gi : /(?<![\d.])(\d+(?:\.\d+)?)[ \u00a0]?%/g;
    for (const run of proseRuns(ctx)) {
      re.lastIndex = 0;
      for (let m = re.exec(run.text); m; m = re.exec(run.text)) {
        const span = { start: run.start + m.index, end: run.start + m.index + m[0].length };
        const newText = want === 'symbol' ? `${m[1]}%` : `${m[1]} per cent`;
        emit({ message: `house style writes percentages as '${newText}'`, span, fix: { title: `Write '${newText}'`, edits: [{ span, newText }] } });
      }
    }
  },
};
