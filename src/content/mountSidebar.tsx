import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { HostAdapter } from '../mail/adapter';
import { keepPanelSpace } from './panelSpace';
import type { SidebarStore } from './sidebarStore';
import { SidebarApp } from './SidebarApp';
import { createSidebarActions } from './sidebarActions';
import { sendToWorker } from '../messaging/client';

/** The custom element that hosts the sidebar's shadow root. */
export const SIDEBAR_TAG = 'accord-sidebar';

/**
 * Mounts the one sidebar for this page. A sidebar left by an earlier copy of Accord (the
 * extension was reloaded or updated while Gmail was open) is removed first: one, ever.
 */
export async function mountSidebar(
  ctx: ContentScriptContext,
  store: SidebarStore,
  adapter?: HostAdapter,
): Promise<boolean> {
  // Remembered by the worker: storage.local is closed to content scripts (docs/ledger.md).
  const settings = await sendToWorker('settings.get', {}).catch(() => null);
  store.set({ collapsed: settings?.sidebarCollapsed === true });
  const onToggle = () => {
    const collapsed = !store.get().collapsed;
    store.set({ collapsed });
    void sendToWorker('sidebar.setCollapsed', { collapsed }).catch(() => undefined);
  };

  const actions = createSidebarActions(store);
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
  // A newer copy may have started while we awaited (the worker re-runs the script on
  // install and update): then it owns the page. Otherwise we replace any older one.
  if (ctx.isInvalid) return false;
  document.querySelectorAll(SIDEBAR_TAG).forEach((stale) => stale.remove());
  ui.mount();
  ctx.onInvalidated(() => ui.remove());
  // The panel takes a column of the host's layout instead of covering the mail.
  if (adapter) ctx.onInvalidated(keepPanelSpace(store, adapter, document));
  return true;
}
