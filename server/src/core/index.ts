/** Public surface of the analysis core. */
export { analyze, DocumentAnalyzer, type AnalysisResult, type AnalyzeOptions, type FrameworkRefusal, type FrameworkSource } from './analyze.js';
export type { Diagnostic, Fix, TextEdit, RelatedInfo } from './diagnostic.js';
export { appliedInBulk, editsClash, fixable, fixAllEdits, withReferenceEdits } from './fixes.js';
export * from './model.js';
export { Framework } from './framework/framework.js';
export { builtinFramework, builtinFrameworkIds, loadFramework, DEFAULT_FRAMEWORK_ID } from './framework/load.js';
export { FrameworkSchema } from './framework/schema.js';
export { allRules } from './checks/index.js';
export type { Rule, RuleMeta } from './checks/rule.js';
export { ReportIndex, type Resolution } from './resolve.js';
export { LineIndex, normaliseWords } from './text.js';
