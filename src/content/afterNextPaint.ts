import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** A page that renders no frame (a hidden tab): after this long, go on without one. */
const NO_FRAME_MS = 100;

/**
 * Resolves once the page has rendered what was last put in it: after the next animation
 * frame, in a task of its own. The highlighter waits for it after the panel's render: its
 * first computed style read (visibleText.ts: a transform needs layout) would otherwise force
 * the layout of the panel's new column and of a heavy message into its own task (issue 10,
 * item 6; profiled 2026-12). The thread's read does not wait for it: headless Chromium in the
 * bench often renders no frame for 100 ms, which added that much to a cold fill; the read's
 * slices (src/mail/slices.ts) keep the forced layout with at most one slice of Accord's work.
 */
export function afterNextPaint(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    ctx.requestAnimationFrame(() => ctx.setTimeout(resolve, 0));
    ctx.setTimeout(resolve, NO_FRAME_MS);
  });
}
