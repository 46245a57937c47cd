/**
 * Issue 11: frameworks of today. Each of the nine points is expressed in a
 * framework file and checked against a report; the CQC example report gets
 * exactly its deliberate findings.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, builtinFramework, DocumentAnalyzer, fixAllEdits, FrameworkSchema, loadFramework, type AnalysisResult, type TextEdit } from '../../server/src/core/index.js';
import { main } from '../../server/src/cli/main.js';
import { lineOfText, ROOT } from './helpers.js';

const BASE = `id: modern
name: A modern probation-style framework
sections:
  - id: "1"
    title: Organisational delivery
    scoreKind: grade
    criteria:
      - { id: "1.1", title: Leadership }
  - id: "2"
    title: Case supervision
    scoreKind: percentage
    conclusionRequired: true
    criteria:
      - { id: "2.1", title: Assessment }
grades: [Outstanding, Good, Requires improvement, Inadequate]
conclusions:
  - { id: ok, phrase: was good, sentence: Performance was good., min: 0 }
ratings:
  bands:
    - { grade: Outstanding, min: 80 }
    - { grade: Good, min: 65 }
    - { grade: Requires improvement, min: 50 }
    - { grade: Inadequate, min: 0 }
`;

function check(framework: string, body: string): AnalysisResult {
  const text = `---\ntitle: T\nframework: ./fw.yaml\n---\n\n${body}`;
  return analyze(text, 'file:///r.inspection.md', { resolveFramework: () => ({ uri: 'file:///fw.yaml', text: framework }) });
}
/** Rule ids found (the small reports here leave out other criteria on purpose: missing-criterion is not counted). */
const ids = (r: AnalysisResult, prefix = '') => r.diagnostics.filter((d) => d.ruleId.startsWith(prefix) && d.ruleId !== 'structure/missing-criterion').map((d) => d.ruleId);
const apply = (text: string, edits: readonly TextEdit[]) => [...edits].sort((a, b) => b.span.start - a.span.start).reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);

