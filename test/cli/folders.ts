/**
 * Temporary folders of report files for CLI tests: one root per suite,
 * created before its tests and removed after them, and a fresh numbered
 * folder per case.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Registers `before`/`after` hooks in the calling suite; returns the function that writes a case's folder. */
export function tempFolders(prefix: string): (files: Record<string, string>) => string {
  let tmp = '';
  let n = 0;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  return (files) => {
    const dir = path.join(tmp, `case-${++n}`);
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    return dir;
  };
}
