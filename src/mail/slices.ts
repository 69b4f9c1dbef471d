/**
 * Long reads of the mail page in short slices (issue 10, item 6). A reader is written once,
 * as a generator that `yield`s between small steps (a text node, a message); then
 *   runToEnd(steps)            runs it at once (tests, short reads such as a snippet), and
 *   runInSlices(steps, signal) runs it about SLICE_MS at a time, letting the page run (input,
 *                              its own rendering) in between, so a 90 KB body read on the
 *                              page's main thread never makes one long task.
 * Host-neutral: both adapters' readers and the highlighter use it.
 */

/** Work done before letting the page run: well under the 50 ms of a "long task". */
export const SLICE_MS = 8;

/** A reader in steps: yields between steps, returns its result. */
export type Steps<T> = Generator<void, T, void>;

interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Resolves in a later task. `scheduler.yield()` (Chrome 129+) resumes ahead of other queued
 * work, so a read in slices is not starved by the page; elsewhere a zero timer.
 */
export function pauseForPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `steps` in slices of about SLICE_MS. Rejects with the signal's reason once `signal`
 * aborts (checked after every pause), leaving the rest of the work undone.
 */
export async function runInSlices<T>(
  steps: Steps<T>,
  signal?: AbortSignal,
  pause: () => Promise<void> = pauseForPage,
): Promise<T> {
  let sliceEnd = performance.now() + SLICE_MS;
  for (;;) {
    signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() < sliceEnd) continue;
    await pause();
    sliceEnd = performance.now() + SLICE_MS;
  }
}
