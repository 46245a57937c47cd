/**
 * The evaluation's oracle: decides by recomputation whether a mutation is
 * detectable, without asking the checker. From the clean report it takes the
 * relations between written figures (a percentage and its counts, a share and
 * its rest, a score and its conclusion, a summary and the finding it restates),
 * substitutes the mutated value and recomputes each relation with its own
 * brute-force integer arithmetic. A mutation is detectable when a relation
 * that held in the clean text no longer holds.
 */
import type { Framework } from '../../server/src/core/framework/framework.js';
import type { Report, Span } from '../../server/src/core/model.js';
import { isClaimRecord, type ClaimRecord, type Operand } from '../../server/src/core/numbers/claim.js';
import { restatements } from '../../server/src/core/numbers/restate.js';
import { HEDGE_WORDS, hedgeKind, parseFraction, parseNumber, type HedgeKind } from '../../server/src/core/numbers/words.js';
import type { BlockData } from '../../server/src/core/parse/block.js';

export type Outcome = 'ok' | 'convention' | 'bad';

/** A figure as read from (possibly mutated) text. */
interface Pct {
  v: number;
  d: number;
  hedge?: HedgeKind;
}

export interface Relation {
  type: string;
  /** Where the relation is written (claim span): diagnostics here count as hits. */
  span: Span;
  operands: Operand[];
  /** Extra spans whose text the relation reads (a conclusion sentence). */
  texts?: Span[];
  note: string;
  evaluate(read: Reader): Outcome;
}

export interface Reader {
  pct(o: Operand): Pct | undefined;
  count(o: Operand): number | undefined;
  frac(o: Operand): { num: number; den: number; hedge?: HedgeKind } | undefined;
  text(s: Span): string;
}

// ---------------------------------------------------------------- arithmetic (brute force, integers)

const P10 = (d: number) => 10 ** d;

function roundsTo(k: number, n: number, p: Pct): Outcome {
  if (n <= 0 || k < 0 || k > n) return 'bad';
  const S = P10(p.d);
  const exact = 100 * k * S; // value × n
  const target = p.v * n;
  if (2 * Math.abs(exact - target) <= n) return 'ok';
  if (target <= exact && exact < target + n) return 'convention';
  if (target - n < exact && exact <= target) return 'convention';
  return 'bad';
}

function best(outs: Outcome[]): Outcome {
  if (outs.includes('ok')) return 'ok';
  if (outs.includes('convention')) return 'convention';
  return 'bad';
}

/** Rational a/b compared with c/d. */
const lt = (a: number, b: number, c: number, d: number) => a * d < c * b;
const le = (a: number, b: number, c: number, d: number) => a * d <= c * b;

/** Is the share x = xn/xd (percent) inside the hedge's range around the target tn/td (percent)? */
function inHedge(xn: number, xd: number, kind: HedgeKind | undefined, tn: number, td: number, tolerance: number, n?: number): boolean {
  // Reach of 'just over' / 'nearly' / 'around': 5 points, or half a case of n; unhedged: the tolerance, or half a case.
  // Both as fractions with denominator dd: target ± reach = (tn·dd ± rn·td) / (td·dd).
  const [rn, dd] = kind ? (n && 50 > 5 * n ? [50, n] : [5, 1]) : n && 50 > tolerance * n ? [50, n] : [tolerance, 1];
  const lo = tn * dd - rn * td;
  const hi = tn * dd + rn * td;
  const D = td * dd;
  switch (kind) {
    case 'above':
      return lt(tn, td, xn, xd);
    case 'justAbove':
      return lt(tn, td, xn, xd) && le(xn, xd, hi, D);
    case 'below':
      return lt(xn, xd, tn, td);
    case 'justBelow':
    case 'nearly': // the oracle keeps its own 5-point reach for 'nearly' (as before the kind had a name of its own)
      return lt(xn, xd, tn, td) && le(lo, D, xn, xd);
    case 'atLeast':
      return le(tn, td, xn, xd);
    case 'atMost':
      return le(xn, xd, tn, td);
    case 'around':
      return le(lo, D, xn, xd) && le(xn, xd, hi, D);
    default:
      return le(lo, D, xn, xd) && le(xn, xd, hi, D);
  }
}

