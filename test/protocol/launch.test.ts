/**
 * How the language server is started: with the heap flags of
 * server/src/lsp/heap.ts, from the installed binary's `#!` line as from the
 * VS Code client and the benchmark.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HEAP_FLAGS } from '../../server/src/lsp/heap.js';
import { ROOT, SERVER_BIN, TestClient } from './client.js';

describe('protocol: starting the language server', function () {
  this.timeout(20_000);

  it("the binary's #! line passes the heap flags to node", () => {
    const first = fs.readFileSync(SERVER_BIN, 'utf8').split('\n')[0]!;
    assert.equal(first, `#!/usr/bin/env -S node ${HEAP_FLAGS.join(' ')}`);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    assert.equal(path.resolve(ROOT, pkg.bin['inspection-language-server']!), SERVER_BIN);
    // the client hands the same flags to the process it forks
    const client = fs.readFileSync(path.join(ROOT, 'client', 'src', 'server.ts'), 'utf8');
    assert.match(client, /run: \{ module, transport: TransportKind\.ipc, options: \{ execArgv: \[\.\.\.HEAP_FLAGS\] \} \}/);
  });

  it('started as an executable, it runs with those flags and answers', async function () {
    if (process.platform !== 'linux') this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'launch-'));
    const client = TestClient.start({ file: SERVER_BIN, args: ['--stdio'] });
    try {
      const init = await client.initialize(dir);
      assert.ok(init.capabilities.textDocumentSync, 'the server answered initialize');
      const argv = fs.readFileSync(`/proc/${client.proc.pid}/cmdline`, 'utf8').split('\0');
      for (const flag of HEAP_FLAGS) assert.ok(argv.includes(flag), `${flag} in ${argv.join(' ')}`);
    } finally {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
