/**
 * Framework data for Inspection: New Report…, bundled on its own
 * (dist/frameworks.cjs) and loaded only when that command runs: the framework
 * loader validates with zod and reads YAML, which the rest of the client never
 * needs at activation.
 */
export { builtinFramework, builtinFrameworkIds, loadFramework } from '../../server/src/core/framework/load.js';