/** Some true share within half a unit of the written percentage lies within the hedge range. */
function pctInHedge(p: Pct, kind: HedgeKind | undefined, tn: number, td: number, tolerance: number): boolean {
  // Sample the rounding interval finely (in 1/1000 of the last unit) — exact enough for an oracle over intervals with rational ends.
  const S = P10(p.d);
  for (let i = -500; i <= 500; i += 5) {
    const xn = p.v * 1000 + i;
    const xd = S * 1000;
    if (inHedge(xn, xd, kind, tn, td, tolerance)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- relations from the clean report

function ops(c: ClaimRecord, role: Operand['role']): Operand[] {
  return c.operands.filter((o) => o.role === role);
}

function relationOf(c: ClaimRecord, text: string): Relation | undefined {
  const p = ops(c, 'p')[0];
  const k = ops(c, 'k')[0];
  const n = ops(c, 'n')[0];
  const cc = ops(c, 'c')[0];
  const qq = ops(c, 'q')[0];
  const f = ops(c, 'f')[0];
  const base = { span: c.span, operands: c.operands, note: `${c.kind}: ${text.slice(c.span.start, c.span.end).replace(/\s+/g, ' ').slice(0, 60)}` };
  if (c.kind === 'quantifier' || c.kind === 'section-score' || c.kind === 'count') return undefined;
  if (c.kind === 'table-shares') {
    const ps = ops(c, 'p');
    return {
      ...base,
      type: 'sum100',
      evaluate: (r) => {
        const vs = ps.map((o) => r.pct(o));
        if (vs.some((v) => !v)) return 'bad';
        const d = Math.max(...vs.map((v) => v!.d));
        const sum = vs.reduce((a, v) => a + v!.v * P10(d - v!.d), 0);
        return 2 * Math.abs(sum - 100 * P10(d)) <= ps.length ? 'ok' : 'bad';
      },
    };
  }
  if (c.kind === 'complement') {
    if (cc) {
      return {
        ...base,
        type: 'complement-count',
        evaluate: (r) => {
          const cv = r.count(cc);
          if (cv === undefined) return 'bad';
          const nv = n ? r.count(n) : undefined;
          const kv = k ? r.count(k) : undefined;
          const pv = p ? r.pct(p) : undefined;
          if (nv !== undefined && kv !== undefined) return nv - kv === cv ? 'ok' : 'bad';
          if (!pv) return 'ok';
          if (nv !== undefined) return roundsTo(nv - cv, nv, pv);
          const outs: Outcome[] = [];
          for (let t = cv + 1; t < cv * 200 + 200 && t < 100000; t++) {
            const o = roundsTo(t - cv, t, pv);
            if (o === 'ok') return 'ok';
            outs.push(o);
          }
          return best(outs);
        },
      };
    }
    const restOp = qq ?? f;
    if (!restOp) return undefined;
    return {
      ...base,
      type: 'complement-share',
      evaluate: (r) => {
        // The main share as a set of candidate values (percent × 1000), the rest as a hedge range.
        const nv = n ? r.count(n) : undefined;
        const kv = k ? r.count(k) : undefined;
        const pv = p ? r.pct(p) : undefined;
        let mains: [number, number][] = [];
        if (nv !== undefined && kv !== undefined && nv > 0) mains = [[100 * kv, nv]];
        else if (pv) for (let i = -500; i <= 500; i += 5) mains.push([pv.v * 1000 + i, P10(pv.d) * 1000]);
        else return 'ok';
        for (const [mn, md] of mains) {
          const restN = 100 * md - mn;
          if (qq) {
            const q = r.pct(qq);
            if (!q) return 'bad';
            // |rest − Q| within half a unit of Q.
            const S = P10(q.d);
            if (2 * Math.abs(restN * S - q.v * md) <= md && !q.hedge) return 'ok';
            if (q.hedge && inHedge(restN, md, q.hedge, q.v, S, 0)) return 'ok';
          } else {
            const fr = r.frac(f!);
            if (!fr) return 'bad';
            if (inHedge(restN, md, fr.hedge, 100 * fr.num, fr.den, 4)) return 'ok';
          }
        }
        return 'bad';
      },
    };
  }
  if (f) {
    if (k && n) {
      return {
        ...base,
        type: 'fraction-share',
        evaluate: (r) => {
          const fr = r.frac(f);
          const kv = r.count(k);
          const nv = r.count(n);
          if (!fr || kv === undefined || nv === undefined || nv <= 0 || kv > nv) return 'bad';
          return inHedge(100 * kv, nv, fr.hedge, 100 * fr.num, fr.den, 4, nv) ? 'ok' : 'bad';
        },
      };
    }
    if (p) {
      return {
        ...base,
        type: 'fraction-percent',
        evaluate: (r) => {
          const fr = r.frac(f);
          const pv = r.pct(p);
          if (!fr || !pv) return 'bad';
          return pctInHedge(pv, fr.hedge, 100 * fr.num, fr.den, 4) ? 'ok' : 'bad';
        },
      };
    }
    if (n) {
      return {
        ...base,
        type: 'fraction-of',
        evaluate: (r) => {
          const fr = r.frac(f);
          const nv = r.count(n);
          if (!fr || nv === undefined || nv <= 0) return 'bad';
          for (let kk = 0; kk <= nv; kk++) if (inHedge(100 * kk, nv, fr.hedge, 100 * fr.num, fr.den, 4, nv)) return 'ok';
          return 'bad';
        },
      };
    }
    return undefined;
  }
  if (c.kind === 'all-but') {
    if (!cc && !(k && k.inferred)) return undefined;
    const cOp = cc ?? k!;
    return {
      ...base,
      type: 'all-but',
      evaluate: (r) => {
        const cv = r.count(cOp);
        const nv = n ? r.count(n) : undefined;
        if (cv === undefined) return 'bad';
        if (nv === undefined) return 'ok';
        if (cv >= nv) return 'bad';
        if (p) {
          const pv = r.pct(p);
          return pv ? roundsTo(nv - cv, nv, pv) : 'bad';
        }
        return 'ok';
      },
    };
  }
  if (c.kind === 'extreme') {
    const word = /^(both|either|neither|none|all)/i.exec(text.slice(c.span.start, c.span.end))?.[1]?.toLowerCase();
    if (word === 'both' || word === 'either' || word === 'neither') {
      return { ...base, type: 'pair', evaluate: (r) => (r.count(n!) === 2 ? 'ok' : 'bad') };
    }
    if (k && n && k !== n) return { ...base, type: 'all-of', evaluate: (r) => (r.count(k) === r.count(n) ? 'ok' : 'bad') };
    return undefined;
  }
  if (p && k && n) {
    return {
      ...base,
      type: 'share',
      evaluate: (r) => {
        const pv = r.pct(p);
        const kv = r.count(k);
        const nv = r.count(n);
        if (!pv || kv === undefined || nv === undefined) return 'bad';
        if (pv.hedge) return nv > 0 && kv <= nv && inHedge(100 * kv, nv, pv.hedge, pv.v, P10(pv.d), 0, nv) ? 'ok' : 'bad';
        return roundsTo(kv, nv, pv);
      },
    };
  }
  if (p && n && !k) {
    return {
      ...base,
      type: 'grim',
      evaluate: (r) => {
        const pv = r.pct(p);
        const nv = r.count(n);
        if (!pv || nv === undefined) return 'bad';
        if (pv.hedge) return 'ok';
        const outs: Outcome[] = [];
        for (let kk = 0; kk <= nv; kk++) outs.push(roundsTo(kk, nv, pv));
        return best(outs);
      },
    };
  }
  if (p && k && !n) {
    return {
      ...base,
      type: 'no-total',
      evaluate: (r) => {
        const pv = r.pct(p);
        const kv = r.count(k);
        if (!pv || kv === undefined) return 'bad';
        if (pv.hedge) return 'ok';
        const outs: Outcome[] = [];
        for (let nn = Math.max(1, kv); nn <= Math.max(kv * 200, 10) && nn < 200000; nn++) {
          const o = roundsTo(kv, nn, pv);
          if (o === 'ok') return 'ok';
          outs.push(o);
        }
        return best(outs);
      },
    };
  }
  if (k && n && !p) {
    return { ...base, type: 'count-of', evaluate: (r) => ((r.count(k) ?? Infinity) <= (r.count(n) ?? -1) ? 'ok' : 'bad') };
  }
  if (p && c.share) {
    return { ...base, type: 'share-range', evaluate: (r) => ((r.pct(p)?.v ?? Infinity) <= 100 * P10(r.pct(p)?.d ?? 0) || r.pct(p)?.hedge === 'below' ? 'ok' : 'bad') };
  }
  return undefined;
}

export function relationsOf(report: Report, blocks: readonly BlockData[], framework: Framework | undefined, text: string): Relation[] {
  const out: Relation[] = [];
  for (const c of report.claims) {
    if (!isClaimRecord(c)) continue;
    const r = relationOf(c, text);
    if (r) out.push(r);
  }
  // Summary figures that restate a criterion's figure.
  for (const r of restatements(report, blocks)) {
    if (!r.agrees) continue;
    const a = r.summary.figure.operand;
    const b = r.source.figure.operand;
    out.push({
      type: 'restated',
      span: r.summary.claim.span,
      operands: [a, b],
      note: `restated: ${a.raw} ~ ${b.raw}`,
      evaluate: (rd) => {
        const fa = figure(rd, a);
        const fb = figure(rd, b);
        if (!fa || !fb) return 'bad';
        if (fa.kind === 'p' && fb.kind === 'p' && !fa.hedge && !fb.hedge && fa.d === fb.d) return fa.v === fb.v ? 'ok' : 'bad';
        // Otherwise: some value of one range lies in the other.
        for (const [xn, xd] of fa.samples) if (fb.has(xn, xd)) return 'ok';
        for (const [xn, xd] of fb.samples) if (fa.has(xn, xd)) return 'ok';
        return 'bad';
      },
    });
  }
  // A stated section score and the scores of its criteria.
  for (const c of report.claims) {
    if (!isClaimRecord(c) || c.kind !== 'section-score' || !c.sectionId) continue;
    const stated = c.operands[0]!;
    const scores: Operand[] = report.criteria
      .filter((x) => x.sectionId === c.sectionId && x.score)
      .map((x) => ({ role: 'score', value: 0, raw: x.score!.raw, span: x.score!.valueSpan }));
    if (scores.length === 0) continue;
    out.push({
      type: 'section-mean',
      span: c.span,
      operands: [stated, ...scores],
      note: `section ${c.sectionId} stated ${stated.raw}`,
      evaluate: (rd) => {
        const s = rd.pct(stated);
        const vs = scores.map((o) => rd.pct(o));
        if (!s || vs.some((v) => !v)) return 'bad';
        // |stated − mean| ≤ half a unit of each precision, in integers.
        const dc = Math.max(...vs.map((v) => v!.d));
        const sum = vs.reduce((a, v) => a + v!.v * P10(dc - v!.d), 0);
        const n = vs.length;
        return 2 * Math.abs(s.v * n * P10(dc) - sum * P10(s.d)) <= n * (P10(s.d) + P10(dc)) ? 'ok' : 'bad';
      },
    });
  }
  // A criterion's score and its conclusion phrase.
  if (framework) {
    for (const c of report.criteria) {
      if (!c.score || !c.conclusion?.textSpan) continue;
      const score: Operand = { role: 'score', value: Math.round(c.score.value), decimals: 0, raw: c.score.raw, span: c.score.valueSpan };
      const concl = c.conclusion.textSpan;
      out.push({
        type: 'band',
        span: concl,
        operands: [score],
        texts: [concl],
        note: `${c.id} ${c.score.raw} → conclusion`,
        evaluate: (rd) => {
          const v = rd.pct(score);
          if (!v) return 'bad';
          const band = framework.bandFor(v.v / P10(v.d));
          const said = framework.bandOfSentence(rd.text(concl));
          if (!band || !said) return 'ok';
          return band.id === said.id ? 'ok' : 'bad';
        },
      });
    }
  }
  return out;
}

interface Fig {
  kind: 'p' | 'f' | 'k';
  v: number;
  d: number;
  hedge?: HedgeKind;
  samples: [number, number][];
  has(xn: number, xd: number): boolean;
}

function figure(rd: Reader, o: Operand): Fig | undefined {
  if (o.role === 'p') {
    const p = rd.pct(o);
    if (!p) return undefined;
    const S = P10(p.d);
    const samples: [number, number][] = [];
    for (let i = -500; i <= 500; i += 5) samples.push([p.v * 1000 + i, S * 1000]);
    return {
      kind: 'p',
      v: p.v,
      d: p.d,
      hedge: p.hedge,
      samples: p.hedge ? [[p.v, S]] : samples,
      has: (xn, xd) => (p.hedge ? inHedge(xn, xd, p.hedge, p.v, S, 0) : 2 * Math.abs(xn * S - p.v * xd) <= xd),
    };
  }
  if (o.role === 'f') {
    const f = rd.frac(o);
    if (!f) return undefined;
    return { kind: 'f', v: f.num, d: f.den, hedge: f.hedge, samples: [[100 * f.num, f.den]], has: (xn, xd) => inHedge(xn, xd, f.hedge, 100 * f.num, f.den, 4) };
  }
  return undefined;
}

// ---------------------------------------------------------------- reading operands from a mutated text

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export function mapPos(pos: number, e: Edit): number {
  if (pos <= e.start) return pos;
  if (pos >= e.end) return pos + e.text.length - (e.end - e.start);
  return e.start;
}

const HEDGE_BEFORE = new RegExp(String.raw`(${HEDGE_WORDS})\s+(?:an?\s+)?$`, 'i');

export function reader(clean: string, mutated: string, e: Edit | undefined): Reader {
  const slice = (s: Span): string => {
    if (!e) return clean.slice(s.start, s.end);
    // A span that holds the edit reads the edited text.
    const a = mapPos(s.start, e);
    let b = mapPos(s.end, e);
    if (e.start >= s.start && e.end <= s.end) b = s.end + e.text.length - (e.end - e.start);
    return mutated.slice(a, b);
  };
  const hedgeBefore = (s: Span): HedgeKind | undefined => {
    const a = e ? mapPos(s.start, e) : s.start;
    const src = e ? mutated : clean;
    const m = HEDGE_BEFORE.exec(src.slice(Math.max(0, a - 30), a));
    return m ? hedgeKind(m[1]!) : undefined;
  };
  return {
    text: slice,
    pct(o) {
      const raw = slice(o.span);
      const m = /(\d+)(?:\.(\d+))?/.exec(raw);
      if (!m) {
        const w = parseNumber(raw.replace(/%|per\s?cent|percent/gi, '').trim());
        return w ? { v: w.value, d: 0, hedge: hedgeBefore(o.span) } : undefined;
      }
      return { v: Number(m[1]! + (m[2] ?? '')), d: m[2]?.length ?? 0, hedge: hedgeBefore(o.span) };
    },
    count(o) {
      const raw = slice(o.span).trim();
      const v = parseNumber(raw);
      return v && Number.isInteger(v.value) ? v.value : undefined;
    },
    frac(o) {
      const f = parseFraction(slice(o.span).trim());
      return f ? { ...f, hedge: hedgeBefore(o.span) } : undefined;
    },
  };
}

export function overlaps(a: Span, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
