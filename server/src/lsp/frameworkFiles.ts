/**
 * Framework files near a report, for completion after `framework:`: YAML or
 * JSON files in the report's folder and its subfolders (two levels down, the
 * usual `frameworks/` layout) that validate as frameworks. Bounded (files,
 * size, depth), cached by path and modification time; never throws.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadFramework } from '../core/index.js';

export interface FrameworkFileChoice {
  /** Relative to the report's folder, starting with `./`. */
  ref: string;
  id: string;
  name: string;
}

const SKIP = new Set(['node_modules', '.git', 'out', 'dist', '.cache', '.vscode-test']);
const MAX_FILES = 200;
const MAX_BYTES = 256 * 1024;
const cache = new Map<string, { mtime: number; id?: string; name?: string }>();

export function frameworkFilesNear(reportUri: string): FrameworkFileChoice[] {
  let dir: string;
  try {
    if (!reportUri.startsWith('file:')) return [];
    dir = path.dirname(fileURLToPath(reportUri));
  } catch {
    return [];
  }
  const files: string[] = [];
  const walk = (d: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (files.length >= MAX_FILES) return;
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (depth < 2 && !SKIP.has(e.name) && !e.name.startsWith('.')) walk(p, depth + 1);
      } else if (/\.(ya?ml|json)$/i.test(e.name) && e.name !== 'package.json' && e.name !== 'package-lock.json') files.push(p);
    }
  };
  walk(dir, 0);
  const out: FrameworkFileChoice[] = [];
  for (const file of files) {
    try {
      const st = fs.statSync(file);
      if (st.size > MAX_BYTES) continue;
      let hit = cache.get(file);
      if (!hit || hit.mtime !== st.mtimeMs) {
        const r = loadFramework(fs.readFileSync(file, 'utf8'), pathToFileURL(file).toString());
        hit = { mtime: st.mtimeMs, id: r.framework?.id, name: r.framework?.data.name };
        if (cache.size > 512) cache.clear();
        cache.set(file, hit);
      }
      if (!hit.id) continue;
      const rel = path.relative(dir, file).split(path.sep).join('/');
      out.push({ ref: rel.startsWith('.') ? rel : `./${rel}`, id: hit.id, name: hit.name ?? hit.id });
    } catch {
      // An unreadable file is simply not offered.
    }
  }
  return out.sort((a, b) => a.ref.localeCompare(b.ref));
}
