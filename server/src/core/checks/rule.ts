/**
 * The shape of a check. Each rule lives in its own file under
 * `checks/<family>/`, has a stable namespaced id, a short doc and examples
 * that run as tests (see test/core/rules.test.ts).
 */
import type { Diagnostic } from '../diagnostic.js';
import type { Framework } from '../framework/framework.js';
import type { Report, Severity } from '../model.js';
import type { BlockData } from '../parse/block.js';
import type { LineIndex } from '../text.js';
import type { ReportIndex } from '../resolve.js';
import type { SuppressionOutcome } from '../suppress.js';

export interface RuleMeta {
  /** Stable id, `family/name`. */
  id: string;
  severity: Severity;
  /** One line: what the rule reports. */
  summary: string;
  /** A paragraph or two for docs/rules/<id>.md. */
  description: string;
  /** Rules that need a framework do not run when none could be loaded. */
  needsFramework: boolean;
  /** Off unless enabled by the framework or settings. */
  defaultOff?: boolean;
  /** For rules that are off by default: whether a framework turns them on. */
  enabledBy?: (framework: Framework) => boolean;
  /** Report texts that must raise nothing from this rule, and ones that must raise it. */
  examples: { ok: string[]; notOk: string[] };
  /** Runs after inline suppressions are applied, with their outcome in `RuleContext.suppressions` (core/suppress.ts). */
  afterSuppression?: boolean;
}

export interface RuleContext {
  text: string;
  report: Report;
  framework: Framework | undefined;
  lines: LineIndex;
  blocks: readonly BlockData[];
  index: ReportIndex;
  /** Set for rules with `afterSuppression` only. */
  suppressions?: SuppressionOutcome;
}

export type Emit = (d: Omit<Diagnostic, 'ruleId' | 'severity'> & { severity?: Severity }) => void;

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext, emit: Emit): void;
}
