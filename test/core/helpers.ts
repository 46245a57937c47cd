import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SEED_PATH = path.join(ROOT, 'seeds/sussex-2007.inspection.md');
export const seedText = (): string => fs.readFileSync(SEED_PATH, 'utf8');

/** 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** 1-based line of the first occurrence of a needle (throws when absent, so tests cannot pass vacuously). */
export function lineOfText(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`fixture text not found: ${needle}`);
  return lineOf(text, at);
}
