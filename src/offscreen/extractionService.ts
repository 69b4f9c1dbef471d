/**
 * The offscreen document's side: answers the worker's extraction requests from a dedicated
 * worker whose compiled patterns outlive the stopped service worker, refuses every other
 * sender, and closes the document after a long idle spell so an unused browser does not keep
 * it (and the extension's process) alive.
 */
import type { ExtractionResult } from '../extract';
import { isExtractRequest, type ExtractReply, type ExtractRequest } from './protocol';

/** With no extraction for this long the document closes; the next cold open makes it again. */
export const IDLE_CLOSE_MS = 30 * 60 * 1000;

/** The part of `runtime.MessageSender` the document looks at. */
export interface OffscreenSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

export interface ExtractionServiceOptions {
  extensionId: string;
  /** The worker's script URL (`runtime.getURL('/background.js')`). */
  workerUrl: string;
  run: (request: ExtractRequest) => Promise<ExtractionResult>;
  close: () => void;
  idleMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Content scripts' runtime messages reach every extension page, this document included: only
 * the worker's own requests are answered (undefined means "not for me": the worker answers).
 */
export function createExtractionService(options: ExtractionServiceOptions) {
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const idleMs = options.idleMs ?? IDLE_CLOSE_MS;
  let idle: unknown = setTimer(options.close, idleMs);

  function fromWorker(sender: OffscreenSender): boolean {
    return sender.id === options.extensionId && sender.tab === undefined && sender.url === options.workerUrl;
  }

  return function handle(message: unknown, sender: OffscreenSender): Promise<ExtractReply> | undefined {
    if (!isExtractRequest(message) || !fromWorker(sender)) return undefined;
    clearTimer(idle);
    idle = setTimer(options.close, idleMs);
    return options.run(message).then(
      (result): ExtractReply => ({ ok: true, result }),
      (error: unknown): ExtractReply => ({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  };
}
