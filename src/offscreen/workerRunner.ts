/**
 * Runs extraction requests in a dedicated worker, one reply per request by id. A worker that
 * reports an error, sends what cannot be read, or keeps a job past its deadline is ended: what
 * was waiting fails (the service worker then extracts those threads itself) and the next request
 * gets a new worker.
 */
import type { ExtractionResult } from '../extract';
import type { ExtractRequest } from './protocol';

type Settle = { resolve: (r: ExtractionResult) => void; reject: (e: Error) => void };
type Reply = { id: number; ok: true; result: ExtractionResult } | { id: number; ok: false; error: string };

/** Far beyond a normal extraction (milliseconds) and the service worker's own wait for a reply. */
export const JOB_DEADLINE_MS = 10_000;

export function createWorkerRunner(spawn: () => Worker, jobDeadlineMs = JOB_DEADLINE_MS) {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, Settle>();

  function failAll(message: string) {
    for (const settle of waiting.values()) settle.reject(new Error(message));
    waiting.clear();
    worker?.terminate();
    worker = null;
  }

  function current(): Worker {
    if (worker) return worker;
    const w = spawn();
    w.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const settle = waiting.get(reply.id);
      if (!settle) return;
      waiting.delete(reply.id);
      if (reply.ok) settle.resolve(reply.result);
      else settle.reject(new Error(reply.error));
    };
    w.onerror = (event) => failAll(event.message || 'The extraction worker failed.');
    w.onmessageerror = () => failAll('The extraction worker sent a reply that could not be read.');
    worker = w;
    return w;
  }

  return function run(request: ExtractRequest): Promise<ExtractionResult> {
    const id = nextId++;
    return new Promise<ExtractionResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (waiting.has(id)) failAll('The extraction worker took too long.');
      }, jobDeadlineMs);
      const done = () => clearTimeout(timer);
      waiting.set(id, {
        resolve: (r) => (done(), resolve(r)),
        reject: (e) => (done(), reject(e)),
      });
      current().postMessage({ id, request });
    });
  };
}
