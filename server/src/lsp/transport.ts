/**
 * The server's transport, with the guards that the protocol library leaves
 * to its users:
 *
 * - a broken stream (a malformed header, a body that is not JSON, a closed
 *   input or output) ends the process, so that the client restarts it, rather
 *   than leaving a server that is alive and deaf;
 * - after `shutdown`, every request is answered with InvalidRequest, as the
 *   specification asks, whatever handlers other code has registered.
 */
import { format } from 'node:util';
import {
  createConnection,
  ErrorCodes,
  Message,
  ProposedFeatures,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type ConnectionOptions,
  type RequestMessage,
} from 'vscode-languageserver/node';

/** The method a request is renamed to once the server has shut down (answered with InvalidRequest). */
const AFTER_SHUTDOWN = '$/inspectionReport/afterShutdown';

export interface TransportOptions {
  argv?: string[];
  /** How the process ends on a broken stream (tests replace it). */
  exit?: (code: number) => void;
}

export function createGuardedConnection(opts: TransportOptions = {}): Connection {
  const argv = opts.argv ?? process.argv.slice(2);
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  let shutdown = false;
  const options: ConnectionOptions = {
    messageStrategy: {
      handleMessage(message, next) {
        if (Message.isRequest(message)) {
          if (shutdown) {
            next({ ...message, method: AFTER_SHUTDOWN } as RequestMessage);
            return;
          }
          if (message.method === 'shutdown') shutdown = true;
        }
        next(message);
      },
    },
  };
  let connection: Connection;
  if (argv.includes('--stdio')) {
    const reader = new StreamMessageReader(process.stdin);
    const writer = new StreamMessageWriter(process.stdout);
    reader.onError((err) => {
      process.stderr.write(`inspection-language-server: unreadable message, exiting so that the client restarts the server (${err.message.split('\n')[0]})\n`);
      exit(1);
    });
    reader.onClose(() => exit(shutdown ? 0 : 1));
    writer.onError(() => exit(1));
    writer.onClose(() => exit(shutdown ? 0 : 1));
    // Standard output carries the protocol: anything logged goes to standard error.
    const toStderr = (...args: unknown[]) => void process.stderr.write(`${format(...args)}\n`);
    console.log = console.info = console.warn = console.debug = console.trace = toStderr;
    connection = createConnection(ProposedFeatures.all, reader, writer, options);
  } else {
    connection = createConnection(ProposedFeatures.all, options);
  }
  connection.onRequest(AFTER_SHUTDOWN, () => new ResponseError(ErrorCodes.InvalidRequest, 'the server has shut down: only exit is accepted'));
  return connection;
}
