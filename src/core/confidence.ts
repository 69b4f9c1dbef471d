/**
 * Where "sure" ends: offered suggestions whose calibrated confidence is below this show
 * collapsed under "Maybe" in the sidebar. The intent model's training script records it beside
 * the calibration it was chosen with (src/extract/model/intent-weights.json).
 */
export const MAYBE_BELOW = 0.6;

export function isMaybe(suggestion: { confidence: number }): boolean {
  return suggestion.confidence < MAYBE_BELOW;
}
