/**
 * Issue 10, the core's part: hostile input never makes analyze() throw, and
 * each limit turns into a clear, located diagnostic with a degraded analysis.
 * Every test here failed before the fix (the point of the issue is named).
 */
import * as assert from 'node:assert/strict';
import { analyze, DocumentAnalyzer, loadFramework, builtinFramework } from '../../server/src/core/index.js';
import { checkBlockShape, DEFAULT_LIMITS } from '../../server/src/core/limits.js';
import { parseBlock } from '../../server/src/core/parse/block.js';
import { headingText, trimCell, trimEndSpace, withoutTrailingColon } from '../../server/src/core/parse/spaces.js';
import { seedText } from '../core/helpers.js';

const URI = 'file:///w/r.inspection.md';
const ids = (text: string) => analyze(text, URI).diagnostics.map((d) => d.ruleId);

describe('robustness: the core is total (issue 10)', () => {
  describe('point 1: front matter names that are Object.prototype members', () => {
    for (const name of ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty', 'isPrototypeOf']) {
      it(`framework: ${name} is an unknown framework, not a crash`, () => {
        const r = analyze(`---\nframework: ${name}\n---\n# 1. Assessment\n`, URI);
        assert.ok(r.diagnostics.some((d) => d.ruleId === 'framework/unknown' && d.message.includes(name)), JSON.stringify(r.diagnostics));
      });
    }
    it('builtinFramework reads own keys only', () => {
      assert.equal(builtinFramework('toString'), undefined);
      assert.equal(builtinFramework('__proto__'), undefined);
      assert.ok(builtinFramework('hmip-omi-2007'));
    });
    it('front matter keys named like prototype members are kept as keys', () => {
      const r = analyze('---\n__proto__: a\nconstructor: b\nframework: hmip-omi-2007\n---\n# 1. A\n', URI);
      const values = r.report.frontMatter!.values;
      assert.equal(values['__proto__'], 'a');
      assert.equal(values['constructor'], 'b');
      assert.equal(Object.getPrototypeOf(values), null);
    });
    it('a group heading named like a prototype member is not a group (no framework)', () => {
      const block = parseBlock('# Constructor\n\ntext\n', 0, false, undefined);
      assert.equal(block.heading?.kind, 'other');
    });
  });

  describe('point 2: framework files with hostile YAML', () => {
    it('an alias to a missing anchor is a located diagnostic', () => {
      const r = loadFramework('name: *missing\n', 'file:///w/fw.yaml');
      assert.equal(r.framework, undefined);
      assert.match(r.diagnostics[0]!.message, /alias names an anchor/);
    });
    it('a billion-laughs alias bomb is refused quickly', () => {
      const rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 9; i++) {
        const p = String.fromCharCode(96 + i);
        const n = String.fromCharCode(97 + i);
        rows.push(`${n}: &${n} [${Array(9).fill(`*${p}`).join(',')}]`);
      }
      const r = loadFramework(`${rows.join('\n')}\n`, 'file:///w/bomb.yaml');
      assert.equal(r.framework, undefined);
      assert.match(r.diagnostics[0]!.message, /aliases expand/);
    });
    it('a framework file beyond the size limit is not parsed', () => {
      const r = loadFramework(`# ${'x'.repeat(100)}\n`, 'file:///w/big.yaml', { ...DEFAULT_LIMITS, maxFrameworkChars: 50 });
      assert.match(r.diagnostics[0]!.message, /more than the limit of 50/);
    });
    it('through analyze: a resolver that throws, or hands over a bomb, gives diagnostics', () => {
      const throwing = analyze('---\nframework: ./fw.yaml\n---\n# 1. A\n', URI, {
        resolveFramework: () => {
          throw new Error('disk on fire');
        },
      });
      assert.ok(throwing.diagnostics.some((d) => d.ruleId === 'framework/unknown'));
      const bomb = analyze('---\nframework: ./fw.yaml\n---\n# 1. A\n', URI, { resolveFramework: () => ({ uri: 'file:///w/fw.yaml', text: 'a: *nope\n' }) });
      assert.ok(bomb.diagnostics.some((d) => d.ruleId === 'framework/invalid'));
    });
  });

  describe('point 3: deep nesting never reaches remark', () => {
    const shapes: [string, string][] = [
      ['6,000 levels of >', `${'> '.repeat(6000)}x\n`],
      ['3,000 levels of - on one line', `${'- '.repeat(3000)}x\n`],
      ['a 1,000-level indented list', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(2 * i)}- a`).join('\n')],
      ['nested emphasis', `${'*a '.repeat(3000)}b${' a*'.repeat(3000)}\n`],
      ['nested links', `${'![a'.repeat(3000)}${'](b)'.repeat(3000)}\n`],
    ];
    for (const [name, body] of shapes) {
      it(`${name}: a limits/nesting-depth warning on that block, the others analysed`, () => {
        const text = `# 1. First\n\n${body}\n# 2. Second\n\nSee 1.1a.\n`;
        const r = analyze(text, URI);
        const note = r.diagnostics.find((d) => d.ruleId === 'limits/nesting-depth');
        assert.ok(note, JSON.stringify(r.diagnostics.map((d) => d.ruleId)));
        assert.ok(note.span.start > text.indexOf('# 1.') && note.span.end <= text.indexOf('# 2.'), 'located inside the block');
        assert.equal(r.report.sections.length, 2);
      });
    }
    it('a real report never meets the limits', () => {
      const r = analyze(seedText(), URI);
      assert.deepEqual(r.diagnostics.filter((d) => d.ruleId.startsWith('limits/') || d.ruleId.startsWith('internal/')), []);
    });
    // Found by `npm run fuzz`: the scan's idea of where fenced code is must not let a deep
    // list through where the parser sees no code (it took 3 s to parse 30 KB).
    const deepList = `${'1. '.repeat(3000)}x\n`;
    const lateShapes: [string, string][] = [
      ['a fence line inside an HTML block (the parser reads no fence there)', `<div>\n~~~\n\n${deepList}`],
      ['fences ended by a lone CR (a line ending to the parser)', `~~~\r~~~\r\n${deepList}`],
      ['a backtick "fence" whose info string holds a backtick', `\`\`\` a\`b\n${deepList}`],
      ['a fence "closed" by a line with text after the marks, then a deep list', `~~~\n~~~ x\n${deepList}~~~\n`],
      ['a deep list of markers inside fenced code', `~~~\n${deepList}~~~\n`],
    ];
    for (const [name, body] of lateShapes) {
      it(`${name}: limits/nesting-depth, and no slow parse`, () => {
        assert.equal(checkBlockShape(body, DEFAULT_LIMITS)?.ruleId, 'limits/nesting-depth', name);
      });
    }
    it('real fenced code and HTML are not nesting: deep indentation, brackets, an HTML block before a fence', () => {
      const code = `\`\`\`json\n${Array.from({ length: 40 }, (_, i) => `${' '.repeat(2 * i)}[`).join('\n')}\n\`\`\`\n`;
      assert.equal(checkBlockShape(code, DEFAULT_LIMITS), undefined);
      const htmlThenFence = `<table>\n<tr><td>12 (40%)</td></tr>\n</table>\n\n~~~\n${'['.repeat(40)}\n~~~\n`;
      assert.equal(checkBlockShape(htmlThenFence, DEFAULT_LIMITS), undefined);
      const comment = `<!--\n~~~\n-->\n\ntext *a* [b](c)\n`;
      assert.equal(checkBlockShape(comment, DEFAULT_LIMITS), undefined);
    });
    it('ordinary emphasis and brackets do not count as nesting', () => {
      const para = Array(200).fill('*one* and **two**, (*three*) [link](x) _four_. 5 * 3 = 15; snake_case_name.').join(' ');
      assert.equal(checkBlockShape(`${para}\n`, DEFAULT_LIMITS), undefined);
    });
    it('the line-length and report-size limits degrade the analysis and say so', () => {
      const long = analyze(`# 1. A\n\n${'word '.repeat(30)}\n`, URI, { limits: { maxLineChars: 100 } });
      assert.ok(long.diagnostics.some((d) => d.ruleId === 'limits/line-length'));
      const big = analyze(`# 1. A\n\ntext\n\n# 2. B\n\nmore\n`, URI, { limits: { maxReportChars: 10 } });
      assert.ok(big.diagnostics.some((d) => d.ruleId === 'limits/report-size'));
      assert.equal(big.report.sections.length, 2, 'headings are still read');
      const fm = analyze(`---\nframework: hmip-omi-2007\nnote: ${'x'.repeat(200)}\n---\n# 1. A\n`, URI, { limits: { maxFrontMatterChars: 100 } });
      assert.ok(fm.diagnostics.some((d) => d.ruleId === 'limits/front-matter-size'));
    });
    it('incremental equals full across a block that crosses the limit', () => {
      const a = new DocumentAnalyzer(URI);
      const deep = `# 1. A\n\n${'> '.repeat(100)}x\n\n# 2. B\n\ntext\n`;
      a.update('# 1. A\n\nx\n\n# 2. B\n\ntext\n');
      const inc = a.update(`# 0. Z\n\n${deep}`);
      const full = analyze(`# 0. Z\n\n${deep}`, URI);
      assert.deepEqual(inc.diagnostics, full.diagnostics);
    });
  });

  describe('point 4: text that is not a string', () => {
    for (const bad of [42, null, undefined, { length: 3 }, ['a']]) {
      it(`analyze(${JSON.stringify(bad)}) is an empty analysis`, () => {
        const r = analyze(bad as unknown as string, URI);
        assert.equal(r.text, '');
        assert.equal(r.report.criteria.length, 0);
      });
    }
  });

  describe('point 6: white-space helpers agree with the patterns they replace', () => {
    const samples = ['', ' ', 'a', 'a  ', '  a', 'a \t\n', 'Title ##', 'Title#', '# ##', 'a ## b', 'x :', 'x: ', 'x', ':', ' | 12 | ', '|', 'a\u00a0', 'a\u2028 '];
    for (const s of samples) {
      it(`on ${JSON.stringify(s)}`, () => {
        assert.equal(trimEndSpace(s), s.replace(/\s+$/, ''));
        assert.equal(headingText(s), s.replace(/[ \t]+#+[ \t]*$/, '').replace(/[ \t]+$/, ''));
        assert.equal(withoutTrailingColon(s), s.replace(/\s*:\s*$/, ''));
        assert.equal(trimCell(s), s.replace(/^[\s|]+|[\s|]+$/g, ''));
      });
    }
  });
});
