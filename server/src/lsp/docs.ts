/**
 * Where the rule docs (`docs/rules/<family>/<name>.md`) are, as a file URI
 * folder. The server runs either compiled (`out/server/src/lsp/main.js`,
 * docs four levels up) or bundled (`dist/server.cjs`, docs one level up):
 * the nearest `docs/rules` above the running script wins. When none exists
 * (docs not generated), the layout decides.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export function rulesDocsFolder(scriptDir: string, exists: (p: string) => boolean = existsSync): string {
  let dir = path.resolve(scriptDir);
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'docs', 'rules');
    if (exists(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  // Compiled output sits under `<root>/out/`; a bundle sits one folder below the root.
  const parts = path.resolve(scriptDir).split(path.sep);
  const out = parts.lastIndexOf('out');
  const root = out > 0 ? parts.slice(0, out).join(path.sep) || path.sep : path.dirname(path.resolve(scriptDir));
  return path.join(root, 'docs', 'rules');
}

function scriptDir(): string {
  try {
    return path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return path.dirname(path.resolve(process.argv[1] ?? '.'));
  }
}

/** The docs folder of the running server, as a file URI ending in `/`. */
export function rulesDocsBase(): string {
  const href = pathToFileURL(rulesDocsFolder(scriptDir())).href;
  return href.endsWith('/') ? href : `${href}/`;
}
