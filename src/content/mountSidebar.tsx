import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { sendToWorker } from '../messaging/client';
import type { ClientActions } from '../ui/sidebar/ClientHeader';
import type { SidebarStore } from './sidebarStore';
import { SidebarApp } from './SidebarApp';

/** The custom element that hosts the sidebar's shadow root. */
export const SIDEBAR_TAG = 'accord-sidebar';
const COLLAPSED_KEY = 'sidebarCollapsed';

const actions: ClientActions = {
  async rename(view, name) {
    await sendToWorker('client.rename', { clientKey: view.key, name });
  },
  async attachDomain(view, domain) {
    await sendToWorker('client.attachDomain', { clientKey: view.key, name: view.name, domain });
  },
};

/**
 * Mounts the one sidebar for this page. A sidebar left by an earlier copy of Accord (the
 * extension was reloaded or updated while Gmail was open) is removed first: one, ever.
 */
export async function mountSidebar(ctx: ContentScriptContext, store: SidebarStore) {
  const stored = await browser.storage.local.get(COLLAPSED_KEY);
  store.set({ collapsed: stored[COLLAPSED_KEY] === true });
  const onToggle = () => {
    const collapsed = !store.get().collapsed;
    store.set({ collapsed });
    void browser.storage.local.set({ [COLLAPSED_KEY]: collapsed });
  };

  const ui = await createShadowRootUi(ctx, {
    name: SIDEBAR_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      render(<SidebarApp store={store} actions={actions} onToggle={onToggle} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  // Removed right before mounting, after every await: a copy injected on install can start
  // while the manifest's copy is still mounting, and whichever mounts last must leave one.
  document.querySelectorAll(SIDEBAR_TAG).forEach((stale) => stale.remove());
  ui.mount();
  ctx.onInvalidated(() => ui.remove());
}
