import * as assert from 'node:assert/strict';
import { analyze, fixAllEdits, type Diagnostic } from '../../server/src/core/index.js';
import { fencedSpans } from '../../server/src/core/suppress.js';
import { seedText } from '../core/helpers.js';

const URI = 'file:///suppress.inspection.md';
const PM = 'numbers/percentage-mismatch';
const key = (d: Diagnostic) => `${d.ruleId}@${d.span.start}-${d.span.end} ${d.message}`;
const LINE = '- (a) In the 36 cases where the e-OASys PSR template had been used';

function insertBefore(text: string, needle: string, insert: string): string {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not found: ${needle}`);
  return text.slice(0, i) + insert + text.slice(i);
}

/** Diagnostics of `after` that are not in `before`, and the reverse, compared by rule and message (offsets move). */
function diff(before: Diagnostic[], after: Diagnostic[]): { gone: string[]; added: string[] } {
  const k = (d: Diagnostic) => `${d.ruleId} ${d.message}`;
  const b = before.map(k);
  const a = after.map(k);
  return { gone: b.filter((x) => !a.includes(x)), added: a.filter((x) => !b.includes(x)) };
}

const CRIT = '---\nframework: hmip-omi-2007\n---\n\n## 2.3 Victims\n\nA standard.\n\n66%\n\n### Strengths\n\n';
const WRONG = '- (a) It was done in 36% (12) of the 36 cases.\n';
const WRONG_B = '- (b) It was checked in 50% (12) of the 36 cases.\n';

describe('core: inline suppression', () => {
  const seed = seedText();
  const base = analyze(seed, URI).diagnostics;

  it("disable-next-line above the '36% (12)' line of the seed silences that finding alone", () => {
    assert.ok(base.some((d) => d.ruleId === PM && d.message.startsWith('36% does not match 12 of 36')));
    const text = insertBefore(seed, LINE, `<!-- inspection-disable-next-line ${PM} -->\n`);
    const { gone, added } = diff(base, analyze(text, URI).diagnostics);
    assert.deepEqual(gone, [`${PM} 36% does not match 12 of 36: 12 / 36 = 33.33% → 33%, not 36%`]);
    assert.deepEqual(added, []);
  });

  it('a disable-next-line that silences nothing is reported, with a fix that removes its line exactly', () => {
    const text = insertBefore(seed, '- (c) In the 32 cases where self-harm', `<!-- inspection-disable-next-line ${PM} -->\n`);
    const r = analyze(text, URI);
    const unused = r.diagnostics.filter((d) => d.ruleId === 'suppression/unused');
    assert.equal(unused.length, 1);
    assert.equal(unused[0]!.severity, 'warning');
    assert.equal(text.slice(unused[0]!.span.start, unused[0]!.span.end), PM);
    const e = unused[0]!.fix!.edits[0]!;
    assert.equal(text.slice(0, e.span.start) + e.newText + text.slice(e.span.end), seed);
  });

  it('only the named rule is silenced: another rule on the same line is still reported', () => {
    const text = CRIT + '<!-- inspection-disable-next-line reference/unknown-letter -->\n' + WRONG;
    const ids = analyze(text, URI).diagnostics.map((d) => d.ruleId);
    assert.ok(ids.includes(PM));
    assert.ok(ids.includes('suppression/unused'));
  });

  it('disable RULE … enable RULE covers the lines between, and not after', () => {
    const text = CRIT + `<!-- inspection-disable ${PM} -->\n` + WRONG + `<!-- inspection-enable ${PM} -->\n` + WRONG_B;
    const pm = analyze(text, URI).diagnostics.filter((d) => d.ruleId === PM);
    assert.equal(pm.length, 1);
    assert.match(pm[0]!.message, /^50% does not match 12 of 36/);
  });

  it('disable without rules silences every rule until enable; an enable RULE inside re-enables that rule', () => {
    const all = CRIT + '<!-- inspection-disable -->\n' + WRONG + WRONG_B;
    assert.deepEqual(analyze(all, URI).diagnostics.filter((d) => d.ruleId === PM), []);
    const reEnabled = CRIT + '<!-- inspection-disable -->\n' + WRONG + `<!-- inspection-enable ${PM} -->\n` + WRONG_B;
    assert.equal(analyze(reEnabled, URI).diagnostics.filter((d) => d.ruleId === PM).length, 1);
  });

  it('disable-line at the end of a line silences that line', () => {
    const text = CRIT + WRONG.replace('\n', ` <!-- inspection-disable-line ${PM} -->\n`) + WRONG_B;
    const pm = analyze(text, URI).diagnostics.filter((d) => d.ruleId === PM);
    assert.equal(pm.length, 1);
    assert.match(pm[0]!.message, /^50%/);
  });

  it('front matter disable: [RULE] silences the rule in the whole file; unused entries are reported at the entry', () => {
    const fm = (list: string) => CRIT.replace('framework: hmip-omi-2007\n', `framework: hmip-omi-2007\ndisable: [${list}]\n`);
    const r = analyze(fm(`${PM}, reference/unknown-letter`) + WRONG + WRONG_B, URI);
    assert.deepEqual(r.diagnostics.filter((d) => d.ruleId === PM), []);
    const unused = r.diagnostics.filter((d) => d.ruleId === 'suppression/unused');
    assert.equal(unused.length, 1);
    assert.equal(r.text.slice(unused[0]!.span.start, unused[0]!.span.end), 'reference/unknown-letter');
    // The fix drops only that entry.
    const e = unused[0]!.fix!.edits[0]!;
    assert.equal(r.text.slice(0, e.span.start) + e.newText + r.text.slice(e.span.end), fm(PM) + WRONG + WRONG_B);
  });

  it('an unknown rule id is reported where it is written, and not also as unused', () => {
    const text = CRIT + '<!-- inspection-disable-next-line percentage-mismatch -->\n' + WRONG;
    const r = analyze(text, URI);
    const unknown = r.diagnostics.filter((d) => d.ruleId === 'suppression/unknown-rule');
    assert.equal(unknown.length, 1);
    assert.equal(text.slice(unknown[0]!.span.start, unknown[0]!.span.end), 'percentage-mismatch');
    assert.equal(unknown[0]!.fix?.edits[0]?.newText, PM);
    assert.deepEqual(r.diagnostics.filter((d) => d.ruleId === 'suppression/unused'), []);
    assert.ok(r.diagnostics.some((d) => d.ruleId === PM), 'a misspelt id silences nothing');
  });

  it('comments inside fenced code are text, not directives', () => {
    const text = CRIT + '```\n<!-- inspection-disable -->\n```\n\n' + WRONG;
    const r = analyze(text, URI);
    assert.ok(r.diagnostics.some((d) => d.ruleId === PM));
    assert.deepEqual(r.diagnostics.filter((d) => d.ruleId.startsWith('suppression/')), []);
    assert.deepEqual(fencedSpans('a\n~~~\nb\n~~~\nc'), [{ start: 2, end: 11 }]);
  });

  it('suppression/unused can itself be turned off by severity settings', () => {
    const text = CRIT + `<!-- inspection-disable-next-line ${PM} -->\n- (a) Fine.\n`;
    assert.ok(analyze(text, URI).diagnostics.some((d) => d.ruleId === 'suppression/unused'));
    assert.ok(!analyze(text, URI, { severities: { 'suppression/unused': 'off' } }).diagnostics.some((d) => d.ruleId === 'suppression/unused'));
  });

  it('a silenced finding is not fixed by fix-all', () => {
    const text = CRIT + `<!-- inspection-disable-next-line ${PM} -->\n` + WRONG;
    const { edits } = fixAllEdits(analyze(text, URI));
    assert.ok(!edits.some((e) => e.newText === '33%'));
    assert.deepEqual(analyze(text, URI).diagnostics.filter((d) => d.ruleId === 'suppression/unused').map(key), []);
  });
});
