#!/usr/bin/env node
import { main } from '../out/server/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
