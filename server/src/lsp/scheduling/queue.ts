/**
 * The server's analysis queue and request cancellation (issue 10, point 3).
 *
 * An analysis in the core is synchronous, so nothing (a newer edit, a
 * `$/cancelRequest`) could be seen while one runs. Here an analysis is spread
 * over turns of the event loop: a few blocks are parsed ahead per turn
 * (`DocumentAnalyzer.prewarm`, through {@link Steps}), and between turns
 *
 * - the queue notices that the document changed again: the older analysis is
 *   superseded (dropped; the blocks it parsed are kept, as the newer text
 *   mostly has them too) and the newest text is analysed instead;
 * - a request notices its cancellation token and stops with RequestCancelled.
 *
 * The unit of work is one block, so a single block still runs to its end;
 * the per-block time budget (limits.blockTimeBudgetMs) bounds what follows
 * its Markdown parse.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

/** How many blocks are parsed ahead per turn of the event loop. */
export const BLOCKS_PER_TURN = 8;

/** What the queue needs of the workspace. */
export interface Steps {
  /** Parses up to `max` blocks of the document's newest text ahead; true when it is ready to analyse. */
  prewarm(uri: string, max: number): boolean;
  /** A counter that moves on every change of the document (never the client's version). */
  changesOf(uri: string): number | undefined;
}

/** Thrown inside a cancelled request's work; {@link answerCancelled} turns it into the response. */
export class Cancelled extends Error {
  constructor() {
    super('the request was cancelled');
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Yields to the event loop (so that `$/cancelRequest` is read), then throws if the token is cancelled. */
export async function checkpoint(token: CancellationToken | undefined): Promise<void> {
  await nextTurn();
  if (token?.isCancellationRequested) throw new Cancelled();
}

/** Parses a document ahead a few blocks per turn until it is ready, stopping with Cancelled if the token is. */
export async function ready(steps: Steps, uri: string, token: CancellationToken | undefined): Promise<void> {
  if (token?.isCancellationRequested) throw new Cancelled();
  while (!steps.prewarm(uri, BLOCKS_PER_TURN)) await checkpoint(token);
}

/** Runs a request's work; a cancellation becomes the RequestCancelled error response. */
export async function answerCancelled<T>(work: () => Promise<T>): Promise<T | ResponseError<void>> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof Cancelled) return new ResponseError(LSPErrorCodes.RequestCancelled, err.message);
    throw err;
  }
}

export interface QueueFigures {
  /** Documents analysed and published. */
  published: number;
  /** Analyses dropped because the document changed again before they finished. */
  superseded: number;
}

/**
 * Documents waiting to be analysed and published, one at a time, each in
 * turns of a few blocks. A document added again while waiting keeps its
 * place; one that changes while being analysed is started again on its newest
 * text.
 */
export class AnalysisQueue {
  private readonly pending = new Set<string>();
  private running = false;
  readonly figures: QueueFigures = { published: 0, superseded: 0 };

  constructor(
    private readonly steps: Steps,
    /** Publishes a document that is ready (its analysis then reuses every block parsed ahead). */
    private readonly publish: (uri: string) => void,
    /** Awaited before each round (the settings' first pull). */
    private readonly before: () => Promise<void> = () => Promise.resolve(),
    /** Reports a failure of one document's publication; the others go on. */
    private readonly onError: (uri: string, err: unknown) => void = () => undefined,
  ) {}

  add(uri: string): void {
    this.pending.add(uri);
    if (!this.running) {
      this.running = true;
      void this.drain();
    }
  }

  /** True while nothing waits. */
  idle(): boolean {
    return !this.running && this.pending.size === 0;
  }

  /** Resolves once no open document waits or is being analysed (indexing of closed files gives way to them). */
  async openSettled(): Promise<void> {
    while (this.current !== undefined || [...this.pending].some((u) => this.steps.changesOf(u) !== undefined)) await nextTurn();
  }

  /** The document being analysed, while it is an open one. */
  private current: string | undefined;

  /** The next document: open documents (the ones being edited) before closed files. */
  private next(): string {
    for (const u of this.pending) if (this.steps.changesOf(u) !== undefined) return u;
    return this.pending.values().next().value as string;
  }

  private async drain(): Promise<void> {
    try {
      await nextTurn(); // coalesce the changes of one burst
      await this.before();
      while (this.pending.size > 0) {
        const uri = this.next();
        this.pending.delete(uri);
        try {
          const at = this.steps.changesOf(uri);
          this.current = at === undefined ? undefined : uri;
          let superseded = false;
          while (!this.steps.prewarm(uri, BLOCKS_PER_TURN)) {
            await nextTurn();
            if (this.steps.changesOf(uri) !== at) {
              superseded = true;
              break;
            }
          }
          if (superseded) {
            // A newer edit came in: this analysis is dropped and the document analysed again, on its newest text.
            this.figures.superseded++;
            this.pending.add(uri);
            continue;
          }
          this.publish(uri);
          this.figures.published++;
        } catch (err) {
          this.onError(uri, err);
        } finally {
          this.current = undefined;
        }
        await nextTurn();
      }
    } finally {
      this.running = false;
      if (this.pending.size > 0) this.add(this.pending.values().next().value as string);
    }
  }
}
