/**
 * Where the worker extracts a thread. A woken service worker is a fresh V8 isolate: its first
 * extraction compiles every regular expression it runs (about 60 of ~100 ms, docs/cold-fill.md)
 * and Chrome stops the worker after 30 s idle, so most opens paid that. In Chrome an offscreen
 * document outlives the worker and keeps a dedicated worker whose patterns stay compiled: the
 * worker asks it first, and extracts itself whenever it cannot (no document yet, Firefox, a
 * failed or odd reply). The first open without a document extracts here and then creates the
 * document, warming it with the same thread, for the opens after.
 */
import { browser } from 'wxt/browser';
import { extractThread, type ExtractionInput, type ExtractionResult } from '../extract';
import type { IntentAdjustment } from '../extract/model/intentModel';
import {
  OFFSCREEN_DOCUMENT_PATH,
  extractRequest,
  usableReply,
  type ExtractRequest,
} from '../offscreen/protocol';

export interface OffscreenHost {
  exists(): Promise<boolean>;
  create(): Promise<void>;
  send(request: ExtractRequest): Promise<unknown>;
}

export interface WarmExtractorOptions {
  host: OffscreenHost | null;
  local?: typeof extractThread;
  /** When the document is made, after the open that found none has been answered. */
  later?: (work: () => void) => void;
}

/**
 * How long after an open without a document the document is made: long enough for that open's
 * reply (a few IndexedDB reads after extraction) to leave first, so the document's start does
 * not compete with the panel for the CPU.
 */
export const CREATE_DELAY_MS = 50;

export function createWarmExtractor(options: WarmExtractorOptions) {
  const local = options.local ?? extractThread;
  const later = options.later ?? ((work) => setTimeout(work, CREATE_DELAY_MS));
  let creating = false;

  function createWarmedWith(request: ExtractRequest, host: OffscreenHost) {
    if (creating) return;
    creating = true;
    later(() => {
      host
        .create()
        // Warm-up: the same thread compiles exactly the patterns real mail runs.
        .then(() => host.send(request))
        .catch(() => undefined)
        .finally(() => (creating = false));
    });
  }

  return async function extract(
    input: ExtractionInput,
    adjustment?: IntentAdjustment,
  ): Promise<ExtractionResult> {
    const host = options.host;
    const here = () => local(input, adjustment ? { adjustment } : {});
    if (!host) return here();
    const request = extractRequest(input, adjustment);
    let present = false;
    try {
      present = await host.exists();
      if (present) {
        const result = usableReply(await host.send(request));
        if (result) return result;
      }
    } catch {
      // The document closed or crashed between the check and the reply: extract here.
    }
    if (!present) createWarmedWith(request, host);
    return here();
  };
}

/** Chrome's offscreen document, or null where there is none (Firefox, unit tests' fake browser). */
export function chromeOffscreenHost(): OffscreenHost | null {
  const chromeApi = browser as unknown as typeof chrome;
  if (!chromeApi.offscreen?.createDocument || !chromeApi.runtime?.getContexts) return null;
  const url = chromeApi.runtime.getURL(`/${OFFSCREEN_DOCUMENT_PATH}`);
  return {
    async exists() {
      const contexts = await chromeApi.runtime.getContexts({
        contextTypes: [chromeApi.runtime.ContextType.OFFSCREEN_DOCUMENT],
        documentUrls: [url],
      });
      return contexts.length > 0;
    },
    async create() {
      await chromeApi.offscreen.createDocument({
        url: OFFSCREEN_DOCUMENT_PATH,
        reasons: [chromeApi.offscreen.Reason.WORKERS],
        justification: 'Reads email threads for promises in a worker that stays warm between opens.',
      });
    },
    send(request) {
      return chromeApi.runtime.sendMessage(request);
    },
  };
}
