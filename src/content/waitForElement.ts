import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Resolves with the first element matching `selector` that is not `previous`, watching
 * only `root`'s subtree and only until it appears or `timeoutMs` passes (then null).
 * No polling: a MutationObserver, disconnected as soon as it has its answer.
 */
export function waitForElement(
  ctx: ContentScriptContext,
  root: Element,
  selector: string,
  previous: Element | null,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<Element | null> {
  const find = () => {
    const found = root.querySelector(selector);
    return found && found !== previous && found.isConnected ? found : null;
  };
  const immediate = find();
  if (immediate) return Promise.resolve(immediate);

  return new Promise((resolve) => {
    const finish = (value: Element | null) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(null);
    const observer = new MutationObserver(() => {
      const found = find();
      if (found) finish(found);
    });
    observer.observe(root, { childList: true, subtree: true });
    const timer = ctx.setTimeout(() => finish(find()), timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
