/**
 * The language server's entry point (`bin/inspection-language-server.js`).
 * The transport comes from the command line: `--stdio`, `--node-ipc` or
 * `--socket=<port>` (see transport.ts for the guards on it).
 */
import { startServer } from './server.js';
import { createGuardedConnection } from './transport.js';

const connection = createGuardedConnection();
// The server exits only on `exit` or a broken transport, never on input: a failure
// that escapes every handler is logged, and the server goes on.
process.on('uncaughtException', (err) => process.stderr.write(`inspection-language-server: internal error: ${err.stack ?? String(err)}\n`));
process.on('unhandledRejection', (err) => process.stderr.write(`inspection-language-server: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`));
startServer(connection);
connection.listen();
