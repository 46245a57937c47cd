import type { Rule } from '../rule.js';
import { FM, criterion } from '../examples.js';
import { normaliseWords } from '../../text.js';
import { scorePointer } from '../fix-choices.js';

export const rule: Rule = {
  meta: {
    id: 'conclusion/band-mismatch',
    severity: 'error',
    summary: 'A conclusion phrase that does not match the band the criterion\'s score falls in.',
    description:
      'Each conclusion phrase belongs to a band of scores defined by the framework (for hmip-omi-2007: 73% and over good, 63% to 72% a priority for improvement, under 63% an urgent priority). The quick fix writes the sentence of the right band when the conclusion is one of the framework\'s sentences (the score is the data; the conclusion follows it). Because the score may be the mistyped figure instead, the message names the score\'s line and the related information points at it.',
    needsFramework: true,
    examples: {
      ok: [FM + criterion('1.1', 'Preparing for sentence', '79%', '', 'Performance against this criterion was good.'), FM + criterion('1.2', 'Assessment of risk of harm', '61%', '', 'This criterion represents an urgent priority for improvement.')],
      notOk: [FM + criterion('1.1', 'Preparing for sentence', '68%', '', 'Performance against this criterion was good.'), FM + criterion('1.2', 'Assessment of risk of harm', '70%', '', 'This criterion represents an urgent priority for improvement.')],
    },
  },
  check(ctx, emit) {
    const fw = ctx.framework!;
    for (const c of ctx.report.criteria) {
      if (!c.score || !c.conclusion?.text || !c.conclusion.textSpan) continue;
      const band = fw.bandFor(c.score.value);
      const written = fw.bandOfSentence(c.conclusion.text);
      if (!band || !written || band.id === written.id) continue;
      const isStock = fw.bands.some((b) => normaliseWords(b.sentence) === normaliseWords(c.conclusion!.text));
      const next = fw.bands[fw.bands.indexOf(band) - 1];
      const range = next ? `${band.min}% to under ${next.min}%` : `${band.min}% and over`;
      const pointer = scorePointer(ctx, c);
      emit({
        message: `${c.id} scores ${c.score.raw}, which is '${band.id}' (${range}), but the conclusion says '${written.phrase}'${pointer.message}`,
        span: c.conclusion.textSpan,
        related: [pointer.related],
        fix: isStock ? { title: `Change to '${band.sentence}'`, edits: [{ span: c.conclusion.textSpan, newText: band.sentence }] } : undefined,
      });
    }
  },
};
