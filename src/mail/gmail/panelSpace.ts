import { APP_ROW } from './selectors';

/** Marks the stylesheet that makes room, so a later copy of Accord can find a stale one. */
export const PANEL_SPACE_ATTR = 'data-accord-panel-space';

/**
 * Makes a column of `widthPx` at the right of Gmail for Accord's panel and returns the undo.
 *
 * Gmail's own side panel (Calendar, Keep, add-ons) opens by taking width from the app row
 * (`APP_ROW`: navigation, main area, side panel strip side by side), so the thread reflows
 * narrower instead of being covered. Accord does the same from outside: one stylesheet
 * that gives the row a right margin (and a matching max-width, in case Gmail sets a pixel
 * width inline). A stylesheet rather than inline styles because Gmail replaces parts of
 * this tree as it navigates; the rule keeps applying to whatever row Gmail renders next.
 * Where the row is missing (a layout Accord does not know), the whole body is narrowed
 * instead, and the panel starts at the top of the window. (2026-12)
 *
 * The panel reads its top and width from two custom properties set on the root, which
 * inherit into its shadow root: `--accord-panel-top` (the row's top: the panel sits under
 * Google's top bar, as Gmail's side panel does) and `--accord-panel-width`.
 */
export function reserveGmailPanelSpace(doc: Document, widthPx: number): () => void {
  const width = Math.max(0, Math.round(widthPx));
  const row = doc.querySelector(APP_ROW);
  const top = row ? Math.max(0, Math.round(row.getBoundingClientRect().top)) : 0;
  const target = row ? APP_ROW : 'body';
  const style = doc.createElement('style');
  style.setAttribute(PANEL_SPACE_ATTR, '');
  style.textContent = [
    `:root{--accord-panel-top:${top}px;--accord-panel-width:${width}px}`,
    `${target}{box-sizing:border-box!important;margin-right:${width}px!important;max-width:calc(100% - ${width}px)!important}`,
  ].join('\n');
  (doc.head ?? doc.documentElement).append(style);
  announceResize(doc);
  return () => {
    if (!style.isConnected) return;
    style.remove();
    announceResize(doc);
  };
}

/**
 * Gmail sizes some of its panes from script on window resize; a width change it did not
 * cause needs the same nudge (InboxSDK does the same after opening its side panel).
 */
function announceResize(doc: Document) {
  doc.defaultView?.dispatchEvent(new Event('resize'));
}