describe('frameworks of today (issue 11)', () => {
  it('every built-in and the new example files validate; a framework file with errors in the new keys is located', () => {
    assert.ok(builtinFramework('cqc-saf-2024'));
    for (const f of fs.readdirSync(path.join(ROOT, 'seeds/frameworks'))) {
      const r = loadFramework(fs.readFileSync(path.join(ROOT, 'seeds/frameworks', f), 'utf8'), `file:///${f}`);
      assert.deepEqual(r.diagnostics, [], f);
    }
    const bad = loadFramework(BASE.replace('grade: Good, min: 65', 'grade: Fine, min: 65'), 'file:///fw.yaml');
    assert.equal(bad.framework, undefined);
    assert.match(bad.diagnostics[0]!.message, /'Fine' is not one of the framework's grades/);
  });

  it('the every-key example in docs/frameworks.md validates and sets every top-level key of the schema', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/frameworks.md'), 'utf8');
    const block = /```yaml\n# every-key example\n([\s\S]*?)```/.exec(doc)![1]!;
    const r = loadFramework(block, 'file:///every-key.yaml');
    assert.deepEqual(r.diagnostics, []);
    const shape = (FrameworkSchema as unknown as { shape: Record<string, unknown> }).shape;
    assert.ok(Object.keys(shape).length >= 16);
    for (const key of Object.keys(shape)) assert.ok(new RegExp(`^${key}:`, 'm').test(block), `docs example lacks ${key}`);
  });

  it('old framework files keep working unchanged: new keys default to the old behaviour', () => {
    const old = loadFramework(fs.readFileSync(path.join(ROOT, 'seeds/frameworks/example-youth-2024.yaml'), 'utf8'), 'file:///old.yaml').framework!;
    assert.deepEqual(old.gradeLabels, ['Grade']);
    assert.equal(old.findingStyle, 'lettered');
    assert.equal(old.data.ratings, undefined);
    assert.equal(old.ratingRule('1.1'), undefined);
    // 'Rating: Good' is read under an old framework exactly as before: a misspelt grade line.
    const oldFw = BASE.replace(/ratings:[\s\S]*$/, '');
    const r = check(oldFw, '## 1.1 Leadership\n\nA standard.\n\nRating: Good\n\n### Strengths\n\n- (a) Fine.\n');
    assert.equal(r.report.criteria[0]!.grade?.raw, 'Rating: Good');
    assert.deepEqual(ids(r), ['structure/unknown-grade']);
  });

  it('1. a rating derived from a percentage: both lines allowed, and a wrong rating is reported with the arithmetic', () => {
    const fw = BASE.replace('      - { id: "2.1", title: Assessment }', '      - { id: "2.1", title: Assessment, rating: { from: score } }');
    const ok = check(fw, '## 2.1 Assessment\n\nA standard.\n\n72%\n\nGrade: Good\n\nConclusion: Performance was good.\n');
    assert.deepEqual(ids(ok, 'structure/'), []);
    assert.deepEqual(ids(ok, 'rating/'), []);
    const bad = check(fw, '## 2.1 Assessment\n\nA standard.\n\n58%\n\nGrade: Good\n\nConclusion: Performance was good.\n');
    const d = bad.diagnostics.find((x) => x.ruleId === 'rating/derived-mismatch')!;
    assert.match(d.message, /58% → Requires improvement \(50% to under 65%\), not Good/);
    assert.equal(bad.text.slice(d.span.start, d.span.end), 'Good');
    assert.equal(d.fix!.edits[0]!.newText, 'Requires improvement');
    assert.deepEqual(ids(bad, 'structure/'), []);
  });

  it('2. key questions under a standard, aggregated by the lowest or the mean', () => {
    const lowest = BASE.replace('    scoreKind: grade\n    criteria:', '    scoreKind: grade\n    rating: { from: parts, aggregate: lowest }\n    criteria:');
    const body = (g: string) => `## 1.1 Leadership\n\nA standard.\n\nRating: ${g}\n\n- Vision and strategy: 58%\n- Partnerships: 80%\n\n### Strengths\n\n- (a) Fine.\n`;
    const fwRating = lowest.replace('ratings:', 'labels: { grade: [Rating] }\nratings:');
    const r = check(fwRating, body('Good'));
    const d = r.diagnostics.find((x) => x.ruleId === 'rating/derived-mismatch')!;
    assert.match(d.message, /lowest part Vision and strategy 58% → Requires improvement .*not Good/);
    assert.deepEqual(r.report.criteria[0]!.parts!.map((p) => [p.name, p.value]), [['Vision and strategy', 58], ['Partnerships', 80]]);
    assert.deepEqual(ids(check(fwRating, body('Requires improvement')), 'rating/'), []);
    const mean = fwRating.replace('aggregate: lowest', 'aggregate: mean');
    // (58 + 80) / 2 = 69 → Good
    assert.deepEqual(ids(check(mean, body('Good')), 'rating/'), []);
    assert.match(check(mean, body('Outstanding')).diagnostics.find((x) => x.ruleId === 'rating/derived-mismatch')!.message, /mean of 58%, 80% = 69% → Good/);
  });

  it('3. an overall rating computed from the standards: points per rating, summed and banded', () => {
    const fw = BASE.replace('ratings:', 'labels: { grade: [Rating] }\noverall:\n  methods: [points]\nratings:').replace('      - { id: "1.1", title: Leadership }', '      - { id: "1.1", title: Leadership }\n      - { id: "1.2", title: Staff }');
    const body = (o: string) => `Overall rating: ${o}\n\n## 1.1 Leadership\n\nRating: Good\n\n## 1.2 Staff\n\nRating: Requires improvement\n`;
    // Good 3 + Requires improvement 2 = 5 of 8 = 62.5% → Requires improvement
    assert.deepEqual(ids(check(fw, body('Requires improvement')), 'rating/'), []);
    const r = check(fw, body('Good'));
    const d = r.diagnostics.find((x) => x.ruleId === 'rating/overall-mismatch')!;
    assert.match(d.message, /3 \+ 2 = 5 of 8 = 62.5% → Requires improvement/);
    assert.equal(r.text.slice(d.span.start, d.span.end), 'Good');
    assert.equal(apply(r.text, d.fix!.edits).includes('Overall rating: Requires improvement'), true);
  });

  it('3b. an overall rating that is the lowest of the criteria needs no bands', () => {
    const fw = BASE.replace(/ratings:\n  bands:\n(?:    - .*\n)+/, 'labels: { grade: [Rating] }\noverall:\n  methods: [lowest]\n').replace('      - { id: "1.1", title: Leadership }', '      - { id: "1.1", title: Leadership }\n      - { id: "1.2", title: Staff }');
    assert.doesNotMatch(fw, /bands/);
    const body = (o: string) => `Overall rating: ${o}\n\n## 1.1 Leadership\n\nRating: Good\n\n## 1.2 Staff\n\nRating: Requires improvement\n`;
    assert.deepEqual(ids(check(fw, body('Requires improvement')), 'framework/'), []);
    assert.deepEqual(ids(check(fw, body('Requires improvement')), 'rating/'), []);
    assert.match(check(fw, body('Good')).diagnostics.find((x) => x.ruleId === 'rating/overall-mismatch')!.message, /lowest rating is Requires improvement/);
    // points still band a figure, so they still need bands
    const points = fw.replace('methods: [lowest]', 'methods: [points]');
    assert.match(check(points, body('Good')).diagnostics.map((d) => d.message).join('\n'), /need `ratings.bands`/);
  });

  it('4. whether a conclusion is required, per criterion', () => {
    const fw = BASE.replace('      - { id: "2.1", title: Assessment }', '      - { id: "2.1", title: Assessment, conclusionRequired: false }').replace('      - { id: "1.1", title: Leadership }', '      - { id: "1.1", title: Leadership, conclusionRequired: true }');
    const r = check(fw, '## 1.1 Leadership\n\nA standard.\n\nGrade: Good\n\n## 2.1 Assessment\n\nA standard.\n\n72%\n');
    const missing = r.diagnostics.filter((d) => d.ruleId === 'structure/missing-conclusion').map((d) => d.message);
    assert.equal(missing.length, 1);
    assert.match(missing[0]!, /^1\.1 has no Conclusion/);
  });

  it('5. a rating sentence in the prose is compared with the grade line, with fixes both ways', () => {
    const r = check(BASE, '## 1.1 Leadership\n\nA standard.\n\nGrade: Good\n\nWe rated leadership as requires improvement.\n');
    const d = r.diagnostics.find((x) => x.ruleId === 'rating/sentence-mismatch')!;
    assert.equal(r.text.slice(d.span.start, d.span.end), 'requires improvement');
    assert.match(apply(r.text, d.fix!.edits), /rated leadership as good\./);
    assert.match(apply(r.text, d.alternatives![0]!.edits), /Grade: Requires improvement/);
    assert.deepEqual(ids(check(BASE, '## 1.1 Leadership\n\nA standard.\n\nGrade: Good\n\nThis standard is rated as Good.\n'), 'rating/'), []);
  });

  it('6. `Rating: Good` and `Judgement: Good` are grade lines when the framework names those labels', () => {
    const fw = BASE.replace('ratings:', 'labels: { grade: [Rating, Judgement] }\nratings:');
    for (const label of ['Rating', 'Judgement', 'rating']) {
      const r = check(fw, `## 1.1 Leadership\n\nA standard.\n\n${label}: Good\n`);
      assert.equal(r.report.criteria[0]!.grade?.raw, 'Good', label);
      assert.deepEqual(ids(r, 'structure/'), [], label);
    }
  });

  it('7. a ratings table listing both kinds: a wrong grade row of a percentage-scored standard is reported', () => {
    const table = (g: string) => `| Standard | Rating |\n|---|---|\n| 1.1 Leadership | Good |\n| 2.1 Assessment | ${g} |\n\n`;
    const body = (g: string) => `${table(g)}## 1.1 Leadership\n\nA standard.\n\nGrade: Good\n\n## 2.1 Assessment\n\nA standard.\n\n52%\n\nConclusion: Performance was good.\n`;
    const r = check(BASE, body('Good'));
    const d = r.diagnostics.find((x) => x.ruleId === 'rating/summary-mismatch')!;
    assert.match(d.message, /2\.1 scores 52%, which is Requires improvement/);
    assert.equal(d.fix!.edits[0]!.newText, 'Requires improvement');
    assert.deepEqual(ids(check(BASE, body('Requires improvement')), 'rating/'), []);
  });

  it('8. unlettered bullet findings when the framework says findings are bulleted', () => {
    const fw = BASE.replace('ratings:', 'findings: { style: bulleted }\nratings:');
    const r = check(fw, '## 1.1 Leadership\n\nA standard.\n\nGrade: Good\n\n### Strengths\n\n- Leaders knew the service well.\n- Staff felt supported.\n\n### Areas for Improvement\n\n- Plans were late.\n');
    const c = r.report.criteria[0]!;
    assert.deepEqual(c.groups.map((g) => g.findings.map((f) => f.summary)), [['Leaders knew the service well.', 'Staff felt supported.'], ['Plans were late.']]);
    assert.ok(c.groups.every((g) => g.findings.every((f) => f.bulleted)));
    assert.deepEqual(ids(r, 'structure/finding'), []);
    // The same report under a lettered framework has no findings (as before).
    assert.equal(check(BASE, r.text.slice(r.text.indexOf('## 1.1'))).report.criteria[0]!.groups[0]!.findings.length, 0);
  });

  it('9. band ends: an explicit max is inclusive, a gap between bands is undecided, and a band without max ends below the next min', () => {
    const fw = loadFramework(BASE.replace('{ grade: Good, min: 65 }', '{ grade: Good, min: 65, max: 79 }'), 'file:///fw.yaml').framework!;
    assert.deepEqual(fw.gradesForScore(79), ['Good']);
    assert.deepEqual(fw.gradesForScore(79.5), []);
    assert.deepEqual(fw.gradesForScore(80), ['Outstanding']);
    assert.deepEqual(fw.gradesForScore(64.9), ['Requires improvement']);
    assert.deepEqual(fw.gradesForScore(65), ['Good']);
    // Undecided: a rating in the gap is never reported.
    const withRule = BASE.replace('{ grade: Good, min: 65 }', '{ grade: Good, min: 65, max: 79 }').replace('      - { id: "2.1", title: Assessment }', '      - { id: "2.1", title: Assessment, rating: { from: score } }');
    const r = check(withRule, '## 2.1 Assessment\n\nA standard.\n\n79.5%\n\nGrade: Outstanding\n\nConclusion: Performance was good.\n');
    assert.deepEqual(ids(r, 'rating/'), []);
  });

  it('a percentage that two roundings put in different bands accepts both ratings, and offers both when neither is written', () => {
    const kq = (rating: string) => `---\nframework: cqc-saf-2024\n---\n\n## 1.1 Safe\n\nRating: ${rating}\n\n- A: 3\n- B: 2\n- C: 2\n- D: 3\n`;
    // 10 of 16 = 62.5%, printed 62% (Requires improvement) or 63% (Good)
    for (const ok of ['Good', 'Requires improvement']) assert.deepEqual(ids(analyze(kq(ok), 'file:///r.inspection.md'), 'rating/'), [], ok);
    const d = analyze(kq('Outstanding'), 'file:///r.inspection.md').diagnostics.find((x) => x.ruleId === 'rating/derived-mismatch')!;
    assert.match(d.message, /10 of 16 = 62.5% → Good or Requires improvement, not Outstanding/);
    assert.equal(d.fix, undefined);
    assert.deepEqual(d.alternatives!.map((a) => a.edits[0]!.newText), ['Good', 'Requires improvement']);
  });

  it('quantifier presets: Education Scotland, with its shared and open ends', () => {
    const fw = BASE.replace('ratings:', 'quantifiers: { enabled: true, preset: education-scotland }\nratings:');
    const line = (s: string) => ids(check(fw, `## 2.1 Assessment\n\nA standard.\n\n72%\n\n### Strengths\n\n- (a) ${s}\n\nConclusion: Performance was good.\n`), 'numbers/quantifier');
    assert.deepEqual(line('Most of the 30 cases (27) were reviewed.'), []); // exactly 90%: 'most' (75% to 90%)
    assert.deepEqual(line('Almost all of the 30 cases (27) were reviewed.'), ['numbers/quantifier-mismatch']); // 'over 90%'
    assert.deepEqual(line('Almost all of the 30 cases (28) were reviewed.'), []);
    assert.deepEqual(line('A few of the 20 cases (3) were late.'.replace('A few', 'Few')), []); // 15%: a shared end
    assert.deepEqual(line('Less than half of the 20 cases (3) were late.'), []);
    assert.deepEqual(line('The majority of the 20 cases (16) were late.'), ['numbers/quantifier-mismatch']); // 80% is 'most'
  });
});

