/**
 * V8 heap settings for the language server process, given on its command
 * line by every launcher we ship: the VS Code client (`execArgv`), the
 * `inspection-language-server` binary (its `#!/usr/bin/env -S node …` line)
 * and the benchmark. Other editors that start `node bin/inspection-language-server.js`
 * themselves should pass them too (README, "Other editors").
 *
 * Why: analysing a report allocates a lot of short-lived objects (tokens,
 * sentence views, candidate readings). With V8's defaults the young
 * generation grows to 16 MB semi-spaces and the old generation grows by a
 * large factor between collections, so a 1.1 MB report left the server at
 * about 159 MB resident although about 47 MB of its heap is live. With 8 MB
 * semi-spaces and a 50% growth step it stays near 135 MB, and opening that
 * report takes about 5% longer (three runs each, 2.20–2.30 s against
 * 2.33–2.44 s; 4 MB and 30% saved a little more memory but cost 20%).
 * ARCHITECTURE.md, "Memory". These flags cannot be set from inside the
 * process: V8 reads them when it creates the heap.
 */
export const HEAP_FLAGS: readonly string[] = ['--max-semi-space-size=8', '--heap-growing-percent=50'];
