/**
 * The language server's entry point (`bin/inspection-language-server.js`).
 * `createConnection` reads the transport from the command line: `--stdio`,
 * `--node-ipc` or `--socket=<port>`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

const connection = createConnection(ProposedFeatures.all);
startServer(connection);
connection.listen();
