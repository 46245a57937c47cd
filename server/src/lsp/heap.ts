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
 * about 159 MB resident although about 47 MB of its heap is live. With 4 MB
 * semi-spaces and a 30% growth step it stays near 131 MB; the CPU time of
 * the analysis changed by less than the noise of the measurement
 * (ARCHITECTURE.md, "Memory"). These flags cannot be set from inside the
 * process: V8 reads them when it creates the heap.
 */
export const HEAP_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--heap-growing-percent=30'];
