import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** A hidden tab gets no animation frames: after this long, read without waiting for one. */
const NO_FRAME_MS = 100;

/**
 * Resolves once the host has rendered what it last put in the page: after the next animation
 * frame, in a task of its own. Reading styles and boxes (visibleText.ts: a computed margin
 * needs layout) before that forced the host's whole style and layout work for a heavy
 * message into Accord's task, making it a long one (issue 10, item 6; profiled 2026-12).
 */
export function afterNextPaint(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    ctx.requestAnimationFrame(() => ctx.setTimeout(resolve, 0));
    ctx.setTimeout(resolve, NO_FRAME_MS);
  });
}
