/**
 * Where the worker extracts a thread. A woken service worker is a fresh V8 isolate: its first
 * extraction compiles every regular expression it runs (about 60 of ~100 ms, docs/cold-fill.md)
 * and Chrome stops the worker after 30 s idle, so most opens paid that. In Chrome an offscreen
 * document outlives the worker and keeps a dedicated worker whose patterns stay compiled: the
 * worker asks it first, and extracts itself whenever it cannot (no document yet, Firefox, a
 * failed or odd reply).
 *
 * The document is made as soon as a mail tab's content script first talks to this worker (its
 * start, `prewarm`), and warmed with a made-up thread (warmUpThread.ts), so the session's first
 * open already finds it warm. An open that still finds none (the document closed after 30 idle
 * minutes, or a thread opened before it was made) extracts here and makes it, warmed with that
 * thread.
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
import { WARM_UP_INPUT } from '../offscreen/warmUpThread';
import { emptyLearning } from '../extract/model/learning';

export interface OffscreenHost {
  exists(): Promise<boolean>;
  create(): Promise<void>;
  send(request: ExtractRequest): Promise<unknown>;
}

export interface WarmExtractorOptions {
  host: OffscreenHost | null;
  local?: typeof extractThread;
  /**
   * When the document is made: after the message that asked for it (a mail tab's first, or an
   * open that found none) has been answered.
   */
  later?: (work: () => void) => void;
  replyDeadlineMs?: number;
}

/**
 * How long after the message that asked for it the document is made: long enough for that
 * message's reply (for an open, a few IndexedDB reads after extraction) to leave first, so the
 * document's start does not compete with the page or the panel for the CPU.
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

export interface WarmExtractor {
  extract(input: ExtractionInput, adjustment?: IntentAdjustment): Promise<ExtractionResult>;
  /**
   * A mail tab's content script has talked to this worker (its start): the user is about to
   * open threads, so make the document now if there is none, and warm it. Once a worker.
   */
  prewarm(): void;
}

/** The built-in warm-up, with the empty learning a new user's open carries. */
export function warmUpRequest(): ExtractRequest {
  return extractRequest(WARM_UP_INPUT, emptyLearning());
}

export function createWarmExtractor(options: WarmExtractorOptions): WarmExtractor {
  const local = options.local ?? extractThread;
  const later = options.later ?? ((work) => setTimeout(work, CREATE_DELAY_MS));
  const deadline = options.replyDeadlineMs ?? REPLY_DEADLINE_MS;
  // After one extraction here this worker's own patterns are compiled too: while it lives, the
  // trip to the document would only add to an open.
  let warmHere = false;
  let prewarmed = false;
  // One attempt at a time makes the document (Chrome allows one; this worker is the only one
  // that makes it). `armed` counts requests: an attempt not yet started waits for the latest,
  // so it starts after that message's reply too.
  let armed = 0;
  let attempting = false;
  // The attempt found no document and is making and warming one: opens meanwhile extract here
  // rather than wait behind the warm-up in the document's single worker.
  let making = false;
  // A real thread extracted here for want of a document warms it best: the patterns real mail
  // runs (scripts/measure-warm-up.ts: a first extraction of Gmail's 20 messages after the
  // made-up thread 25 ms, after itself 10 ms, cold 123 ms).
  let realThread: ExtractRequest | null = null;

  function ensureDocument(host: OffscreenHost) {
    if (attempting) return;
    const mine = ++armed;
    later(() => {
      if (mine !== armed || attempting) return;
      attempting = true;
      void makeAndWarm(host).finally(() => {
        attempting = false;
        making = false;
        realThread = null;
      });
    });
  }

  async function makeAndWarm(host: OffscreenHost) {
    try {
      // Another message's attempt, or a worker before this one, may have made it already.
      if (await host.exists()) return;
      making = true;
      await host.create();
      await host.send(realThread ?? warmUpRequest());
    } catch {
      // Not made (the next worker tries again) or not warmed (its first open warms it).
    }
  }

  function askInTime(host: OffscreenHost, request: ExtractRequest): Promise<unknown> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<undefined>(
      (resolve) => (timer = setTimeout(() => resolve(undefined), deadline)),
    );
    return Promise.race([host.send(request), late]).finally(() => clearTimeout(timer));
  }

  async function extract(input: ExtractionInput, adjustment?: IntentAdjustment): Promise<ExtractionResult> {
    const host = options.host;
    const here = () => {
      const result = local(input, adjustment ? { adjustment } : {});
      warmHere = true;
      return result;
    };
    if (!host || warmHere || making) return here();
    const small = threadChars(input) <= REMOTE_MAX_CHARS;
    const request = small ? extractRequest(input, adjustment) : null;
    let present = false;
    try {
      present = await host.exists();
      if (present && request && !making) {
        const result = usableReply(await askInTime(host, request));
        if (result) return result;
      }
    } catch {
      // The document closed or crashed between the check and the reply: extract here.
    }
    if (present) return here();
    if (request) realThread = request;
    const result = here();
    // Armed after the extraction, so the reply leaves before the document starts.
    ensureDocument(host);
    return result;
  }

  return {
    extract,
    prewarm() {
      if (!options.host || prewarmed) return;
      prewarmed = true;
      ensureDocument(options.host);
    },
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
