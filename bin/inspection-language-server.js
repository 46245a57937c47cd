#!/usr/bin/env -S node --max-semi-space-size=4 --heap-growing-percent=30
import '../out/server/src/lsp/main.js';
