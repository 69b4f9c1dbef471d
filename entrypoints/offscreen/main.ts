/**
 * The offscreen document (Chrome only): keeps extraction warm between wakes of the service
 * worker. See src/offscreen/extractionService.ts.
 */
import { createExtractionService } from '../../src/offscreen/extractionService';
import { createWorkerRunner } from '../../src/offscreen/workerRunner';
import { EXTRACT_WORKER_PATH, WORKER_SCRIPT_PATH } from '../../src/offscreen/protocol';

const run = createWorkerRunner(() => new Worker(chrome.runtime.getURL(`/${EXTRACT_WORKER_PATH}`)));
const handle = createExtractionService({
  extensionId: chrome.runtime.id,
  workerUrl: chrome.runtime.getURL(`/${WORKER_SCRIPT_PATH}`),
  run,
  close: () => window.close(),
});

// How many requests it answered, for whoever inspects the document (the end-to-end tests).
let answered = 0;

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const reply = handle(message, sender);
  if (!reply) return false;
  void reply.then((r) => {
    document.documentElement.dataset.answered = String(++answered);
    sendResponse(r);
  });
  return true;
});
