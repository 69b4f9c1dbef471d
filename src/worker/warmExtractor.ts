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
  replyDeadlineMs?: number;
}

/**
 * How long after an open without a document the document is made: long enough for that open's
 * reply (a few IndexedDB reads after extraction) to leave first, so the document's start does
 * not compete with the panel for the CPU.
 */
export const CREATE_DELAY_MS = 50;

/**
 * Threads longer than this are extracted here. Runtime messages travel as JSON (64 MiB at most)
 * and a result is about 4.5 times its input before the per-message cap, which applies here; and
 * one huge thread would hold the document's single worker while other tabs' opens wait.
 */
export const REMOTE_MAX_CHARS = 200_000;

/** A warm extraction of a normal thread takes milliseconds: a document this late is stuck. */
export const REPLY_DEADLINE_MS = 5_000;

export function createWarmExtractor(options: WarmExtractorOptions) {
  const local = options.local ?? extractThread;
  const later = options.later ?? ((work) => setTimeout(work, CREATE_DELAY_MS));
  const deadline = options.replyDeadlineMs ?? REPLY_DEADLINE_MS;
  let creating = false;
  // After one extraction here this worker's own patterns are compiled too: while it lives, the
  // trip to the document would only add to an open.
  let warmHere = false;

  function createWarmedWith(request: ExtractRequest | null, host: OffscreenHost) {
    if (creating) return;
    creating = true;
    later(() => {
      host
        .create()
        // Warm-up: the same thread compiles exactly the patterns real mail runs.
        .then(() => (request ? host.send(request) : undefined))
        .catch(() => undefined)
        .finally(() => (creating = false));
    });
  }

  function askInTime(host: OffscreenHost, request: ExtractRequest): Promise<unknown> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<undefined>(
      (resolve) => (timer = setTimeout(() => resolve(undefined), deadline)),
    );
    return Promise.race([host.send(request), late]).finally(() => clearTimeout(timer));
  }

  return async function extract(
    input: ExtractionInput,
    adjustment?: IntentAdjustment,
  ): Promise<ExtractionResult> {
    const host = options.host;
    const here = () => {
      const result = local(input, adjustment ? { adjustment } : {});
      warmHere = true;
      return result;
    };
    if (!host || warmHere) return here();
    const small = threadChars(input) <= REMOTE_MAX_CHARS;
    const request = small ? extractRequest(input, adjustment) : null;
    let present = false;
    try {
      present = await host.exists();
      if (present && request) {
        const result = usableReply(await askInTime(host, request));
        if (result) return result;
      }
    } catch {
      // The document closed or crashed between the check and the reply: extract here.
    }
    if (!present) createWarmedWith(request, host);
    return here();
  };
}

function threadChars(input: ExtractionInput): number {
  let chars = input.subject?.length ?? 0;
  for (const m of input.messages) chars += m.text.length;
  return chars;
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
