/** The rating/ rules: ratings that follow from figures, overall ratings, rating sentences, mixed summary tables. */
import type { Rule } from '../rule.js';
import { rule as derivedMismatch } from './derived-mismatch.js';
import { rule as overallMismatch } from './overall-mismatch.js';
import { rule as sentenceMismatch } from './sentence-mismatch.js';
import { rule as summaryMismatch } from './summary-mismatch.js';

export const RATING_RULES: Rule[] = [derivedMismatch, overallMismatch, sentenceMismatch, summaryMismatch];
