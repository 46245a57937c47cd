/** The registry of built-in frameworks beyond hmip-omi-2007 (load.ts reads it). */
import type { FrameworkInput } from '../schema.js';
import { cqcSaf2024 } from './cqc-saf-2024.js';

export const MORE_BUILTIN_FRAMEWORKS: FrameworkInput[] = [cqcSaf2024];
