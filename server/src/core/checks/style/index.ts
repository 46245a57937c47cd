/** The style/ rules: house style for numbers, off unless a framework's `style` or a setting enables them. */
import type { Rule } from '../rule.js';
import { rule as percent } from './percent.js';
import { rule as rangeTo } from './range-to.js';
import { rule as sentenceStart } from './sentence-start.js';
import { rule as smallNumbers } from './small-numbers.js';

export const STYLE_RULES: Rule[] = [percent, smallNumbers, sentenceStart, rangeTo];
