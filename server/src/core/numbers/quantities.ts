/**
 * Quantities (issue 9, "a quantity model"): what each number token of a
 * sentence is. The scanner (`scan.ts`) finds the tokens; this stage types
 * every whole number as a **count** (a count or a total: which one is a
 * relation's business) or as something that is not a quantity of cases:
 *
 * | type      | examples |
 * | --------- | -------- |
 * | `year`    | 'in 2019', 'April 2023', '2021/22', '2018-19' |
 * | `date`    | '31 March', 'March 31' |
 * | `time`    | '17:00', '10.30am', '9 pm', "10 o'clock" |
 * | `age`     | 'aged 18 to 21', '18-year-olds', 'under 25s', 'men over 50', 'four to seven-year-olds' |
 * | `money`   | '£1.2 million', '$40', '40 pounds' |
 * | `duration`| 'six months', '12 weeks', '28 days', 'a 13-month period' |
 * | `measure` | 'three miles', '5 kg', '12 points' |
 * | `frequency` | 'used 30 times' |
 * | `phone`   | '999 calls', 'the 101 line', 'dialled 999', '0300 123 1231' |
 * | `ordinal` | '1st', '3rd' (as a token: '21 st')  |
 * | `label`   | 'section 47', 'Schedule 21', 'Rule 45', 'Standard 2', 'ward 7', 'Tier 3', 'Year 11', 'Regulations 12 and 17', 'questions 5 and 6', 'on day 14', '12(2)' |
 * | `pronoun` | 'where one was required', 'more than one officer', 'no one', 'a one-off' |
 * | `score`   | 'rated 3 out of 4', 'scored 2 for leadership', 'a score of 5' |
 * | `range`   | '110-120', '18+' |
 * | `decimal` | '2.3', '11.9' (not a whole count) |
 *
 * Percentages and fractions are typed by the scanner itself (their own token
 * kinds). A number that is not a quantity never becomes a count or a total:
 * readers test `isCount` (or the scanner's `notCount`, which is set from the
 * type); `quantitiesOf` gives a sentence's quantities without the others, so
 * that a real count next to a year or an age is still read as the next
 * quantity ('Of the 12 prisons visited in 2021/22, five …').
 *
 * Every test here looks at a fixed window of characters around the token
 * (`BEFORE`, `AFTER`), so typing a sentence is linear in its length; the
 * second pass (`propagate`) looks only at neighbouring tokens.
 */
import type { Tok } from './scan.js';
import { LABEL_WORDS, PLACE_LABEL_WORDS, UNIT_TYPES } from './words.js';

/** What a number token is. `count` is a quantity of cases or people; every other type is not. */
export type NumberType =
  | 'count'
  | 'year'
  | 'date'
  | 'time'
  | 'age'
  | 'money'
  | 'duration'
  | 'measure'
  | 'frequency'
  | 'phone'
  | 'ordinal'
  | 'label'
  | 'pronoun'
  | 'score'
  | 'range'
  | 'decimal';

/** How far before and after a token the typing looks (characters). */
const BEFORE = 32;
const AFTER = 32;

/** `<label word>\s*:?\s*$`, one pattern per label word, built once. */
const labelPatterns = new Map<string, RegExp>();
function labelBefore(word: string): RegExp {
  let re = labelPatterns.get(word);
  if (!re) labelPatterns.set(word, (re = new RegExp(String.raw`\b${word}\s*:?\s*$`, 'i')));
  return re;
}

/** Plural label words ('questions 5 and 6', 'Outcomes 4 and 7', 'Key Stages 3 and 4'), read like the place labels. */
const PLURAL_LABELS: ReadonlySet<string> = new Set(['questions', 'outcomes', 'stages', 'rooms', 'wards', 'wings', 'units', 'blocks', 'landings', 'phases', 'paragraphs', 'paras', 'chapters', 'recommendations', 'indicators', 'themes', 'domains', 'grades', 'bands', 'categories', 'priorities', 'objectives', 'modules', 'waves', 'parts', 'rules', 'tables', 'figures', 'annexes', 'appendices', 'items', 'steps', 'principles', 'kloes', 'qis']);
/** A numbered day, week or round of a sequence ('on day 14', 'by week 6', 'Round 2'). */
const SEQUENCE_WORDS: ReadonlySet<string> = new Set(['day', 'week', 'night', 'round']);

/** After a number: 'day' or 'night' naming a kind of shift or staff ('day and night shifts', 'night staff'). */
const SHIFT_KIND_AFTER = /^\s+(?:day|night)(?:\s+(?:and|or)\s+(?:day|night))?\s+(?:shifts?|staff|workers|rotas?|duties|cover|care|centres?|services?|nurser(?:y|ies)|hospitals?|units?|settings?|provision|shelters?)\b/i;

/** Whether the words after a number ('168 day and night shifts', '41 day care services') name a kind of shift or service, not a time: the number counts them. */
export function shiftKindAfter(after: string): boolean {
  return SHIFT_KIND_AFTER.test(after);
}

