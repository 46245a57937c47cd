#!/usr/bin/env -S node --max-semi-space-size=8 --heap-growing-percent=50
import '../out/server/src/lsp/main.js';
