#!/usr/bin/env node
import '../out/server/lsp/main.js';
