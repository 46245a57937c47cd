#!/usr/bin/env node
/**
 * Bundles the VS Code extension for the .vsix with esbuild:
 *
 *   client/src/extension.ts  ->  dist/extension.cjs   (package.json "main")
 *   server/src/lsp/main.ts   ->  dist/server.cjs      (started by the client over IPC)
 *   client/src/frameworks.ts ->  dist/frameworks.cjs  (loaded by the New Report command)
 *   client/src/render.ts     ->  dist/render.cjs      (preview, dashboard, exports; loaded on first use)
 *
 * All are CommonJS for Node 20: VS Code 1.100 loads a `.cjs` main with
 * require() even though package.json says "type": "module" (it imports a main
 * as ESM only when it ends in .mjs, or in .js with "type": "module"). `vscode`
 * stays external; everything else (vscode-languageclient, the server and its
 * dependencies) is inlined, so the .vsix needs no node_modules.
 *
 * Sources are ESM; code that reads `import.meta.url` gets the bundle's own
 * file URL through a banner variable.
 *
 * Usage: node scripts/bundle.mjs            production: minified, no source maps
 *        node scripts/bundle.mjs --dev      readable, with source maps
 *        node scripts/bundle.mjs --watch    --dev, rebuilding on change (the F5 task;
 *                                           prints "bundle: build started/finished")
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const dev = watch || args.has('--dev');

/** Output name (dist/<name>.cjs) -> entry point. */
const entryPoints = {
  extension: 'client/src/extension.ts',
  server: 'server/src/lsp/main.ts',
  frameworks: 'client/src/frameworks.ts',
  render: 'client/src/render.ts', // preview decoration, dashboard and exports, loaded on first use
};

for (const entry of Object.values(entryPoints)) {
  if (!existsSync(path.join(root, entry))) {
    console.error(`bundle: ${entry} does not exist`);
    process.exit(1);
  }
}

/** @type {import('esbuild').Plugin} */
const progress = {
  name: 'progress',
  setup(build) {
    build.onStart(() => console.log('bundle: build started'));
    build.onEnd((result) =>
      console.log(`bundle: build finished with ${result.errors.length} error(s) and ${result.warnings.length} warning(s)`),
    );
  },
};

/** @type {import('esbuild').BuildOptions} */
const options = {
  absWorkingDir: root,
  entryPoints,
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  banner: { js: "const __import_meta_url = require('url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__import_meta_url' },
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  sourcesContent: false,
  // Licence comments of bundled packages go to dist/*.LEGAL.txt, which ships in the .vsix.
  legalComments: dev ? 'inline' : 'external',
  logLevel: 'warning',
  plugins: watch ? [progress] : [],
};

rmSync(path.join(root, 'dist'), { recursive: true, force: true });

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  const result = await esbuild.build(options);
  if (result.errors.length > 0) process.exit(1);
  for (const name of Object.keys(entryPoints)) {
    const size = statSync(path.join(root, 'dist', `${name}.cjs`)).size;
    console.log(`bundle: dist/${name}.cjs ${(size / 1024).toFixed(0)} KiB${dev ? ' (dev)' : ''}`);
  }
}
