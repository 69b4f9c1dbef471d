import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HostAdapter } from '../mail/adapter';
import { SIDEBAR_TAG } from './mountSidebar';
import type { SidebarStore } from './sidebarStore';

/**
 * Keeps a column free for the panel while it is visible and expanded, through the host
 * adapter's `reservePanelSpace`; hiding or collapsing the panel gives the space back.
 *
 * The width reserved is measured from the panel itself (from its left edge to the right
 * edge of the window), so it follows whatever size and margin the panel's stylesheet gives
 * it rather than a number copied here. Measured once per change of state, after Preact has
 * rendered it; no polling, no observer.
 */
export function keepPanelSpace(ctx: ContentScriptContext, store: SidebarStore, adapter: HostAdapter): void {
  const reserve = adapter.reservePanelSpace;
  if (!reserve) return;
  let undo: (() => void) | null = null;
  let reservedWidth = 0;
  let frame = 0;

  const release = () => {
    undo?.();
    undo = null;
    reservedWidth = 0;
  };
  const measure = () => {
    frame = 0;
    const { visible, collapsed } = store.get();
    if (!visible || collapsed) return release();
    const panel = document.querySelector(SIDEBAR_TAG)?.shadowRoot?.querySelector('.accord');
    const rect = panel?.getBoundingClientRect();
    if (!rect || rect.width === 0) return release();
    const width = Math.max(0, Math.ceil(window.innerWidth - rect.left));
    if (width === reservedWidth && undo) return;
    release();
    undo = reserve(document, width);
    reservedWidth = width;
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(measure);
  };
  const unsubscribe = store.subscribe(schedule);
  schedule();
  ctx.onInvalidated(() => {
    unsubscribe();
    if (frame) cancelAnimationFrame(frame);
    release();
  });
}
