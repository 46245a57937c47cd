/**
 * Trimming without regular expressions. A pattern such as `/\s+$/` is tried
 * at every start position of a run of white space and scans the run each
 * time, so a long run not at the end of the string costs its length squared.
 * These helpers scan once.
 */

/**
 * Characters examined by the helpers below since the start: a test-only
 * operation count (test/robustness/growth.test.ts doubles an input and
 * compares counts, which no load on the machine can disturb).
 */
export const spaceSteps = { count: 0 };

function isWhite(c: number): boolean {
  spaceSteps.count++;
  // The characters of the regular expression class \s.
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The end of `s` without trailing white space (what `s.replace(/\s+$/, '').length` is). */
export function endWithoutSpace(s: string, end = s.length): number {
  while (end > 0 && isWhite(s.charCodeAt(end - 1))) end--;
  return end;
}

/** `s` without trailing white space (`s.replace(/\s+$/, '')`). */
export function trimEndSpace(s: string): string {
  const end = endWithoutSpace(s);
  return end === s.length ? s : s.slice(0, end);
}

/** `s` without trailing spaces and tabs (`s.replace(/[ \t]+$/, '')`). */
export function trimEndBlank(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) {
    spaceSteps.count++;
    end--;
  }
  return end === s.length ? s : s.slice(0, end);
}

/** A heading's text without its closing hashes (`/[ \t]+#+[ \t]*$/`) and trailing blanks. */
export function headingText(s: string): string {
  let t = trimEndBlank(s);
  let end = t.length;
  while (end > 0 && t.charCodeAt(end - 1) === 35 /* # */) end--;
  if (end < t.length && end > 0 && (t.charCodeAt(end - 1) === 32 || t.charCodeAt(end - 1) === 9)) t = t.slice(0, end);
  return trimEndBlank(t);
}

/** A label without a trailing colon and the space around it (`s.replace(/\s*:\s*$/, '')`). */
export function withoutTrailingColon(s: string): string {
  const end = endWithoutSpace(s);
  if (end === 0 || s.charCodeAt(end - 1) !== 58 /* : */) return s;
  return s.slice(0, endWithoutSpace(s, end - 1));
}

/** A table cell's value without the pipes and white space around it (`/^[\s|]+|[\s|]+$/g`). */
export function trimCell(s: string): string {
  let start = 0;
  let end = s.length;
  const skip = (c: number) => c === 124 /* | */ || isWhite(c);
  while (start < end && skip(s.charCodeAt(start))) start++;
  while (end > start && skip(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}
