/**
 * Reading the files the tools read (reports and framework files), for the
 * CLI and the language server alike, with the checks that the core cannot
 * make because it does no I/O:
 *
 * - only regular files: a FIFO would block forever, a device (`/dev/zero`)
 *   never ends; both are refused before any read, directly or through a link;
 * - a size cap, checked on the open file (no read of a 200 MB file);
 * - confinement: a framework file named by a report must resolve, after
 *   symlinks, inside an allowed folder (the workspace folder, or the report's
 *   folder or the working folder for the CLI, plus what the user allows).
 *
 * Every function returns a reason instead of throwing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Bytes read at most from a report (the core's own limit on characters is lower). */
export const DEFAULT_MAX_REPORT_BYTES = 32 * 1024 * 1024;
/** Bytes read at most from a framework file. */
export const DEFAULT_MAX_FRAMEWORK_BYTES = 8 * 1024 * 1024;

export type ReadOutcome = { ok: true; text: string; file: string } | { ok: false; reason: string };

function kindOf(st: fs.Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  if (st.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/**
 * Reads a regular file as UTF-8, at most `maxBytes`. Opens without blocking
 * (a FIFO would wait for a writer), then checks the open file itself, so that
 * a file swapped between the check and the read is still checked.
 */
export function readRegularFile(file: string, maxBytes: number): ReadOutcome {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: `it is ${kindOf(st)}, not a regular file` };
    if (st.size > maxBytes) return { ok: false, reason: `it has ${st.size} bytes, more than the limit of ${maxBytes}` };
    const buf = Buffer.alloc(st.size);
    let got = 0;
    while (got < st.size) {
      const n = fs.readSync(fd, buf, got, st.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return { ok: true, text: buf.toString('utf8', 0, got), file };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'there is no such file' : code === 'EACCES' ? 'permission denied' : (err as Error).message };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The real path of a folder, or the folder as it is when it does not exist. */
export function realFolder(dir: string): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}

/** Whether `file` is `dir` or inside it (both real, absolute paths). */
export function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export type ConfineOutcome = { ok: true; file: string } | { ok: false; reason: string };

/**
 * Where a framework path written in a report leads, after symlinks, when that
 * is inside one of the allowed folders. Paths are relative to the report.
 */
export function confine(ref: string, reportFile: string, allowed: readonly string[]): ConfineOutcome {
  const target = path.resolve(path.dirname(reportFile), ref);
  let real: string;
  try {
    real = fs.realpathSync(target);
  } catch {
    return { ok: false, reason: 'there is no such file' };
  }
  const roots = allowed.map(realFolder);
  if (roots.some((r) => isInside(real, r))) return { ok: true, file: real };
  const shown = roots.length === 1 ? roots[0] : `any of ${roots.join(', ')}`;
  return { ok: false, reason: `it resolves to a file outside ${shown}, which is not read (allow more folders with the setting inspectionReport.security.allowReadFrom or the flag --allow-read)` };
}

/** Confines, then reads a framework file. */
export function readFrameworkFile(ref: string, reportFile: string, allowed: readonly string[], maxBytes = DEFAULT_MAX_FRAMEWORK_BYTES): ReadOutcome {
  const where = confine(ref, reportFile, allowed);
  if (!where.ok) return where;
  return readRegularFile(where.file, maxBytes);
}
