/**
 * Published conventions as data: quantifier words and house styles for
 * numbers. Frameworks name them (`quantifiers.preset`, `style.preset`);
 * no check hard-codes any of them. Each preset records where it comes from.
 */

export interface QuantifierPreset {
  name: string;
  source: string;
  /** Inclusive bounds in percent; see docs/frameworks.md for how published ranges are read. */
  bands: { phrase: string; min: number; max: number }[];
}

/**
 * Education Scotland, 'Terms we use in the inspection process': "almost all
 * means over 90%; most means 75% to 90%; majority means 50% to 74%; less than
 * half means 15% to 49%; few means up to 15%".
 *
 * How we read it: 'over 90%' excludes 90 itself (so exactly 90% is 'most'
 * only); '15%' belongs to both 'few' and 'less than half' (a shared end: both
 * words are accepted there); a published upper end of a whole number (49%,
 * 74%) runs up to the next band's start, because a share of 49.5% is 'less
 * than half' and 74.5% is 'a majority' in plain words.
 */
export const QUANTIFIER_PRESETS: Record<string, QuantifierPreset> = {
  'education-scotland': {
    name: 'Education Scotland',
    source: 'https://education.gov.scot/what-we-do/inspection-and-review/about-inspections-and-reviews/principles-and-frameworks/Terms%20we%20use%20in%20the%20inspection%20process',
    bands: [
      { phrase: 'almost all', min: 90.0001, max: 100 },
      { phrase: 'most', min: 75, max: 90 },
      { phrase: 'the majority', min: 50, max: 74.9999 },
      { phrase: 'a majority', min: 50, max: 74.9999 },
      { phrase: 'less than half', min: 15, max: 49.9999 },
      { phrase: 'few', min: 0, max: 15 },
    ],
  },
};

export interface StyleSettings {
  percent?: 'symbol' | 'words';
  smallNumbers?: 'words' | 'numerals';
  noNumeralAtSentenceStart?: boolean;
  ranges?: 'to';
}

export interface StylePreset {
  name: string;
  sources: string[];
  style: StyleSettings;
}

/**
 * House styles for numbers. Only what the source states is set; the rest is
 * left to the framework.
 */
export const STYLE_PRESETS: Record<string, StylePreset> = {
  // ONS house style, 'Writing numbers': zero to nine as words, 10 and over as
  // numerals; do not start a sentence with a numeral; ranges with 'to', not a hyphen.
  ons: {
    name: 'Office for National Statistics',
    sources: ['https://style.ons.gov.uk/house-style/writing-numbers/', 'https://service-manual.ons.gov.uk/content/numbers/writing-numbers'],
    style: { smallNumbers: 'words', noNumeralAtSentenceStart: true, ranges: 'to' },
  },
  // GOV.UK style as published by councils that follow it: numerals for all
  // numbers but 'one'; a number that starts a sentence is written out; '%' for
  // percentages; '500 to 900', not '500-900'. (Only 2 to 9 is checked as numerals.)
  'gov-uk': {
    name: 'GOV.UK style (numbers)',
    sources: ['https://www.westnorthants.gov.uk/content-design-guide/style-guide/numbers', 'https://centralbedfordshire.gov.uk/info/79/contact_us_-_contact_central_bedfordshire_council/665/third_party_wrapper_guidance/3'],
    style: { percent: 'symbol', smallNumbers: 'numerals', noNumeralAtSentenceStart: true, ranges: 'to' },
  },
};
