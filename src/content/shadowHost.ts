import { createIsolatedElement } from '@webext-core/isolated-element';
import { browser } from 'wxt/browser';

/**
 * The sidebar's host element and its shadow root, with the content script's own CSS inside.
 * WXT's `createShadowRootUi` does the same but also carries its auto-mount machinery (an
 * element waiter, a keyed map, option merging) that Accord never uses, about 2 KB gzipped of a
 * content script that has a 40 KB budget (2026-12-02); so we build the host with the same
 * well-kept helper WXT uses underneath and load the CSS the way WXT does for `cssInjectionMode: 'ui'`.
 */
export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The `<body>` inside the shadow root, where the UI renders. */
  container: HTMLElement;
}

export async function createShadowHost(name: string, mode: 'open' | 'closed'): Promise<ShadowHost> {
  // `all: initial` keeps the host page's inherited styles (font, colour, line height) out.
  const css = `:host{all:initial !important;}\n${(await entryCss()).replaceAll(':root', ':host')}`;
  const { parentElement, shadow, isolatedElement } = await createIsolatedElement({
    name,
    mode,
    css: { textContent: css },
  });
  return { host: parentElement, shadow, container: isolatedElement };
}

/** The CSS WXT emits for this content script (web-accessible), or none when it cannot be read. */
async function entryCss(): Promise<string> {
  // The path is built at run time, so it is not among WXT's typed public paths.
  const getURL = browser.runtime.getURL as (path: string) => string;
  const url = getURL(`/content-scripts/${import.meta.env.ENTRYPOINT}.css`);
  try {
    return await (await fetch(url)).text();
  } catch {
    console.warn(`Accord: the panel's styles could not be read from ${url}`);
    return '';
  }
}
