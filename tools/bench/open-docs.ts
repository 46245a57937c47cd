/**
 * Many large open documents in the real language server over stdio (issue
 * 10, point 11): opens N documents (default 50) of about K KB each (default
 * 1024), copies of the seed's sections under a generated framework
 * (`generateLargeReport`, each copy with its own title so no two texts are
 * the same), waits until every one has its diagnostics, then asks for the
 * first one's symbols and for workspace symbols (every open document), and
 * prints the time taken and the server's RSS (VmRSS) and peak (VmHWM) after
 * each step, with the load average. A measurement, not a timed test.
 *
 *   node out/tools/bench/open-docs.js [--docs N] [--kb K] [--no-workspace-symbol] [--server PATH/TO/bin/inspection-language-server.js]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateLargeReport } from './generate.js';
import { LspSession } from './lsp.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  const docs = Number(arg('--docs', '50'));
  const kb = Number(arg('--kb', '1024'));
  const seed = fs.readFileSync(path.join(ROOT, 'seeds/sussex-2007.inspection.md'), 'utf8');
  const g = generateLargeReport(seed, { targetChars: kb * 1024 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-open-docs-'));
  fs.writeFileSync(path.join(dir, 'bench-framework.yaml'), g.frameworkYaml);
  const session = LspSession.start(path.resolve(arg('--server', path.join(ROOT, 'bin/inspection-language-server.js'))));
  const t0 = Date.now();
  const line = (what: string) => {
    const m = session.memory();
    console.log(`${what.padEnd(52)} ${((Date.now() - t0) / 1000).toFixed(1).padStart(7)} s  RSS ${mb(m.rss).padStart(7)}  peak ${mb(m.peak).padStart(7)}  (load ${os.loadavg()[0]!.toFixed(1)})`);
  };
  try {
    await session.initialize([dir]);
    line('started');
    const uris: string[] = [];
    const published: Promise<unknown>[] = [];
    for (let i = 0; i < docs; i++) {
      const uri = pathToFileURL(path.join(dir, `doc-${i}.inspection.md`)).href;
      uris.push(uri);
      // The title line differs, so no two documents are the same text.
      const text = g.text.replace(/^(#[^\n]*)/m, `$1 (copy ${i})`);
      published.push(session.waitForDiagnostics(uri, () => true, 24 * 3600_000));
      await session.open(uri, text);
    }
    line(`${docs} documents of ${Math.round(g.text.length / 1024)} KB sent`);
    let n = 0;
    for (const p of published) {
      await p;
      if (++n % 10 === 0 || n === docs) line(`${n} published`);
    }
    await session.timed('textDocument/documentSymbol', { textDocument: { uri: uris[0] } });
    line('documentSymbol of the first (evicted) document');
    if (!process.argv.includes('--no-workspace-symbol')) {
      const ws = await session.timed<unknown[]>('workspace/symbol', { query: '1.1' });
      line(`workspace/symbol '1.1' (${ws.result.length} symbols, ${(ws.ms / 1000).toFixed(1)} s)`);
    }
  } finally {
    await session.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
