import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Calls `onChange` when the page's address changes through the app's own navigation
 * (`history.pushState` / `replaceState`, as Outlook on the web moves between folders and
 * conversations) or the browser's back and forward buttons. No polling:
 *
 * - the Navigation API's `currententrychange` (Chromium; the event reaches the content
 *   script's world too), else
 * - a MutationObserver on `root` (the app re-renders when it navigates), comparing the
 *   address once per batch of changes: one string comparison, nothing read from the page.
 *
 * Everything is removed when the content script's context ends.
 */
export function followHistoryNavigation(
  ctx: ContentScriptContext,
  root: Element,
  onChange: () => void,
): void {
  let last = location.href;
  const check = () => {
    if (ctx.isInvalid || location.href === last) return;
    last = location.href;
    onChange();
  };
  ctx.addEventListener(window, 'popstate', check);
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', check);
    ctx.onInvalidated(() => navigation.removeEventListener('currententrychange', check));
    return;
  }
  const observer = new MutationObserver(check);
  observer.observe(root, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}
