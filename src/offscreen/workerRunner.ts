/**
 * Runs extraction requests in a dedicated worker, one reply per request by id. A worker that
 * fails (out of memory on a hostile thread) fails what was waiting and is replaced for the next.
 */
import type { ExtractionResult } from '../extract';
import type { ExtractRequest } from './protocol';

type Settle = { resolve: (r: ExtractionResult) => void; reject: (e: Error) => void };
type Reply = { id: number; ok: true; result: ExtractionResult } | { id: number; ok: false; error: string };

export function createWorkerRunner(spawn: () => Worker) {
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
    worker = w;
    return w;
  }

  return function run(request: ExtractRequest): Promise<ExtractionResult> {
    const id = nextId++;
    return new Promise<ExtractionResult>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      current().postMessage({ id, request });
    });
  };
}
