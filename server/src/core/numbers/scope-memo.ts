import type { BlockData, ExtractorContext } from '../parse/block.js';
import type { ClaimRecord } from './claim.js';

/**
 * What a scope (one finding, one paragraph) of a block read, kept with the
 * block, so that the next version of the block re-reads only the scopes
 * whose text changed: an edit in one finding leaves its neighbours' claims
 * as they were. The analyzer names the blocks of the version before that
 * this update replaces (`ExtractorContext.earlier`); a scope of a new block
 * whose key (its text and everything else its reading depends on) is the key
 * of a scope of one of them takes that scope's result, moved to where the
 * scope now stands.
 *
 * Results never depend on this memo: a key holds everything the reading
 * reads, and a hit gives a fresh copy, moved to where the scope now stands. `test/core/incremental.test.ts` compares the
 * incremental analysis with a fresh one after random edits.
 */
interface Entry {
  /** What else the reading depends on besides the scope's text (the reader, the criterion, the finding before). */
  prefix: string;
  /** Where markup masking blanked the scope's text, when it did (`maskedAt`). */
  masked?: string;
  /** The block that holds the claims (they move with it: `shiftBlock` moves every span of its extras). */
  block: BlockData;
  /** Where the scope starts, from the start of that block. */
  local: number;
  claims: ClaimRecord[];
  /** The rest of the reading, with offsets from the start of the scope. */
  rest: unknown;
}

/** What a scope read: its claims (absolute spans) and anything else its reading passes on. */
export interface ScopeResult<R> {
  claims: ClaimRecord[];
  rest: R;
}

/**
 * The entries of each block, by the scope's own text: a slice of the block's text, which the block
 * holds anyway (a key that copied the text would double the memory of the report's text).
 */
const entriesOf = new WeakMap<BlockData, Map<string, Entry[]>>();

/** All entries of a long list of earlier blocks in one map (built once per list). */
const merged = new WeakMap<readonly BlockData[], Map<string, Entry[]>>();

/** Beyond this many earlier blocks, their entries are merged into one map rather than searched block by block. */
const SEARCH_BLOCKS = 4;

/** Where a block keeps the claims of its scopes' readings, among its extras, so that they move with it. */
const KEPT = 'numbers/scope-claims';

function matching(list: readonly Entry[] | undefined, prefix: string, masked: string | undefined): Entry | undefined {
  return list?.find((e) => e.prefix === prefix && e.masked === masked);
}

function lookUp(earlier: readonly BlockData[], text: string, prefix: string, masked: string | undefined): Entry | undefined {
  if (earlier.length <= SEARCH_BLOCKS) {
    for (const b of earlier) {
      const e = matching(entriesOf.get(b)?.get(text), prefix, masked);
      if (e) return e;
    }
    return undefined;
  }
  let all = merged.get(earlier);
  if (!all) {
    all = new Map();
    for (const b of earlier) {
      for (const [k, list] of entriesOf.get(b) ?? []) {
        const had = all.get(k);
        if (had) had.push(...list);
        else all.set(k, [...list]);
      }
    }
    merged.set(earlier, all);
  }
  return matching(all.get(text), prefix, masked);
}

/**
 * Where `masked` differs from `text` (masking blanks characters and keeps every offset), as a short string:
 * the masked text itself would keep the whole masked block alive.
 */
function maskedAt(text: string, masked: string): string {
  if (masked.length !== text.length) return `~${masked}`;
  let out = '';
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== masked.charCodeAt(i)) out += `${i}:${masked.charCodeAt(i)},`;
  return out;
}

/** Where a scope is in its block (local offsets), the text its readers see, and what else they depend on. */
export interface ScopeKey {
  start: number;
  end: number;
  /** The scope's text after markup masking (`masked.slice(start, end)` of the block). */
  masked: string;
  /** Everything else the reading depends on: the reader, the criterion, the references, the finding before. */
  prefix: string;
}

/**
 * The reading of a scope that starts at `base`: an earlier block's, moved
 * there, or `read()`'s. Either way the block keeps it for its next version:
 * its claims as they are (no copy; they sit among the block's extras, so they
 * move with the block), the rest through `moveRest(rest, delta)`, which
 * returns a copy with every offset moved by `delta`.
 */
export function memoScope<R>(block: BlockData, context: ExtractorContext, key: ScopeKey, base: number, moveRest: (rest: R, delta: number) => R, read: () => ScopeResult<R>): ScopeResult<R> {
  let own = entriesOf.get(block);
  if (!own) {
    own = new Map();
    entriesOf.set(block, own);
  }
  const text = block.text.slice(key.start, key.end);
  const masked = key.masked === text ? undefined : maskedAt(text, key.masked);
  const found = matching(own.get(text), key.prefix, masked) ?? (context.earlier ? lookUp(context.earlier, text, key.prefix, masked) : undefined);
  let result: ScopeResult<R>;
  let rest: unknown;
  if (found) {
    result = { claims: shiftedCopy(found.claims, base - (found.block.offset + found.local)), rest: moveRest(found.rest as R, base) };
    rest = found.rest;
  } else {
    result = read();
    rest = moveRest(result.rest, -base);
  }
  const entry: Entry = { prefix: key.prefix, block, local: base - block.offset, claims: result.claims, rest };
  if (masked !== undefined) entry.masked = masked;
  const list = own.get(text);
  if (list) list.push(entry);
  else own.set(text, [entry]);
  const kept = (block.extras[KEPT] ??= []) as ClaimRecord[][];
  kept.push(result.claims);
  return result;
}

/**
 * A deep copy of claims (or anything built of arrays and plain objects) with
 * every span moved by `delta`: every object with numeric `start` and `end`
 * is an absolute span, the invariant `shiftBlock` relies on for a block's extras.
 */
export function shiftedCopy<T>(value: T, delta: number): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((x) => shiftedCopy(x, delta)) as T;
  const o = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in o) {
    const x = o[k];
    out[k] = x !== null && typeof x === 'object' ? shiftedCopy(x, delta) : x;
  }
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    out.start = (o.start as number) + delta;
    out.end = (o.end as number) + delta;
  }
  return out as T;
}