/** A capitalised word (not an acronym) after a preposition, an article or another capitalised word (at a sentence's start it may be 'Another 759'). */
const NAME_BEFORE = /(?:\b(?:on|at|in|from|to|into|for|of|the|a|an|and|or)\s+|\b[A-Z][\w'-]*\s+)([A-Z][a-z][A-Za-z-]*)\s$/;
/** After a number in a name: a bracket, a stop, a verb or a link, never a noun it counts. */
const NAME_TAIL = /^\s*(?:[(),.;:]|$|(?:was|were|is|are|had|has|have|and|or|which|where)\b)/;
/** Capitalised words a count may follow in a list ('Good 12 (40%)', 'Men 40, women 12'): categories, not names. */
const NOT_NAMES: ReadonlySet<string> = new Set(['outstanding', 'good', 'requires', 'improvement', 'inadequate', 'satisfactory', 'excellent', 'adequate', 'poor', 'weak', 'unsatisfactory', 'total', 'totals', 'all', 'men', 'women', 'male', 'female', 'males', 'females', 'boys', 'girls', 'yes', 'no', 'other', 'others', 'none', 'some', 'only', 'just', 'about', 'around', 'nearly', 'almost', 'over', 'under', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'in', 'of', 'and', 'the', 'a', 'an', 'on', 'at', 'by', 'for', 'to', 'from', 'with', 'between', 'among', 'across', 'since', 'during', 'after', 'before', 'within', 'overall', 'altogether', 'there', 'these', 'those', 'this', 'that', 'they', 'we', 'it', 'staff', 'inspectors', 'children', 'pupils', 'prisoners', 'residents', 'patients', 'learners', 'people', 'cases', 'fewer', 'more', 'less', 'than', 'least', 'most', 'up', 'down', 'nationally', 'locally', 'elsewhere', 'here']);

/** Words that open a sentence before its count ('Another 759', 'Only 12', 'Nearly 30'): determiners, hedges, links. */
const LEAD_WORDS = /^(?:another|only|just|some|each|every|nearly|almost|about|around|approximately|roughly|over|under|fewer|more|less|all|both|further|additional|exactly|precisely|perhaps|still|yet|then|so|but|while|whereas|however|also|even|overall|altogether|here|there|together|between|among|within|since|after|before|during|until|by|with|without|including|excluding|just|barely|almost|well|likewise|similarly|again|finally|first|second|third|lastly)$/i;

const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** People nouns that 'under' / 'over' / 'aged' after them turn into an age bound: 'men over 50', 'children under 5'. */
const PEOPLE_BEFORE =
  /\b(?:people|persons?|men|women|males?|females?|adults?|children|child|boys?|girls?|pupils?|students?|learners?|offenders?|prisoners?|detainees?|residents?|patients?|users?|youths?|young\s+(?:people|adults|men|women|offenders)|those|anyone|someone|individuals?|victims?|carers?|workers?|staff)\s+(?:(?:who\s+were|who\s+are|that\s+were|aged|of)\s+)?(?:under|over|below|above)\s+$/i;

/** A plural of an age group written on the number: 'under 25s', "the over-50s", '18s'. */
const AGE_PLURAL_AFTER = /^(?:'?s\b)/;

/** '-year-old(s)', ' year olds', '-year' (a 13-month period is a duration; '18-year-olds' an age). */
const AGE_AFTER = /^[-\u2010\u2011 ]?(?:years?|yrs?)[-\u2010\u2011 ]?olds?\b|^\s+years?\s+(?:old|of\s+age)\b/i;
const HYPHEN_UNIT_AFTER = /^[-\u2010\u2011](years?|months?|weeks?|days?|hours?|minutes?|mile|metre|point|bed|bedded|page|item|hour|star)(?:ly)?\b/i;

/** Verbs and nouns that make the number after them a telephone number: 'dialled 999', 'calls to 101', 'calls made to 999', 'came in on 999'. */
const PHONE_BEFORE = /\b(?:dial(?:l?ed|ling)?|ring(?:ing)?|rang|phon(?:ed|ing)|call(?:ed|ing)?|calls\s+(?:made\s+|placed\s+)?to|NHS|the|(?:came|come|coming|arrived)\s+in\s+(?:on|via|through))\s+$/i;
const PHONE_AFTER = /^\s+(?:calls?|numbers?|lines?|services?|emergency|operators?|call\s+handlers?)\b/i;
/** Words after a telephone number that show it is one ('ring 111 if unwell'), not a count ('the 101 reports'). */
const PHONE_TAIL = /^(?:if|and|or|to|for|when|in|on|at|from|immediately|instead|again|because|as|but|straight|first)$/;
const PHONE_NUMBERS = /^(?:999|911|112|111|101|116\s?123)$/;
/** After a verb of calling or 'calls to' (not 'the'), a relative or a verb after the number shows it too: 'calls to 101 that we sampled'. */
const PHONE_STRONG_BEFORE = /\b(?:dial(?:l?ed|ling)?|phon(?:ed|ing)|calls\s+(?:made\s+|placed\s+)?to)\s+$/i;
const PHONE_STRONG_TAIL = /^(?:that|which|were|was|are|is|had|have|during|over|within|by|with)$/;

/** Before a scale point: 'rated', 'scored', 'a score of', 'graded at'. */
const SCORE_BEFORE = /\b(?:(?:rated|rating|scored|scoring|graded|grading|marked|awarded|gave)(?:\s+(?:the|their|this|that|its|his|her|our)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?|\s+(?:it|them|us|him|her))?|score\s+of|scores\s+of|rating\s+of|mark\s+of|(?:scores?|ratings?|marks?)\s+(?:was|were|is|are))(?:\s*,)?\s+(?:at\s+|as\s+)?(?:an?\s+)?$/i;
/** After a scale point: the scale's top ('out of 4', '/5'), then no noun ('3 out of 4 services' counts services). */
const SCALE_OF_AFTER = /^\s*(?:out\s+of|\/)\s*(?:\d+|four|five|six|seven|ten)\b/i;
/** After a scale point or a scale's top: what may follow a score but not a count ('for leadership', 'overall', a full stop). */
const SCORE_TAIL = /^\s*(?:[,.;:)(]|(?:for|overall|on|in|against|across|and|at|by|from|with|under)\b|$)/i;
/** A quoted capitalised label right after a scale point: ' 'Very good'', ' "Excellent"'. */
const QUOTED_LABEL_AFTER = /^\s*['\u2018"\u201c][A-Z][a-z]+(?:\s+[a-z]+){0,3}['\u2019"\u201d]/;
/** A quoted label, then a comma and another figure with its quoted label: ''Outstanding', six 'Good''. */
const QUOTED_COUNT_LIST_AFTER = /^\s*['\u2018"\u201c][A-Z][a-z]+(?:\s+[a-z]+){0,3}['\u2019"\u201d]\s*,\s*(?:and\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty)\s+['\u2018"\u201c][A-Z]/i;
/** A second scale point joined to a quoted label before it: ''Very good' or ', '"Good" to ' (never 'and': '14 'Good' and 3 'Weak'' counts). */
const QUOTED_POINT_BEFORE = /['\u2019"\u201d]\s+(?:or|to)\s+$/;
/** The top of a scale written after the point: 'rated 3 out of 4' (the 4), 'on a scale of 1 to 5' (the 1 and the 5). */
const SCALE_TOP_BEFORE = /\b(?:(?:rated|scored|graded|gave)(?:\s+(?:the|their|this|that|its|his|her|our)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?|\s+(?:it|them|us|him|her))?|score\s+of|rating\s+of|rating\s*,)\s+(?:\d+|one|two|three|four|five)\s*(?:out\s+of|\/)\s*$|\bscale\s+(?:of\s+)?(?:(?:\d+|one|zero)\s*(?:to|-|\u2013)\s*)?$|\b(?:\d+|one|two|three|four|five)[-\u2010\u2011 ]point\s+scale\s+$/i;

/** After a number: a relative clause or verb that shows the 'one' is a pronoun ('had one in draft'). */
const ONE_AFTER_PRONOUN = /^\s*(?:in|at|on|for|by|to|from|that|which|who|and|or|but|yet|[,.;:)]|$)/i;
const ONE_BEFORE_DETERMINER = /\b(?:where|when|which|if|whether|no|any|every|each|the|this|that|than|such|a|only\s+the|not\s+a\s+single)\s+$/i;
const ONE_BEFORE_VERB =
  /\b(?:had|has|have|having|needed|needs|need|required|requires|received|receive|got|get|given|made|make|wanted|offered|held|hold|was|were|is|are|with|without|needing|requiring|holding|lacked|lacking)\s+$/i;
/** 'an out-of-date one', 'a new one': an article and one describing word (not one that counts on: 'a further one'). */
const ONE_BEFORE_ADJECTIVE = /\b(?:a|an|the)\s+(?!(?:further|additional|extra|more|other|remaining|last|final|single|total)\b)[a-z][a-z'-]*\s+$/i;
/** A frame of cases opened by 'in' just before: 'in 28 of them,', 'In 18 of those', 'in nine of the 12 files,'. */
const IN_CASES_BEFORE = /\bin\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:of|out\s+of)\s+(?:them|these|those|the\s+(?:\d[\d,]*\s+)?[a-z-]+(?:\s+[a-z-]+)?)\s*,?\s*$/i;
/** A verb straight after the 'one': the subject of a clause ('one had been completed', 'one was'). */
const ONE_VERB_AFTER = /^\s+(?:had|has|have|was|were|is|are|did|could|would|should)\b/i;
/** 'one-to-one', 'one-off', 'one-stop', 'one to one', 'one another': never a count of cases. */
/** After the first figure of a ratio: 'one in four', 'one in every five', 'one out of 10'. */
const RATIO_AFTER = /^\s+(?:in\s+(?:every\s+)?|out\s+of\s+)(?:\d|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|twenty\b|a\s+hundred\b)/i;
/** After a number: a rate, not a count of its own ('one for every force', '3 for each 100 prisoners'). */
const RATE_AFTER = /^\s+for\s+(?:every|each)\b/i;
const ONE_IDIOM_AFTER = /^(?:[-\u2010\u2011](?:to[-\u2010\u2011]one|off|stop|page)\b|\s+(?:to\s+one|another)\b)/i;

/** Before a bound of an age: 'aged', 'age', 'ages', 'between the ages of'. */
const AGED_BEFORE = /\b(?:aged|age|ages|ages\s+of|age\s+of|aged\s+between|between\s+the\s+ages\s+of)\s+(?:(?:between|under|over|below|above|at\s+least|at\s+most|up\s+to)\s+)?$/i;
/** Before an age reached: 'turned 18', 'turns 16', 'reached 18', 'reaching the age of 65'. */
const TURNED_BEFORE = /\b(?:turn(?:s|ed|ing)?|reach(?:es|ed|ing)?(?:\s+the\s+age\s+of)?)\s+$/i;
/** Words ending in s after an age that are not plural nouns: 'turned 18 as', 'turned 18 this'. */
const NOT_PLURAL_AFTER_AGE = /^(?:as|is|was|has|this|thus|plus|its|his|hers|theirs|us)$/;
/** After an age: '18 and over', '65 or older'. */
const AGE_BOUND_AFTER = /^\s+(?:and|or)\s+(?:over|above|older|under|younger)\b/i;

/** A share of a group just named, then an opening bracket: 'a third of them (', 'most of these ('. */
const SHARE_OF_GROUP_BEFORE = /\b(?:half|thirds?|quarters?|fifths?|tenths?|most|majority|all|some|many)\s+of\s+(?:them|these|those)\s*\(\s*$/i;

/** A duration that points back or on in time: 'two years earlier', 'six months ago'. */
const TIME_BACK_AFTER = /^\s+(?:years?|months?|weeks?|days?)\s+(?:earlier|ago|previously|later|before)\b/i;
/** Before the total of a part: 'k of the', 'k out of' (the part a figure or a number word). */
const PART_OF_BEFORE = /(?:\b\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty))\s+(?:of|out\s+of)\s+(?:the\s+|these\s+|those\s+)?$/i;
/** After a figure: a verb and an age of its own ('30 were aged 16', '30 (63%) were aged 16', '9 were over 65'): the figure counts people. */
const OWN_AGE_AFTER = /^(?:\s*\([^()]{1,24}\))?\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:aged|age|under|over|between|older|younger)\b/i;

/** Before an age: an open bound ('under 5', 'over 60', 'aged at least 18'), which no range goes on from. */
const OPEN_BOUND_BEFORE = /\b(?:under|over|below|above|at\s+least|at\s+most|up\s+to|older\s+than|younger\s+than)[-\u2010\u2011\s]+$/i;

const RANGE_LINK = /^\s*(?:to|and|or|[-\u2013\u2014])\s*$/i;

/**
 * The type of one number token of `text`: `start`/`end` are its span,
 * `value` and `word` what the scanner parsed. Linear: looks at a fixed
 * window around the token only.
 */
const SMALL = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})`;
/** 'one or two', 'two or three', 'three or more' after the number (not 'or 40%' or 'or 48.7%', a share restating it). */
const ROUGH_AFTER = new RegExp(String.raw`^\s+or\s+(?:${SMALL}\b(?![.,]\d|\s*(?:%|per\s?cent|percent))|more\b|fewer\b|over\b|above\b)`, 'i');
/** 'aged 16 or 17': the second bound of an age (`propagate` types it). */
const AGED_ROUGH_BEFORE = new RegExp(String.raw`\b(?:aged|ages?)\s+${SMALL}\s+or\s+$`, 'i');
/** 'one or two' before the number: its first figure. */
const ROUGH_BEFORE = new RegExp(String.raw`\b${SMALL}\s+or\s+$`, 'i');

/** Plural nouns of those counted, after a number that follows a colon: the number is a count of them. */
const COUNTED_AFTER_COLON = /^(?:people|persons|respondents|parents|carers|pupils|learners|students|children|young|staff|patients|residents|prisoners|men|women|adults|officers|cases|families|tenants)$/;

export function typeOfNumber(text: string, start: number, end: number, value: number, word: boolean): NumberType {
  if (!Number.isInteger(value)) return 'decimal';
  const raw = text.slice(start, end);
  const before = text.slice(Math.max(0, start - BEFORE), start);
  const after = text.slice(end, end + AFTER);
  const prevWord = /([A-Za-z][\w]*)\W*$/.exec(before)?.[1]?.toLowerCase();
  // A possessive apostrophe is no part of the word: "15 days' notice".
  const next = /^\s+([A-Za-z][\w'-]*)/.exec(after)?.[1]?.toLowerCase().replace(/'s?$/, '');

  if (word && value === 1 && onePronoun(before, after)) return 'pronoun';
  // 'Regulation 9', 'Regulation: 12'; but a number in words after a colon opens a list: 'with any regulation: nine were …'.
  // A label is never written with a thousands separator: 'at A level 22,550 went up' is a count.
  const grouped = /^\d{1,3}(?:,\d{3})+$/.test(raw);
  // ('answered the question: 104 people said …': a number after a colon with a plural noun of people or cases after it
  // opens the answer, a count, not the label's number.)
  const countAfterColon = /:\s*$/.test(before) && !!next && COUNTED_AFTER_COLON.test(next);
  if (!grouped && prevWord && LABEL_WORDS.has(prevWord) && labelBefore(prevWord).test(before) && !(word && /:\s*$/.test(before)) && !countAfterColon) return 'label';
  if (!grouped && prevWord && PLACE_LABEL_WORDS.has(prevWord) && /[A-Za-z] $/.test(before)) {
    // 'Ward 7', 'on ward 7, six …', 'Rule 45 was used': not 'on the ward 7 patients'.
    const cap = /([A-Za-z])[\w]*\W*$/.exec(before)?.[1];
    if ((cap && cap === cap.toUpperCase()) || !next || !/^[a-z]/.test(next) || /^(?:and|or|was|were|is|are|had|has|of|in|on|at|to|for|with|the|a|an)$/.test(next)) return 'label';
  }
  // 'questions 5 and 6', 'Outcomes 4 and 7', 'on day 14', 'Day 3 of': a plural label word or a day or week
  // of a sequence, when capitalised or when no noun follows the number ('each week 12 men' counts men).
  if (!grouped && prevWord && (PLURAL_LABELS.has(prevWord) || SEQUENCE_WORDS.has(prevWord)) && /[A-Za-z] $/.test(before) && !/\b(?:each|every|a|per|that|this|last|next|same|one|the)\s+[A-Za-z]+\s$/i.test(before)) {
    const cap = /([A-Za-z])[\w]*\W*$/.exec(before)?.[1];
    const open = /^\s*(?:[,.;:)]|$|(?:and|or|to)\b|\(\s*\d[\d.]*\s*(?:%|per\s?cent))/i.test(after) || (SEQUENCE_WORDS.has(prevWord) && /^\s+of\s+(?:the|a|an|his|her|their)\b/i.test(after));
    if (open || (cap && cap === cap.toUpperCase() && PLURAL_LABELS.has(prevWord) && (!next || !/^[a-z]+s$/.test(next)))) return 'label';
  }
  // 'on Houseblock 4 (37%)', 'at HMP Grendon 2', 'the Pathway 2 scheme': a number written right after a name
  // (a capitalised word after a preposition, an article or another name), with no noun after it, is
  // part of the name. Not after a grade, a category or a month ('Good 12 (40%)', 'Women 40', 'March 40').
  if (!word && !grouped && raw.length <= 3 && NAME_BEFORE.test(before) && NAME_TAIL.test(after)) {
    const name = NAME_BEFORE.exec(before)![1]!.toLowerCase();
    if (!NOT_NAMES.has(name) && !MONTH.test(name)) return 'label';
  }
  // At a sentence's start, only a singular name with the share's bracket right after: 'Pathway 2 (37%) was the
  // most used' (not 'Another 759 were', 'Men 40 (25%)').
  if (!word && !grouped && raw.length <= 3 && /^\s*\(\s*\d[\d.]*\s*(?:%|per\s?cent)/i.test(after)) {
    const m = /^\s*([A-Z][a-z][A-Za-z-]*)\s$/.exec(before);
    if (m && !/s$/.test(m[1]!) && !NOT_NAMES.has(m[1]!.toLowerCase()) && !LEAD_WORDS.test(m[1]!) && !MONTH.test(m[1]!.toLowerCase())) return 'label';
  }
  // 'Regulation 12(2)(g)', 'section 6(1)': a numbered sub-paragraph in brackets, written against its number.
  if (/(?:\d|\))\($/.test(before) && /^\)/.test(after) && raw.length <= 3) return 'label';
  // 'Regulations 6(1), 6(2) and 6(5)(b)': a number with a sub-paragraph written against it is a provision's
  // number ('20 (45%)' has a space and a share; '6(2)' neither).
  if (!word && raw.length <= 3 && /^\((?:\d{1,2}|[a-z]{1,4})\)(?!\s*%)/.test(after)) return 'label';
  // '0300 123 1231', '01632 960 001': a telephone number, written with a leading zero, and its later groups.
  if (!word && (/^0\d{2,}$/.test(raw) || (/^\d{3,4}$/.test(raw) && /(?:^|[^\d,.])0\d{2,4}(?:\s\d{3,4})?\s$/.test(before)))) return 'phone';
  // 'Year 11 pupils', 'Year 9': a school year (only capitalised: 'in the year 45 cases' is a count).
  if (/\bYears\s+$/.test(before) && value <= 14) return 'label';
  if (/\bYear\s+$/.test(before) && value <= 14) return 'label';
  if (/[£$€]\s*$/.test(before)) return 'money';
  // 'per 1,000 prisoners', 'per 100,000 residents': the base of a rate, never a group counted.
  if (/\bper\s+$/i.test(before)) return 'measure';
  // '1:1 support', 'a ratio of 1:4': a staffing ratio ('17:00' is a clock time, read below).
  if (!word && raw.length <= 2 && (/(?:^|[^\d:])\d{1,2}:$/.test(before) || /^:\d{1,2}(?![\d:])/.test(after)) && !/^:\d\d(?!\d)/.test(after) && !/\d:$/.test(before.replace(/\d{1,2}:$/, '')) && !(/\d:$/.test(before) && /^\d\d$/.test(raw))) return 'measure';
  // '17:00', '10.30am'.
  // A clock time is written with no space after the colon and two digits for the minutes: '2023: 40 full
  // inspections' is a year and a count after a colon.
  if ((/\d:$/.test(before) && /^\d\d$/.test(raw)) || (/^:\d\d(?!\d)/.test(after) && raw.length <= 2)) return 'time';
  // '2006/2007', '2021/22', '110-120': a year pair or a range.
  // A count then a spaced dash and a share is an apposition, not a range: '1,958 – 92.5% – were good'.
  // ('rose by 10 – 15 per cent' is a range of amounts.)
  // A range goes up: 'a total of 6,000 – 7% of the roll' is a whole and its share.
  const spacedShare = /^\s+[-\u2013]\s+(\d[\d,]*(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)/i.exec(after);
  const toShare = spacedShare !== null && (!/\b(?:by|from|between|of|to|up|down)\s+$/i.test(before) || Number(spacedShare[1]!.replace(/,/g, '')) < value);
  // A spaced dash after a year is an aside, not a range: 'completed 718 investigations during 2019/20 – 210 more
  // than the 508 we opened', 'in 2022 – 40 more than'.
  const afterYear = /(?:\b(?:19|20)\d\d\s*\/\s*\d\d|\b(?:in|during|since|by|for)\s+(?:19|20)\d\d)\s+[-\u2013\u2014]\s+$/i.test(before) && !yearLike(value, raw);
  // ('aged 12 to 17 – 57 boys and …': a spaced dash after the end of a range opens an aside; no range starts there.)
  const afterRange = /\d\s*(?:to|-|\u2013)\s*\d+\s+[\u2013\u2014-]\s+$/.test(before);
  if ((/\d\s*[-\u2013\/]\s*$/.test(before) || /^\s*[-\u2013\/]\s*\d/.test(after)) && !toShare && !afterYear && !afterRange) return yearLike(value, raw) || (/\b(?:19|20)\d\d\s*[-\u2013\/]\s*$/.test(before) && raw.length === 2) ? 'year' : 'range';
  if (/^\s*(?:st|nd|rd|th)\b/i.test(after)) return 'ordinal';
  // 'one or two of them', 'two or three visits', 'three or more features': a rough figure or a bound, not a count.
  // ('aged 16 or 17' is an age range: read as an age below, its second bound by `propagate`.)
  if ((ROUGH_AFTER.test(after) || ROUGH_BEFORE.test(before)) && !AGED_BEFORE.test(before) && !AGED_ROUGH_BEFORE.test(before)) return 'range';
  if (/^[.,]\d/.test(after)) return 'decimal';
  // Ages: 'aged 18 to 21', '18-year-olds', 'under 25s', 'men over 50'.
  if (AGED_BEFORE.test(before)) return 'age';
  // 'turned 18 during their order', 'reached 18 before': a birthday ('reached 500 learners' is a count).
  // A figure followed by 'of' or 'out of' is a part of a total ('reached 45 of the 60 families'), never an age.
  if (value <= 120 && TURNED_BEFORE.test(before) && !(next && /^[a-z]+s$/.test(next) && !NOT_PLURAL_AFTER_AGE.test(next)) && !/^\s+(?:of|out\s+of)\b/i.test(after)) return 'age';
  if (AGE_AFTER.test(after) || AGE_BOUND_AFTER.test(after)) return 'age';
  if (/\b(?:under|over)[-\u2010\u2011 ]?$/i.test(before) && AGE_PLURAL_AFTER.test(after)) return 'age';
  if (!word && AGE_PLURAL_AFTER.test(after) && /\b(?:the|aged)\s+$/i.test(before) && value >= 10 && value <= 99) return 'age';
  if (PEOPLE_BEFORE.test(before) && (!next || /^(?:and|or|to|in|at|on|who|were|was|had|have|are|is)$/.test(next))) return 'age';
  if (/\b(?:under|over)\s+$/i.test(before) && /^\s*(?:[(),.;]|$)/.test(after)) return 'age';
  // Telephone and service numbers: '999 calls', 'dialled 999', 'the 101 line'.
  if (!word && PHONE_NUMBERS.test(raw) && (PHONE_AFTER.test(after) || (PHONE_BEFORE.test(before) && (!next || PHONE_TAIL.test(next) || (PHONE_STRONG_BEFORE.test(before) && PHONE_STRONG_TAIL.test(next)))))) return 'phone';
  // A year is never written with a thousands separator: '2,000' is a count. Nor is the count of a share of a
  // group given alone in brackets: 'a third of them (1978) have been graded'.
  if (!word && yearLike(value, raw) && !(SHARE_OF_GROUP_BEFORE.test(before) && /^\s*\)/.test(after)) && !/^\s+(?:cases|offenders|people|staff|reports|victims|children|pupils|prisoners|men|women|adults|incidents|referrals|complaints|visits|calls)\b/i.test(after)) return 'year';
  // A year of the nineteenth century after a preposition of time and closing its phrase: 'designed for in 1842',
  // 'open since 1877.' ('in 1842 cases' counts cases.)
  if (!word && value >= 1800 && value < 1900 && /^\d{4}$/.test(raw) && /\b(?:in|since|of|until|from)\s+$/i.test(before) && /^\s*(?:[),.;:]|$)/.test(after)) return 'year';
  // Dates: '31 March', 'March 31'.
  if (prevWord && MONTH.test(prevWord) && /[A-Za-z]\s+$/.test(before) && value >= 1 && value <= 31) return 'date';
  // Scale points: 'rated 3 out of 4', 'scored 2 for leadership', and the scale's top.
  if (value <= 10 && SCORE_BEFORE.test(before)) {
    const top = SCALE_OF_AFTER.exec(after);
    if (top ? SCORE_TAIL.test(after.slice(top[0].length)) : SCORE_TAIL.test(after)) return 'score';
  }
  if (value <= 10 && SCALE_TOP_BEFORE.test(before) && SCORE_TAIL.test(after)) return 'score';
  // A scale point named by its quoted label: 'graded 5 'Very good' or 6 'Excellent'', 'awarded 2 "Weak"'.
  // (Not the first of a list of counts by quoted grade, 'we rated one 'Outstanding', six 'Good', …': a count.)
  if (value <= 10 && QUOTED_LABEL_AFTER.test(after) && (SCORE_BEFORE.test(before) || QUOTED_POINT_BEFORE.test(before)) && !QUOTED_COUNT_LIST_AFTER.test(after)) return 'score';
  const hyphen = HYPHEN_UNIT_AFTER.exec(after);
  if (hyphen) return /^(?:mile|metre|point|bed|bedded|page|item|star)$/i.test(hyphen[1]!) ? 'measure' : 'duration';
  // 'over the four and a half years', 'two and a half days': the unit after the half is the number's.
  const half = /^\s+and\s+a\s+half\s+([a-z]+)\b/i.exec(after);
  if (half && UNIT_TYPES.get(half[1]!.toLowerCase()) === 'duration') return 'duration';
  if (next) {
    const unit = UNIT_TYPES.get(next);
    // '168 day and night shifts', '40 night shifts', '12 day staff': 'day' or 'night' naming a kind of shift
    // or of staff, before the noun the number counts, is no duration.
    // 'on 5 of the 16 nights we reviewed', 'in three of the 12 weeks': the total of a count of days or
    // weeks counts them (a period is 'within 16 nights', 'the last 12 weeks').
    // ('three times the 2,120 of two years earlier': a time back from now after 'of', with no 'the', is a duration.)
    if (unit === 'duration' && PART_OF_BEFORE.test(before) && !(TIME_BACK_AFTER.test(after) && !/\b(?:the|these|those)\s+$/i.test(before))) return 'count';
    if (unit && !shiftKindAfter(after)) return unit;
  }
  if (/^\s*\+/.test(after)) return 'range';
  if (RATE_AFTER.test(after)) return 'frequency';
  return 'count';
}

function yearLike(value: number, raw: string): boolean {
  return value >= 1900 && value <= 2100 && !raw.includes(',') && /^\d{4}$/.test(raw);
}

function onePronoun(before: string, after: string): boolean {
  if (ONE_IDIOM_AFTER.test(after)) return true;
  // The second 'one' of 'one-to-one', 'one to one'.
  if (/\bone(?:[-\u2010\u2011]to[-\u2010\u2011]|\s+to\s+)$/i.test(before)) return true;
  // 'fewer than one in four', 'more than one out of ten': the first figure of a ratio, whatever comes before.
  if (RATIO_AFTER.test(after)) return false;
  // 'in 40 of the 52 cases where one was required', 'more than one officer', 'no one'.
  if (ONE_BEFORE_DETERMINER.test(before)) return true;
  // 'In 28 of them, one had been completed': after a frame of cases opened by 'in', the subject of its clause
  // is one thing in each case ('Of the 20 cases, one had …' counts a case).
  if (IN_CASES_BEFORE.test(before) && ONE_VERB_AFTER.test(after)) return true;
  // 'a further four had one in draft', 'those who needed one': after a verb, with no noun after it.
  if (ONE_BEFORE_VERB.test(before) && ONE_AFTER_PRONOUN.test(after)) return true;
  // 'no plan or an out-of-date one,', 'a new one.': an article, a describing word, and no noun after it.
  if (ONE_BEFORE_ADJECTIVE.test(before) && ONE_AFTER_PRONOUN.test(after)) return true;
  return false;
}

/**
 * The second pass over a sentence's tokens: the other end of a range takes
 * the type of the first ('aged 18 to 21', 'aged 16 (25%) and 17 (40%)',
 * 'between 2019 and 2021', 'four to seven-year-olds' read backwards from the
 * age). Only ages, years and dates spread, only to a larger number, only across 'to', 'and', 'or' or a
 * dash (with a bracketed share between), and never to a number followed by a
 * noun or 'of' ('aged 18 and 12 of them').
 */
export function propagate(text: string, toks: Tok[]): void {
  // Forward: 'aged 18 to 21', 'aged 16 (25%) and 17 (40%)', 'between 2019 and 2021'.
  let last: Tok | undefined;
  for (const t of toks) {
    if (t.kind !== 'num') continue;
    const a = last;
    last = t;
    if (!a || t.type !== 'count' || (a.type !== 'age' && a.type !== 'year' && a.type !== 'date')) continue;
    // A financial or academic year written out, 'in 2015 to 16': the next year's last two digits.
    if (a.type === 'year' && /^\d\d$/.test(t.raw) && t.value === (a.value + 1) % 100 && /^\s*(?:to|[-\u2013\u2014/])\s*$/i.test(text.slice(a.end, t.start)) && !nounOrOfAfter(text, t.end)) {
      setType(t, 'year');
      continue;
    }
    // A year is never written with a thousands comma: 'from 2,451 in 2021 to 2,072' ends no range of years.
    if (a.type === 'year' && /,/.test(t.raw)) continue;
    // The other end is larger ('aged under 18 and 9 were 65 or older' counts the 9).
    // An open bound is no end of a range: 'a child under 5 and 30 (50%) involved …' counts the 30.
    if (a.type === 'age' && OPEN_BOUND_BEFORE.test(text.slice(Math.max(0, a.start - 24), a.start))) continue;
    // After 'to' or a dash an age range's second figure is its end whatever preposition follows ('aged 15 to 17 in the sample').
    const toEnd = a.type === 'age' && /^\s*(?:to|[-\u2013\u2014])\s*$/i.test(text.slice(a.end, t.start)) && /^\s+(?:in|at|on|from|across|during|within|who|when|where|living|held|placed)\b/i.test(text.slice(t.end, t.end + 12));
    // 'and 30 were aged 16 or 17': a figure with an age of its own after its verb counts those of that age.
    if (linked(text.slice(a.end, t.start)) && (toEnd || !nounOrOfAfter(text, t.end)) && !OWN_AGE_AFTER.test(text.slice(t.end, t.end + AFTER)) && t.value > a.value && t.value <= (a.type === 'year' ? 2100 : a.type === 'date' ? 31 : 120)) setType(t, a.type);
  }
  // Labels in a list: 'Regulations 12 and 17', 'standards 1, 2 and 3', 'sections 20 to 25', 'Phase 1 and 2'
  // (a comma only inside a list that goes on: 'Against Regulation 12, 9 were compliant' counts the 9).
  last = undefined;
  for (const t of toks) {
    if (t.kind !== 'num') continue;
    const a = last;
    last = t;
    if (!a || a.type !== 'label' || t.type !== 'count' || t.word || t.value >= 1000 || /,/.test(t.raw)) continue;
    const gap = text.slice(a.end, t.start);
    const after = text.slice(t.end, t.end + AFTER);
    const and = /^\s*(?:and|or|to|&|[-\u2013])\s*$/i.test(gap) || /^\s*,\s*(?:and|or)\s+$/i.test(gap);
    const comma = /^\s*,\s*$/.test(gap) && /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)\d/.test(after);
    const next = /^\s+([A-Za-z][\w'-]*)/.exec(after)?.[1]?.toLowerCase();
    const openAfter = !next || /^(?:and|or|to|of|in|on|at|for|by|with|from|were|was|is|are|had|has|have|which|that|where|when)$/.test(next) || /^\s*[,.;:)(]/.test(after);
    // 'at level 2 and 3 at level 3, and 12 of the 21 (57%)': a figure right before 'of the n', n a count no
    // smaller than it, is the part of a pair, not one more label of the list.
    const of = /^\s+(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|its\s+|our\s+|their\s+)?(?=\d)/i.exec(after);
    const whole = of ? toks.find((x) => x.kind === 'num' && x.start === t.end + of[0].length) : undefined;
    if (whole && whole.type === 'count' && whole.value >= t.value) continue;
    if ((and || comma) && openAfter) setType(t, 'label');
  }
  // Scale points in a list: 'graded 5 (very good) or 6 (excellent)', 'graded 5 or 6': the next point after 'or' or 'and'.
  last = undefined;
  for (const t of toks) {
    if (t.kind !== 'num') continue;
    const a = last;
    last = t;
    if (!a || a.type !== 'score' || t.type !== 'count' || t.value > 10 || !Number.isInteger(t.value)) continue;
    if (!/^\s*(?:\([^()\d]{1,30}\))?\s*(?:,\s*)?(?:or|and|to)\s*$/i.test(text.slice(a.end, t.start))) continue;
    const after = text.slice(t.end, t.end + AFTER);
    if (/^\s*(?:\([^()\d]{1,30}\)|[,.;:]|$|\s(?:for|in|on|at|across|by)\b)/i.test(after)) setType(t, 'score');
  }
  // Backward: 'four to seven-year-olds', '10 to 17-year-olds', 'between 20 and 29 October': the first bound of an age or date range.
  for (let i = toks.length - 1; i > 0; i--) {
    const b = toks[i]!;
    const a = toks[i - 1]!;
    if (b.kind !== 'num' || (b.type !== 'age' && b.type !== 'date') || a.kind !== 'num' || a.type !== 'count') continue;
    const gap = text.slice(a.end, b.start);
    if (/^[-\u2010\u2011]?\s*(?:to|and|-|\u2013)\s*$/i.test(gap) && a.value < b.value) setType(a, b.type);
  }
  // 'between 29 and 90 days', 'between 10 and 30 minutes': the first bound of a band of a duration or measure.
  for (let i = toks.length - 1; i > 0; i--) {
    const b = toks[i]!;
    const a = toks[i - 1]!;
    if (b.kind !== 'num' || (b.type !== 'duration' && b.type !== 'measure') || a.kind !== 'num' || a.type !== 'count') continue;
    if (/\bbetween\s+$/i.test(text.slice(Math.max(0, a.start - 9), a.start)) && /^\s*and\s*$/i.test(text.slice(a.end, b.start)) && a.value < b.value) setType(a, b.type);
    // 'rose from 28 to 48 days', 'fell from 14 to 9.5 hours': a change's first level, its unit left to the second.
    else if (/\bfrom\s+$/i.test(text.slice(Math.max(0, a.start - 6), a.start)) && /^\s+to\s+$/i.test(text.slice(a.end, b.start)) && b.type === 'duration') setType(a, b.type);
    // '61 for six to 12 months', 'within 6-12 weeks': a band of a length of time after a preposition of time.
    else if (b.type === 'duration' && /\b(?:for|within|after|lasting|taking|of)\s+$/i.test(text.slice(Math.max(0, a.start - 9), a.start)) && /^\s*(?:to|[-\u2013])\s*$/i.test(text.slice(a.end, b.start)) && a.value < b.value) setType(a, b.type);
  }
}

function setType(t: Tok, type: NumberType): void {
  t.type = type;
  t.notCount = type !== 'count';
}

/**
 * Between two bounds of one range: 'to', 'and', 'or' or a dash; a bracketed share may sit between
 * ('16 (25%) and 17'). Never a comma: 'aged 18 to 21, 12 (40%) had a job' counts the 12.
 */
function linked(gap: string): boolean {
  return RANGE_LINK.test(gap.replace(/\(\s*[\d.]+\s*(?:%|per\s?cent|percent)\s*\)/gi, ' '));
}

/** A noun or 'of' after a number ('12 of them', '12 young people'): a count, not the end of a range. */
function nounOrOfAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + AFTER);
  if (AGE_AFTER.test(after) || AGE_PLURAL_AFTER.test(after)) return false;
  const next = /^\s+([A-Za-z][\w'-]*)/.exec(after)?.[1]?.toLowerCase();
  if (!next) return false;
  if (UNIT_TYPES.has(next)) return false;
  return !/^(?:and|or|to|inclusive|respectively|were|was|had|have|are|is|who|made|accounted|formed|represented)$/.test(next);
}

/** Whether a token is a quantity (a count, a percentage or a fraction), not a year, age, label or the like. */
export function isQuantity(t: Tok): boolean {
  return t.kind !== 'num' || !t.notCount;
}

/** The quantities of a sentence: its tokens without the numbers that are not quantities. */
export function quantitiesOf(toks: readonly Tok[]): Tok[] {
  return toks.filter(isQuantity);
}

/** What follows 'N times' when it is a multiple: a comparison ('three times as many', 'four times higher', 'twice the rate'). */
const MULTIPLE_AFTER = /^\s*(?:as|more|less|fewer|higher|lower|greater|larger|bigger|smaller|likelier|faster|slower|longer|the|that|than|over|above|what|their|its|his|her|this|those|these)\b/i;

/**
 * Whether 'N times' ending at `end` is a multiple ('three times as many
 * falls', 'four times the national rate') rather than a frequency, a count of
 * occurrences ('force was used 12 times in 40 incidents').
 */
export function timesIsMultiple(text: string, end: number): boolean {
  return MULTIPLE_AFTER.test(text.slice(end, end + AFTER));
}
