/**
 * The text of a new, empty report for a framework. It lives in the analysis
 * core (`server/src/core/skeleton.ts`), which also offers it as the 'Insert
 * report skeleton' fix of an empty report; the extension turns its segments
 * into a snippet (Inspection: New Report…).
 */
export { reportSkeleton, skeletonText, type Segment, type SkeletonOptions } from '../../server/src/core/skeleton.js';
