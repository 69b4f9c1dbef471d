/**
 * The worker's request to the offscreen document that keeps extraction warm
 * (docs/cold-fill.md, "A warm extractor"), and the document's reply. Plain data only: both
 * cross a structured clone.
 */
import type { ExtractionInput, ExtractionResult } from '../extract';
import type { IntentAdjustment } from '../extract/model/intentModel';

/** The document's page, as `chrome.offscreen.createDocument` and `runtime.getContexts` name it. */
export const OFFSCREEN_DOCUMENT_PATH = 'offscreen.html';

/** The worker's script: the only sender the document answers (never a content script). */
export const WORKER_SCRIPT_PATH = 'background.js';

/** The dedicated worker the document extracts in (entrypoints/extract-worker.ts). */
export const EXTRACT_WORKER_PATH = 'extract-worker.js';

export interface ExtractRequest {
  accord: 1;
  offscreen: 'extract';
  input: ExtractionInput;
  adjustment?: IntentAdjustment;
}

export type ExtractReply = { ok: true; result: ExtractionResult } | { ok: false; error: string };

export function extractRequest(input: ExtractionInput, adjustment?: IntentAdjustment): ExtractRequest {
  return { accord: 1, offscreen: 'extract', input, ...(adjustment ? { adjustment } : {}) };
}

export function isExtractRequest(message: unknown): message is ExtractRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  if (m.accord !== 1 || m.offscreen !== 'extract') return false;
  const input = m.input as Record<string, unknown> | null | undefined;
  return (
    typeof input === 'object' &&
    input !== null &&
    typeof input.timeZone === 'string' &&
    typeof input.self === 'object' &&
    Array.isArray(input.messages)
  );
}

/** A reply the worker can use as extraction's result; anything else sends it back to its own. */
export function usableReply(reply: unknown): ExtractionResult | null {
  if (typeof reply !== 'object' || reply === null) return null;
  const r = reply as Record<string, unknown>;
  if (r.ok !== true || typeof r.result !== 'object' || r.result === null) return null;
  const result = r.result as Record<string, unknown>;
  if (!Array.isArray(result.expectations) || !Array.isArray(result.signals)) return null;
  return r.result as ExtractionResult;
}
