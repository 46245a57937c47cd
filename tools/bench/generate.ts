/**
 * Generates benchmark documents from a seed report.
 *
 * `generateLargeReport` repeats the seed's criteria (its numbered sections)
 * under new numbers until the report reaches a target size, and emits a user
 * framework (YAML) that lists every renumbered section and criterion, so that
 * the large report is valid against its own framework. Renumbering is driven
 * by the analysis of the seed: only spans that the core recognised as section
 * ids, criterion ids, summary-table ids and cross-reference targets are
 * rewritten, so numbers in prose (percentages, counts, years) stay as written.
 *
 * `generateWorkspace` writes the many mid-sized reports used to measure
 * workspace indexing.
 */
import { stringify } from 'yaml';
import { analyze, builtinFramework, DEFAULT_FRAMEWORK_ID, type AnalysisResult, type Span } from '../../server/src/core/index.js';

export interface GeneratedReport {
  /** The report text (front matter names the framework file). */
  text: string;
  /** The framework file's text (YAML). */
  frameworkYaml: string;
  /** The framework reference written into the front matter, e.g. `./bench-framework.yaml`. */
  frameworkRef: string;
  frameworkId: string;
  /** How many times the seed's sections were repeated. */
  copies: number;
  sections: number;
  criteria: number;
}

interface Edit {
  span: Span;
  newText: string;
}

/** Applies non-overlapping edits (absolute spans) to `text`, whose first character is at `base`. */
function applyEdits(text: string, base: number, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    const s = e.span.start - base;
    const t = e.span.end - base;
    if (s < at) throw new Error(`overlapping edits at ${e.span.start}`);
    out += text.slice(at, s) + e.newText;
    at = t;
  }
  return out + text.slice(at);
}

const within = (sp: Span, r: Span): boolean => sp.start >= r.start && sp.end <= r.end;

/** The edits that renumber the seed's sections region for copy `copy`. */
function renumberEdits(seed: AnalysisResult, region: Span, copy: number): Edit[] {
  const sectionIds = seed.report.sections.map((s) => s.id);
  const perCopy = sectionIds.length;
  const mapSection = (id: string): string => {
    const i = sectionIds.indexOf(id);
    return i < 0 ? id : String(copy * perCopy + i + 1);
  };
  const mapCriterion = (id: string): string => {
    const dot = id.indexOf('.');
    return `${mapSection(id.slice(0, dot))}${id.slice(dot)}`;
  };
  const text = seed.text;
  const edits: Edit[] = [];
  for (const s of seed.report.sections) edits.push({ span: s.idSpan, newText: mapSection(s.id) });
  for (const c of seed.report.criteria) if (within(c.idSpan, region)) edits.push({ span: c.idSpan, newText: mapCriterion(c.id) });
  for (const t of seed.report.summaryTables) {
    for (const row of t.rows) if (within(row.idSpan, region)) edits.push({ span: row.idSpan, newText: mapCriterion(row.criterionId) });
  }
  for (const ref of seed.report.references) {
    if (!within(ref.targetSpan, region) || ref.form === 'under') continue;
    const target = text.slice(ref.targetSpan.start, ref.targetSpan.end);
    let newText: string;
    if (ref.form === 'sections') newText = target.replace(/\d+/g, (d) => mapSection(d));
    else if (ref.criterionId) newText = target.replace(/^\d+\.\d+/, (d) => mapCriterion(d));
    else newText = target.replace(/^\d+/, (d) => mapSection(d));
    if (newText !== target) edits.push({ span: ref.targetSpan, newText });
  }
  return edits;
}

/** Sets (or adds) `key: value` in the front matter of `text`. */
function setFrontMatter(result: AnalysisResult, key: string, value: string): string {
  const { text } = result;
  const fm = result.report.frontMatter;
  if (!fm) return `---\n${key}: ${value}\n---\n\n${text}`;
  const vs = fm.valueSpans[key];
  if (vs) return text.slice(0, vs.start) + value + text.slice(vs.end);
  const open = text.indexOf('\n') + 1;
  return `${text.slice(0, open)}${key}: ${value}\n${text.slice(open)}`;
}

