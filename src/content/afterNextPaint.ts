import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** A page that renders no frame (a hidden tab): after this long, go on without one. */
const NO_FRAME_MS = 100;

/**
 * Resolves once the page has rendered what was last put in it: after the next animation
 * frame, in a task of its own. Waited for before reading a heavy thread, and by the
 * highlighter after the panel's render: a first computed style read (visibleText.ts: a
 * transform needs layout) would otherwise force the host's layout of a heavy message, and of
 * the panel's new column, into Accord's task (issue 10, item 6; profiled 2026-12).
 */
export function afterNextPaint(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    ctx.requestAnimationFrame(() => ctx.setTimeout(resolve, 0));
    ctx.setTimeout(resolve, NO_FRAME_MS);
  });
}