describe('house style as data (style/ rules)', () => {
  const prose = '## 1.1 Leadership\n\nA standard.\n\nGrade: Good\n\nWe met 3 managers and two officers.\n\nAround 15-20 people came.\n\n12 staff replied, and 45 per cent of them were positive.\n';
  const style = (r: AnalysisResult) => r.diagnostics.filter((d) => d.ruleId.startsWith('style/')).map((d) => `${d.ruleId}:${r.text.slice(d.span.start, d.span.end)}→${d.fix?.edits[0]?.newText ?? ''}`);

  it('is off unless the framework enables it', () => {
    assert.deepEqual(style(check(BASE, prose)), []);
  });

  it('the ONS preset: small numbers in words, no numeral at a sentence start, ranges with to (percent left alone)', () => {
    const r = check(BASE.replace('ratings:', 'style: { preset: ons }\nratings:'), prose);
    assert.deepEqual(style(r), ['style/small-numbers:3→three', 'style/range-to:15-20→15 to 20', 'style/sentence-start-numeral:12→Twelve']);
  });

  it('the GOV.UK preset: % for percentages and numerals for two to nine; explicit keys override a preset', () => {
    const r = check(BASE.replace('ratings:', 'style: { preset: gov-uk }\nratings:'), prose);
    assert.deepEqual(style(r), ['style/small-numbers:two→2', 'style/range-to:15-20→15 to 20', 'style/sentence-start-numeral:12→Twelve', 'style/percent:45 per cent→45%']);
    const words = check(BASE.replace('ratings:', 'style: { preset: gov-uk, percent: words, ranges: to }\nratings:'), '## 1.1 Leadership\n\nA standard.\n\nGrade: Good\n\nOf these, 45% agreed.\n');
    assert.deepEqual(style(words), ['style/percent:45%→45 per cent']);
  });
});