export interface LargeReportOptions {
  /** The report grows by whole copies of the seed's sections until it has at least this many characters. */
  targetChars: number;
  /** Written into the front matter; defaults to `./bench-framework.yaml`. */
  frameworkRef?: string;
  seedUri?: string;
}

export function generateLargeReport(seedText: string, options: LargeReportOptions): GeneratedReport {
  const frameworkRef = options.frameworkRef ?? './bench-framework.yaml';
  const seed = analyze(seedText, options.seedUri ?? 'file:///seed.inspection.md');
  const sections = seed.report.sections;
  if (sections.length === 0) throw new Error('the seed has no numbered sections to repeat');
  const baseId = seed.report.frameworkId;
  const base = builtinFramework(baseId) ?? builtinFramework(DEFAULT_FRAMEWORK_ID)!;
  const region: Span = { start: sections[0]!.headingSpan.start, end: sections[sections.length - 1]!.span.end };
  const regionText = seedText.slice(region.start, region.end);
  const withRef = setFrontMatter(seed, 'framework', frameworkRef);
  const head = withRef.slice(0, region.start + withRef.length - seedText.length);
  const tail = seedText.slice(region.end);
  const sep = regionText.endsWith('\n\n') ? '' : regionText.endsWith('\n') ? '\n' : '\n\n';

  const parts: string[] = [];
  let size = head.length + tail.length;
  let copies = 0;
  while (size < options.targetChars || copies === 0) {
    const body = applyEdits(regionText, region.start, renumberEdits(seed, region, copies)) + sep;
    parts.push(body);
    size += body.length;
    copies++;
  }
  const text = head + parts.join('') + tail;

  const perCopy = base.data.sections.length;
  const fwSections = [];
  for (let c = 0; c < copies; c++) {
    for (const [i, s] of base.data.sections.entries()) {
      const id = String(c * perCopy + i + 1);
      fwSections.push({
        ...s,
        id,
        criteria: s.criteria.map((cr) => ({ ...cr, id: `${id}${cr.id.slice(cr.id.indexOf('.'))}` })),
      });
    }
  }
  const frameworkId = `${base.id}-x${copies}`;
  const fw = {
    ...base.data,
    id: frameworkId,
    name: `${base.data.name}, benchmark: sections repeated ${copies} times`,
    sections: fwSections,
  };
  return {
    text,
    frameworkYaml: stringify(fw, { lineWidth: 0 }),
    frameworkRef,
    frameworkId,
    copies,
    sections: fwSections.length,
    criteria: fwSections.reduce((n, s) => n + s.criteria.length, 0),
  };
}

/**
 * Mid-sized reports for a workspace: the seed's front part, then
 * `sectionsPerReport` of its sections (rotating through them), with the area
 * name varied so that no two files are equal. Built-in framework.
 */
export function generateWorkspace(seedText: string, count: number, sectionsPerReport = 2): { name: string; text: string }[] {
  const seed = analyze(seedText, 'file:///seed.inspection.md');
  const sections = seed.report.sections;
  const firstStart = sections[0]!.headingSpan.start;
  const head = seedText.slice(0, firstStart);
  const tail = seedText.slice(sections[sections.length - 1]!.span.end);
  const out: { name: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const picked: string[] = [];
    for (let k = 0; k < sectionsPerReport; k++) {
      const s = sections[(i + k) % sections.length]!;
      picked.push(seedText.slice(s.headingSpan.start, s.span.end));
    }
    // Keep the framework's section order.
    const ordered = picked
      .map((t, k) => ({ t, order: (i + k) % sections.length }))
      .sort((a, b) => a.order - b.order)
      .map((x) => (x.t.endsWith('\n\n') ? x.t : `${x.t}\n`));
    const name = `area-${String(i + 1).padStart(3, '0')}.inspection.md`;
    const text = (head + ordered.join('') + tail).replace(/Sussex/g, `Area ${i + 1}`);
    out.push({ name, text });
  }
  return out;
}
