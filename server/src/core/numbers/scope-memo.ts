import type { BlockData, ExtractorContext } from '../parse/block.js';

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
 * reads, and a hit gives a fresh copy (the caller may change it; the entry
 * stays as it was read). `test/core/incremental.test.ts` compares the
 * incremental analysis with a fresh one after random edits.
 */
interface Entry {
  /** Where the scope started (absolute) when it was read. */
  base: number;
  value: unknown;
}

/** The entries of each block, by key. */
const entriesOf = new WeakMap<BlockData, Map<string, Entry>>();

/** All entries of a long list of earlier blocks in one map (built once per list). */
const merged = new WeakMap<readonly BlockData[], Map<string, Entry>>();

/** Beyond this many earlier blocks, their entries are merged into one map rather than searched block by block. */
const SEARCH_BLOCKS = 4;

function lookUp(earlier: readonly BlockData[], key: string): Entry | undefined {
  if (earlier.length <= SEARCH_BLOCKS) {
    for (const b of earlier) {
      const e = entriesOf.get(b)?.get(key);
      if (e) return e;
    }
    return undefined;
  }
  let all = merged.get(earlier);
  if (!all) {
    all = new Map();
    for (const b of earlier) for (const [k, e] of entriesOf.get(b) ?? []) if (!all.has(k)) all.set(k, e);
    merged.set(earlier, all);
  }
  return all.get(key);
}

/**
 * The value of a scope: an earlier block's, moved by `copy` to `base`, or
 * `read()`'s. Either way the block keeps an entry for its next version.
 * `copy(value, delta)` returns a deep copy with every absolute offset moved by `delta`.
 */
export function memoScope<T>(block: BlockData, context: ExtractorContext, key: string, base: number, copy: (value: T, delta: number) => T, read: () => T): T {
  let own = entriesOf.get(block);
  if (!own) {
    own = new Map();
    entriesOf.set(block, own);
  }
  const found = own.get(key) ?? (context.earlier ? lookUp(context.earlier, key) : undefined);
  if (found) {
    own.set(key, found);
    return copy(found.value as T, base - found.base);
  }
  const value = read();
  own.set(key, { base, value: copy(value, 0) });
  return value;
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
