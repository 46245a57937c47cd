/**
 * Quantifier bands a passage defines for itself: "Estyn uses 'many' to mean 70% or more", "In this report, 'a
 * significant minority' means 30% to 49%", "the ETI uses 'most' for 75% to 90%", "Where general terms are used,
 * 'most' means 75%-90%, 'a majority' 50%-74% …", "they mean: almost or nearly all, more than 90%; most, 75% to
 * 90%; …". A defined band replaces the framework's or the default band of its phrase for the prose scope that
 * defines it (so that what a scope reads depends on its own text alone). The bounds are read as rounded
 * percentages: '30% to 49%' holds any share that rounds into it (29.5% up to 49.5%), so that a share at a bound
 * is never found outside the band.
 */
import type { QuantifierBand } from './relations/shares.js';

/** A definition's words ('means', 'uses … for', 'refers to'), without which no unquoted list is read. */
const CUE = /\b(?:means?|meant|uses?|used|refers?\s+to|denotes?|indicates?)\b/i;

const P = String.raw`(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent)`;
/** A range of shares: '30% to 49%', '75%-90%', 'between 50% and 74%', '70% or more', 'more than 90%', 'less than 10%'. */
const RANGE = String.raw`(?:between\s+)?${P}\s*(?:to|-|–|and)\s*${P}|${P}\s+or\s+(?:more|over|above|higher)|(more\s+than|over|above|at\s+least)\s+${P}|(less\s+than|fewer\s+than|under|below|up\s+to)\s+${P}`;
const VERB = String.raw`(?:(?:is\s+)?(?:means?|meant|to\s+mean|for|is\s+used\s+(?:for|to\s+mean)|refers?\s+to|denotes?|indicates?|describes?|represents?)\s+)?`;
/** "'many' to mean 70% or more", "'a majority' 50%-74%". */
const QUOTED = new RegExp(String.raw`[‘'"“]([a-z][a-z -]{0,40}?)[’'"”]\s*,?\s*${VERB}(?:${RANGE})`, 'gi');
/** 'most, 75% to 90%' as an item of a list after a colon or a semicolon. */
const LISTED = new RegExp(String.raw`(?:[:;]\s*(?:and\s+)?)([a-z][a-z ]{1,40}?),\s+(?:${RANGE})`, 'gi');
/** A phrase that can be a quantifier of shares. */
const SHARE_PHRASE = /\b(?:all|most|majority|minority|many|few|some|half|number|proportion|none|every|several)\b/i;

/** The band of a range's groups: [A, B] | [C, or more] | [word, D] | [word, E]. */
function bandOf(g: readonly (string | undefined)[]): { min: number; max: number } | undefined {
  if (g[0] !== undefined && g[1] !== undefined) return Number(g[0]) <= Number(g[1]) ? { min: Number(g[0]), max: Number(g[1]) } : undefined;
  if (g[2] !== undefined) return { min: Number(g[2]), max: 100 };
  if (g[4] !== undefined) return { min: Number(g[4]), max: 100 };
  if (g[6] !== undefined) return { min: 0, max: Number(g[6]) };
  return undefined;
}

/** 'almost or nearly all' names 'almost all' and 'nearly all'; 'very few or a small number' names both. */
function phrasesOf(raw: string): string[] {
  const parts = raw.toLowerCase().trim().replace(/\s+/g, ' ').split(/\s+or\s+/);
  const last = parts[parts.length - 1]!.split(' ');
  return parts.map((p) => (parts.length > 1 && !p.includes(' ') && last.length >= 2 ? `${p} ${last.slice(1).join(' ')}` : p));
}

/** Texts read already: the extractor and the relation readers both ask for the bands of each prose scope. */
const MEMO = new Map<string, readonly QuantifierBand[]>();
const MEMO_LIMIT = 2000;

/** The bands a text defines, phrase by phrase (the last definition of a phrase wins). */
export function definedBands(text: string): readonly QuantifierBand[] {
  if (!/%|per\s*cent/i.test(text) || !CUE.test(text)) return [];
  const known = MEMO.get(text);
  if (known) return known;
  const bands = readBands(text);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(text, bands);
  return bands;
}

function readBands(text: string): QuantifierBand[] {
  const found = new Map<string, QuantifierBand>();
  const add = (raw: string, m: RegExpExecArray) => {
    const b = bandOf(m.slice(2));
    if (!b || b.max > 100) return;
    for (const phrase of phrasesOf(raw)) {
      if (!SHARE_PHRASE.test(phrase) || phrase.split(' ').length > 4) continue;
      // A rounded bound: any share that rounds into the band is in it.
      found.set(phrase, { phrase, min: Math.max(0, b.min - 0.5), max: Math.min(100, b.max + 0.4999) });
    }
  };
  if (/[‘'"“]/.test(text)) for (const m of text.matchAll(QUOTED)) add(m[1]!, m);
  if (/:/.test(text)) for (const m of text.matchAll(LISTED)) if (!found.has(m[1]!.toLowerCase())) add(m[1]!, m);
  return [...found.values()];
}

/** The base bands with those the text defines put first (in place of the base's band of the same phrase). */
export function bandsWithDefined(base: readonly QuantifierBand[], text: string): readonly QuantifierBand[] {
  const own = definedBands(text);
  if (own.length === 0) return base;
  const names = new Set(own.map((b) => b.phrase));
  // Longest first, as the base is: 'a significant minority' before 'a minority'.
  return [...own, ...base.filter((b) => !names.has(b.phrase.toLowerCase().replace(/\s+/g, ' ')))].sort((a, b) => b.phrase.length - a.phrase.length);
}