describe('the CQC example report (seeds/alderbrook-lodge-cqc.inspection.md)', () => {
  const file = path.join(ROOT, 'seeds/alderbrook-lodge-cqc.inspection.md');
  const text = fs.readFileSync(file, 'utf8');
  const run = (t: string) => analyze(t, 'file:///seeds/alderbrook-lodge-cqc.inspection.md');
  const found = (r: AnalysisResult) => r.diagnostics.map((d) => `${d.ruleId}@${r.lines.positionAt(d.span.start).line + 1}`);

  it('gets exactly its four deliberate findings, one of each rating rule', () => {
    assert.deepEqual(found(run(text)), [
      `rating/overall-mismatch@${lineOfText(text, 'Overall rating: Outstanding')}`,
      `rating/summary-mismatch@${lineOfText(text, '| 1.4 Responsive | 80% |')}`,
      `rating/sentence-mismatch@${lineOfText(text, 'We rated caring as good.')}`,
      `rating/derived-mismatch@${lineOfText(text, 'Rating: Good', text.indexOf('## 1.5'))}`,
    ]);
  });

  it('a changed quality statement score that changes the band gets the rating rule at the rating, with the arithmetic', () => {
    const at = text.indexOf('- Learning culture: 3');
    const mutated = text.slice(0, at) + '- Learning culture: 1' + text.slice(at + '- Learning culture: 3'.length);
    const r = run(mutated.replace('Score: 66%', 'Score: 59%'));
    const safe = r.diagnostics.filter((d) => d.ruleId === 'rating/derived-mismatch' && d.message.startsWith('1.1'));
    assert.equal(safe.length, 1);
    assert.equal(r.lines.positionAt(safe[0]!.span.start).line + 1, lineOfText(text, 'Rating: Good'));
    assert.match(safe[0]!.message, /1 \+ 3 \+ 2 \+ 3 \+ 3 \+ 2 \+ 3 \+ 2 = 19 of 32 = 59.38% → Requires improvement \(39 to 62%\), not Good/);
  });

  it('incremental analysis equals full analysis across edits to parts, ratings and the overall line', () => {
    const uri = 'file:///seeds/alderbrook-lodge-cqc.inspection.md';
    const an = new DocumentAnalyzer(uri);
    an.update(text);
    const edits: [string, string][] = [
      ['- Learning culture: 3', '- Learning culture: 1'],
      ['Overall rating: Outstanding', 'Overall rating: Good'],
      ['Rating: Outstanding', 'Rating: Good'],
      ['- Planning for the future: 3', '- Planning for the future: 3\n- Another statement: 2'],
      ['We rated caring as good.', 'We rated caring as outstanding.'],
      ['### Strengths\n\n- Staff took time', '### Strengths\n\n- A new finding.\n- Staff took time'],
    ];
    let t = text;
    for (const [from, to] of edits) {
      assert.ok(t.includes(from), from);
      t = t.replace(from, to);
      const inc = an.update(t);
      const full = analyze(t, uri);
      assert.equal(JSON.stringify(inc.report), JSON.stringify(full.report), from);
      assert.equal(JSON.stringify(inc.diagnostics), JSON.stringify(full.diagnostics), from);
    }
  });

  it('Fix all, applied until nothing changes, makes the report consistent', () => {
    let t = text;
    for (let i = 0; i < 3; i++) t = apply(t, fixAllEdits(run(t)).edits);
    assert.deepEqual(found(run(t)), []);
    assert.match(t, /Overall rating: Good\n/);
    assert.match(t, /## 1\.5 Well-led\n\nRating: Requires improvement\n/);
  });
});

describe('inspection-check --list-frameworks', () => {
  it('lists hmip-omi-2007 and the CQC built-in', async () => {
    let out = '';
    const code = await main(['--list-frameworks'], (s) => (out += s), () => undefined);
    assert.equal(code, 0);
    assert.match(out, /^hmip-omi-2007 +HMI Probation Offender Management Inspection \(2007\)/m);
    assert.match(out, /^cqc-saf-2024 +CQC single assessment framework \(providers\) \(Care Quality Commission\)/m);
  });
});
