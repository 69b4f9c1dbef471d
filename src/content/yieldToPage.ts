import type { ContentScriptContext } from 'wxt/utils/content-script-context';

interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Lets Gmail run (input, its own rendering) before Accord's next piece of work, so that
 * pieces that are each short never add up to one long task (issue 10, item 6).
 * `scheduler.yield()` (Chrome 129+) resumes ahead of other queued tasks; elsewhere a timer
 * tied to the content script's context, which an extension update cancels.
 */
export function yieldToPage(ctx: ContentScriptContext): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => ctx.setTimeout(resolve, 0));
}
