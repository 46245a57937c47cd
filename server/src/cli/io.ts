/**
 * The CLI's file access and output, made safe (issue 10): framework files
 * confined to the report's folder or the working folder (plus `--allow-read`
 * folders), reports and framework files read only when they are regular files
 * within a size cap, symlinked reports followed only to regular files, and a
 * closed standard output (`| head`) ending the output quietly, with the exit
 * code the findings deserve.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AnalyzeOptions, FrameworkRefusal, FrameworkSource } from '../core/analyze.js';
import { DEFAULT_MAX_REPORT_BYTES, readFrameworkFile, readRegularFile } from '../io/files.js';

/** Folders given with `--allow-read`, beyond the report's folder and the working folder. */
const allowedExtra: string[] = [];

export function allowRead(dirs: readonly string[]): void {
  for (const d of dirs) allowedExtra.push(path.resolve(d));
}

/** The folders allowed so far (absolute), for the workers of the pool. */
export function allowedReadFolders(): string[] {
  return [...allowedExtra];
}

/** Reads framework files relative to the report, confined and checked. */
export function confinedFrameworkResolver(): NonNullable<AnalyzeOptions['resolveFramework']> {
  return (ref: string, reportUri: string): FrameworkSource | FrameworkRefusal | undefined => {
    let report: string;
    try {
      report = fileURLToPath(reportUri);
    } catch {
      return undefined;
    }
    // An absolute path given on the command line (--framework) is the user's own choice.
    const allowed = [path.dirname(report), process.cwd(), ...allowedExtra];
    const read = readFrameworkFile(ref, report, allowed);
    if (!read.ok) return { refused: read.reason };
    return { uri: pathToFileURL(path.resolve(path.dirname(report), ref)).href, text: read.text };
  };
}

/** Reads a report: a regular file within the size cap, or an Error that says why not. */
export function readReport(file: string): string {
  const read = readRegularFile(file, DEFAULT_MAX_REPORT_BYTES);
  if (!read.ok) throw new Error(read.reason);
  return read.text;
}

/** Where notes about skipped files go (standard error; tests replace it). */
export let warn = (s: string): void => void process.stderr.write(s);
export function setWarn(fn: (s: string) => void): void {
  warn = fn;
}

/**
 * A symlink met while scanning a folder: followed when it leads to a regular
 * file (never to a folder, which could loop), otherwise skipped with a note.
 */
export function followLink(p: string): boolean {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    warn(`inspection-check: skipped ${p}: a symlink to nothing\n`);
    return false;
  }
  if (st.isFile()) return true;
  warn(`inspection-check: skipped ${p}: a symlink to ${st.isDirectory() ? 'a folder (links to folders are not followed)' : 'something that is not a regular file'}\n`);
  return false;
}

let guarded = false;

/**
 * A closed standard output (`inspection-check | head`) raises EPIPE: stop
 * writing, quietly, and keep the exit code the findings deserve.
 */
export function guardStdout(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') {
      process.stdout.write = (() => true) as typeof process.stdout.write;
      return;
    }
    process.stderr.write(`inspection-check: cannot write the output: ${err.message}\n`);
    process.exitCode = 2;
  });
}
