/**
 * The source of syntaxes/inspection-report.tmLanguage.json, which VS Code
 * reads. Regular expressions are written with String.raw here, so they read
 * as Oniguruma sees them. After a change:
 *
 *   node syntaxes/inspection-report.grammar.mjs
 *   UPDATE_SNAPSHOTS=1 npm test      (then review test/grammar/snapshots/)
 *
 * test/grammar/contributions.test.ts fails when the JSON is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const r = String.raw;

const GROUP_S = r`(?i:strengths)`;
const GROUP_A = r`(?i:areas?[ \t]+for[ \t]+improvements?)`;
const GROUP_C = r`(?i:conclusions?)`;
const BOLD = r`(\*\*|__)`;
const MD_INLINE = { include: 'text.html.markdown#inline' };

export const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Inspection Report',
  scopeName: 'text.html.markdown.inspection',
  comment:
    'Markdown plus the inspection report dialect (docs/dialect.md). Block rules for the dialect come first, ' +
    'then the whole Markdown grammar; inline constructs (references, percentages, counts, summary rows) are ' +
    'injected into Markdown paragraphs, tables and headings, never into code, front matter, comments or link targets. ' +
    'Injections are limited to those scopes so that the line rules above (score, grade, labels) win at the start of a block.',
  patterns: [
    { include: '#section-heading' },
    { include: '#criterion' },
    { include: '#body' },
  ],
  injections: {
    'L:text.html.markdown.inspection (meta.paragraph.markdown | markup.table.markdown | markup.heading.markdown | meta.conclusion.sentence.inspection) -markup.fenced_code -markup.inline.raw -markup.raw -meta.embedded -comment -markup.underline.link':
      { patterns: [{ include: '#inline' }] },
  },
  repository: {
    body: {
      patterns: [{ include: '#body-lines' }, { include: '#finding' }, { include: 'text.html.markdown' }],
    },
    'body-lines': {
      comment: 'Lines of the dialect that are blocks of their own.',
      patterns: [
        { include: '#group-label' },
        { include: '#conclusion-inline' },
        { include: '#conclusion-block' },
        { include: '#score-line' },
      ],
    },
    'section-heading': {
      comment: 'A section: a heading whose text starts with the section number and a dot (`# 1. Assessment`).',
      match: r`^[ ]{0,3}(#{1,6})[ \t]+(\d+)(\.)(?=[ \t]|$)[ \t]*(.*?)(?:[ \t]+(#+))?[ \t]*$`,
      name: 'markup.heading.markdown meta.heading.section.inspection',
      captures: {
        1: { name: 'punctuation.definition.heading.markdown' },
        2: { name: 'constant.numeric.section-id.inspection' },
        3: { name: 'punctuation.separator.section-id.inspection' },
        4: { name: 'entity.name.section.markdown', patterns: [MD_INLINE] },
        5: { name: 'punctuation.definition.heading.markdown' },
      },
    },
    criterion: {
      comment:
        "A criterion's head: from its heading (`## 1.1 Title`, `## 1.1 General Criterion: TITLE`) to the next heading " +
        'or group label. The standard, the score line and the grade line live here, so the grade line shape is only ' +
        'looked for here.',
      begin: r`^(?=[ ]{0,3}#{1,6}[ \t]+\d+\.\d+\.?(?:[ \t]|$))`,
      end: r`^(?!\G)(?=[ ]{0,3}(?:#{1,6}(?:[ \t]|$)|(?:\*\*|__)?(?:${GROUP_S}|${GROUP_A}|${GROUP_C})\b))`,
      name: 'meta.criterion.head.inspection',
      patterns: [
        { include: '#criterion-heading' },
        { include: '#body-lines' },
        { include: '#grade-line' },
        { include: '#finding' },
        { include: 'text.html.markdown' },
      ],
    },
    'criterion-heading': {
      match: r`^[ ]{0,3}(#{1,6})[ \t]+(\d+\.\d+)(\.?)(?=[ \t]|$)[ \t]*(?:((?i:general[ \t]+criterion))[ \t]*(:)[ \t]*)?(.*?)(?:[ \t]+(#+))?[ \t]*$`,
      name: 'markup.heading.markdown meta.heading.criterion.inspection',
      captures: {
        1: { name: 'punctuation.definition.heading.markdown' },
        2: { name: 'constant.numeric.criterion-id.inspection' },
        3: { name: 'punctuation.separator.criterion-id.inspection' },
        4: { name: 'keyword.other.criterion-label.inspection' },
        5: { name: 'punctuation.separator.key-value.inspection' },
        6: { name: 'entity.name.section.markdown entity.name.criterion-title.inspection', patterns: [MD_INLINE] },
        7: { name: 'punctuation.definition.heading.markdown' },
      },
    },
    'group-label': {
      comment: 'Strengths / Areas for Improvement, as a heading or as a line of their own (optionally bold, with a colon).',
      match: r`^[ ]{0,3}(?:((#{1,6})[ \t]+(?:(${GROUP_S})|(${GROUP_A}))[ \t]*(:)?(?:[ \t]+#+)?)|(${BOLD}?(?:(${GROUP_S})|(${GROUP_A}))${BOLD}?[ \t]*(:)?[ \t]*${BOLD}?))[ \t]*$`,
      captures: {
        1: { name: 'markup.heading.markdown meta.heading.group.inspection' },
        2: { name: 'punctuation.definition.heading.markdown' },
        3: { name: 'keyword.control.group.strengths.inspection' },
        4: { name: 'keyword.control.group.areas.inspection' },
        5: { name: 'punctuation.separator.key-value.inspection' },
        6: { name: 'meta.group.label.inspection' },
        7: { name: 'punctuation.definition.bold.markdown' },
        8: { name: 'keyword.control.group.strengths.inspection' },
        9: { name: 'keyword.control.group.areas.inspection' },
        10: { name: 'punctuation.definition.bold.markdown' },
        11: { name: 'punctuation.separator.key-value.inspection' },
        12: { name: 'punctuation.definition.bold.markdown' },
      },
    },
    'conclusion-inline': {
      comment: '`Conclusion: This criterion represents ...` on one line.',
      match: r`^[ ]{0,3}${BOLD}?(${GROUP_C})${BOLD}?[ \t]*(:)[ \t]*${BOLD}?[ \t]*(\S.*?)[ \t]*$`,
      name: 'meta.conclusion.inspection',
      captures: {
        1: { name: 'punctuation.definition.bold.markdown' },
        2: { name: 'keyword.control.group.conclusion.inspection' },
        3: { name: 'punctuation.definition.bold.markdown' },
        4: { name: 'punctuation.separator.key-value.inspection' },
        5: { name: 'punctuation.definition.bold.markdown' },
        6: { name: 'meta.conclusion.sentence.inspection', patterns: [{ include: '#conclusion-phrase' }, MD_INLINE] },
      },
    },
    'conclusion-block': {
      comment:
        'A Conclusion label (heading or line) and the first line of the paragraph after it. Ends without taking ' +
        'anything when the next block is a heading, a list, a table, a quote, code or HTML.',
      begin: r`^[ ]{0,3}(?:((#{1,6})[ \t]+(${GROUP_C})[ \t]*(:)?(?:[ \t]+#+)?)|(${BOLD}?(${GROUP_C})${BOLD}?[ \t]*(:)?[ \t]*${BOLD}?))[ \t]*$`,
      beginCaptures: {
        1: { name: 'markup.heading.markdown meta.heading.group.inspection' },
        2: { name: 'punctuation.definition.heading.markdown' },
        3: { name: 'keyword.control.group.conclusion.inspection' },
        4: { name: 'punctuation.separator.key-value.inspection' },
        5: { name: 'meta.group.label.inspection' },
        6: { name: 'punctuation.definition.bold.markdown' },
        7: { name: 'keyword.control.group.conclusion.inspection' },
        8: { name: 'punctuation.definition.bold.markdown' },
        9: { name: 'punctuation.separator.key-value.inspection' },
        10: { name: 'punctuation.definition.bold.markdown' },
      },
      end: r`^(?:(?=[ ]{0,3}(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]|\d+[.)][ \t]|[|><]|${'```'}|~~~|(?:\*\*|__)?(?:${GROUP_S}|${GROUP_A})\b))|[ ]{0,3}(\S.*?)[ \t]*$)`,
      endCaptures: {
        1: { name: 'meta.conclusion.sentence.inspection', patterns: [{ include: '#conclusion-phrase' }, MD_INLINE] },
      },
      name: 'meta.conclusion.inspection',
    },
    'conclusion-phrase': {
      comment:
        'Phrases that carry a conclusion. A grammar cannot read the framework, so these are the phrases of the ' +
        'built-in framework and a few common ones; the language server marks the exact phrase with semantic tokens.',
      match: r`(?i)\b(?:(?:an?[ \t]+)?(?:(?:urgent|immediate|high)[ \t]+)?priority[ \t]+for[ \t]+improvement|requires?[ \t]+improvement|was[ \t]+(?:(?:very|generally)[ \t]+)?(?:good|excellent|outstanding|satisfactory|adequate|poor|inadequate)|(?:was[ \t]+)?met[ \t]+(?:adequately|fully|in[ \t]+part)|a[ \t]+strength(?:[ \t]+of[ \t]+the[ \t]+\w+)?)\b`,
      name: 'keyword.other.conclusion-phrase.inspection',
    },
    'score-line': {
      comment: 'A paragraph that is only a percentage: `79%`, `**79%**`, `Score: 79%`, `Section score: 70%`.',
      match: r`^[ ]{0,3}(?:${BOLD}?((?i:(?:section[ \t]+)?score))${BOLD}?[ \t]*(:)[ \t]*${BOLD}?[ \t]*)?${BOLD}?[ \t]*(\d{1,3}(?:\.\d+)?%)[ \t]*${BOLD}?[ \t]*$`,
      name: 'meta.score.inspection',
      captures: {
        1: { name: 'punctuation.definition.bold.markdown' },
        2: { name: 'keyword.other.label.score.inspection' },
        3: { name: 'punctuation.definition.bold.markdown' },
        4: { name: 'punctuation.separator.key-value.inspection' },
        5: { name: 'punctuation.definition.bold.markdown' },
        6: { name: 'punctuation.definition.bold.markdown' },
        7: { name: 'constant.numeric.percentage.score.inspection' },
        8: { name: 'punctuation.definition.bold.markdown' },
      },
    },
    'grade-line': {
      comment:
        "A grade line in a criterion's head: a line of one to four words without sentence punctuation " +
        '(`Well met`, `Good`, `Requires improvement`), optionally bold or labelled `Grade:`. Grade words are ' +
        'framework data, so the shape is matched, not the words.',
      match: r`^[ ]{0,3}(?:${BOLD}?((?i:grade))${BOLD}?[ \t]*(:)[ \t]*${BOLD}?[ \t]*)?${BOLD}?[ \t]*(\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,3})[ \t]*${BOLD}?[ \t]*$`,
      name: 'meta.grade.inspection',
      captures: {
        1: { name: 'punctuation.definition.bold.markdown' },
        2: { name: 'keyword.other.label.grade.inspection' },
        3: { name: 'punctuation.definition.bold.markdown' },
        4: { name: 'punctuation.separator.key-value.inspection' },
        5: { name: 'punctuation.definition.bold.markdown' },
        6: { name: 'punctuation.definition.bold.markdown' },
        7: { name: 'constant.language.grade.inspection' },
        8: { name: 'punctuation.definition.bold.markdown' },
      },
    },
    finding: {
      comment:
        'A finding: a list item that starts with a bracketed letter. Continues like a Markdown list item ' +
        '(indented or blank lines), with Markdown blocks inside.',
      begin: r`(^|\G)([ ]{0,3})([-*+])([ \t]+)(\()([a-z]{1,2})(\))(?=[ \t]|$)`,
      beginCaptures: {
        3: { name: 'punctuation.definition.list.begin.markdown' },
        5: { name: 'punctuation.definition.finding.begin.inspection' },
        6: { name: 'constant.character.finding-letter.inspection' },
        7: { name: 'punctuation.definition.finding.end.inspection' },
      },
      while: r`((^|\G)([ ]{2,4}|\t))|(^[ \t]*$)`,
      name: 'markup.list.unnumbered.markdown meta.finding.inspection',
      patterns: [{ include: 'text.html.markdown#block' }, { include: 'text.html.markdown#list_paragraph' }],
    },
    inline: {
      patterns: [
        { include: '#summary-row' },
        { include: '#reference-omi' },
        { include: '#reference-see-group' },
        { include: '#reference-see-under' },
        { include: '#reference-see-section' },
        { include: '#reference-see' },
        { include: '#reference-sections' },
        { include: '#reference-section' },
        { include: '#reference-criterion' },
        { include: '#percentage-claim' },
        { include: '#count-of' },
      ],
    },
    'summary-row': {
      comment:
        'A summary table row: the first cell starts with a criterion id, the last cell is a percentage or a short grade.',
      match: r`^[ ]{0,3}(\|)[ \t]*(\d+\.\d+)(?=[ \t|])([^|]*)((?:\|[^|]*)*?)(\|)[ \t]*(?:(\d{1,3}(?:\.\d+)?%)|(\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,3}))[ \t]*(\|)[ \t]*$`,
      name: 'meta.summary-row.inspection',
      captures: {
        1: { name: 'punctuation.definition.table.markdown' },
        2: { name: 'constant.numeric.criterion-id.inspection' },
        3: { patterns: [MD_INLINE] },
        4: { patterns: [{ match: r`\|`, name: 'punctuation.definition.table.markdown' }, MD_INLINE] },
        5: { name: 'punctuation.definition.table.markdown' },
        6: { name: 'constant.numeric.percentage.score.inspection' },
        7: { name: 'constant.language.grade.inspection' },
        8: { name: 'punctuation.definition.table.markdown' },
      },
    },
    'reference-omi': {
      comment: '`OMI Criterion: 1.2d` (the id may be on the next line; then only the label is marked).',
      match: r`\b((?i:OMI[ \t]+criterion))[ \t]*(:)(?:[ \t]*(\d+\.\d+[a-z]?)\b)?`,
      name: 'meta.reference.omi.inspection',
      captures: {
        1: { name: 'keyword.other.reference.inspection' },
        2: { name: 'punctuation.separator.key-value.inspection' },
        3: { name: 'markup.underline.link.reference.inspection' },
      },
    },
    'reference-see-group': {
      comment: '`see 4.3 Areas for Improvement (d)` and `see 4.3d (Areas for Improvement)`.',
      patterns: [
        {
          match: r`\b((?i:see))[ \t]+(\d+\.\d+)[ \t]+(${GROUP_S}|${GROUP_A})[ \t]*(\()([a-z]{1,2})(\))`,
          name: 'meta.reference.see.inspection',
          captures: {
            1: { name: 'keyword.other.reference.inspection' },
            2: { name: 'markup.underline.link.reference.inspection' },
            3: { name: 'keyword.control.group.inspection' },
            4: { name: 'punctuation.definition.finding.begin.inspection' },
            5: { name: 'markup.underline.link.reference.inspection' },
            6: { name: 'punctuation.definition.finding.end.inspection' },
          },
        },
        {
          match: r`\b((?i:see))[ \t]+(\d+\.\d+[a-z]{1,2})[ \t]*(\()(${GROUP_S}|${GROUP_A})(\))`,
          name: 'meta.reference.see.inspection',
          captures: {
            1: { name: 'keyword.other.reference.inspection' },
            2: { name: 'markup.underline.link.reference.inspection' },
            3: { name: 'punctuation.section.group.begin.inspection' },
            4: { name: 'keyword.control.group.inspection' },
            5: { name: 'punctuation.section.group.end.inspection' },
          },
        },
      ],
    },
    'reference-see-under': {
      comment: "`see 'e' under 'Areas for Improvement' below`.",
      match: r`\b((?i:see))[ \t]+(['‘"“])([a-z]{1,2})(['’"”])[ \t]+((?i:under))[ \t]+(['‘"“])(${GROUP_S}|${GROUP_A})(['’"”])(?:[ \t]+((?i:above|below)))?`,
      name: 'meta.reference.under.inspection',
      captures: {
        1: { name: 'keyword.other.reference.inspection' },
        2: { name: 'punctuation.definition.string.begin.inspection' },
        3: { name: 'markup.underline.link.reference.inspection' },
        4: { name: 'punctuation.definition.string.end.inspection' },
        5: { name: 'keyword.other.reference.inspection' },
        6: { name: 'punctuation.definition.string.begin.inspection' },
        7: { name: 'keyword.control.group.inspection' },
        8: { name: 'punctuation.definition.string.end.inspection' },
        9: { name: 'keyword.other.reference.inspection' },
      },
    },
    'reference-see-section': {
      comment: '`see section 4.1`, `see section 4.3 for more details`.',
      match: r`\b((?i:see))[ \t]+((?i:section))[ \t]+(\d+(?:\.\d+)?)\b(?!\.\d)`,
      name: 'meta.reference.section.inspection',
      captures: {
        1: { name: 'keyword.other.reference.inspection' },
        2: { name: 'keyword.other.reference.inspection' },
        3: { name: 'markup.underline.link.reference.inspection' },
      },
    },
    'reference-see': {
      comment: '`see 4.3d`, `(see 4.6d)`, `see 2.2`.',
      match: r`\b((?i:see))[ \t]+(\d+\.\d+(?:[a-z]{1,2})?)\b(?!\.\d)`,
      name: 'meta.reference.see.inspection',
      captures: {
        1: { name: 'keyword.other.reference.inspection' },
        2: { name: 'markup.underline.link.reference.inspection' },
      },
    },
    'reference-sections': {
      comment: '`sections 1-3` (a range of sections).',
      match: r`\b((?i:sections))[ \t]+(\d+)[ \t]*([-–])[ \t]*(\d+)\b(?!\.\d)`,
      name: 'meta.reference.sections.inspection',
      captures: {
        1: { name: 'keyword.other.reference.inspection' },
        2: { name: 'markup.underline.link.reference.inspection' },
        3: { name: 'punctuation.separator.range.inspection' },
        4: { name: 'markup.underline.link.reference.inspection' },
      },
    },
    'reference-section': {
      comment: '`section 4`, `section 4.1`.',
      match: r`\b((?i:section))[ \t]+(\d+(?:\.\d+)?)\b(?!\.\d)`,
      name: 'meta.reference.section.inspection',
      captures: {
        1: { name: 'keyword.other.reference.inspection' },
        2: { name: 'markup.underline.link.reference.inspection' },
      },
    },
    'reference-criterion': {
      comment: '`criterion 2.2`.',
      match: r`\b((?i:criterion))[ \t]+(\d+\.\d+)\b(?!\.\d)`,
      name: 'meta.reference.criterion.inspection',
      captures: {
        1: { name: 'keyword.other.reference.inspection' },
        2: { name: 'markup.underline.link.reference.inspection' },
      },
    },
    'percentage-claim': {
      comment: '`69%`, `98.7%`, `69% (22)`, `45% (38 of the 84)`.',
      match: r`(?<![\w.])(\d+(?:\.\d+)?%)(?:[ \t]*(\()[ \t]*(\d+)(?:[ \t]+(of)[ \t]+(?:(the)[ \t]+)?(\d+))?[ \t]*(\)))?`,
      name: 'meta.claim.percentage.inspection',
      captures: {
        1: { name: 'constant.numeric.percentage.inspection' },
        2: { name: 'punctuation.section.parens.begin.inspection' },
        3: { name: 'constant.numeric.count.inspection' },
        4: { name: 'keyword.operator.word.of.inspection' },
        6: { name: 'constant.numeric.count.total.inspection' },
        7: { name: 'punctuation.section.parens.end.inspection' },
      },
    },
    'count-of': {
      comment: '`38 of the 84`, `20 of 73`.',
      match: r`(?<![\w.%])(\d+)[ \t]+(of)[ \t]+(?:(the)[ \t]+)?(\d+)\b(?![.%]\d|%)`,
      name: 'meta.claim.count-of.inspection',
      captures: {
        1: { name: 'constant.numeric.count.inspection' },
        2: { name: 'keyword.operator.word.of.inspection' },
        4: { name: 'constant.numeric.count.total.inspection' },
      },
    },
  },
};

/** The JSON text VS Code reads. */
export function grammarJson() {
  return JSON.stringify(grammar, null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = fileURLToPath(new URL('./inspection-report.tmLanguage.json', import.meta.url));
  writeFileSync(out, grammarJson());
  console.log(`wrote ${out}`);
}
