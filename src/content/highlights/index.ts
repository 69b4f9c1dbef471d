/** In-thread highlights: see highlights.ts. */
export { applyHighlights, applyHighlightsSteps, clearHighlights } from './highlights';
export { CHIP_TAG, CHIP_MARK_ATTR } from './chip';
export type { ApplyResult, Mark, MarkStatus } from './types';
