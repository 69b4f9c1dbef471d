import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HostAdapter } from '../mail/adapter';
import { keepPanelSpace } from './panelSpace';
import type { SidebarStore } from './sidebarStore';
import { SidebarApp } from './SidebarApp';
import { createSidebarActions } from './sidebarActions';
import { sendToWorker } from '../messaging/client';
import { createShadowHost } from './shadowHost';
import { setSidebarRoot } from './sidebarRoot';
import { ignoreUntrustedEvents } from './trustedEvents';

/** The custom element that hosts the sidebar's shadow root. */
export const SIDEBAR_TAG = 'accord-sidebar';
/**
 * Closed: script in Gmail's page world gets `host.shadowRoot === null` and cannot read the
 * ledger's text or reach a button (issue 10, item 8). Only the end-to-end suite's own build
 * (`wxt build --mode e2e`) keeps it open so Playwright's locators can read the panel;
 * test/e2e/closed-sidebar.e2e.ts runs the production build and proves it closed.
 */
const SHADOW_MODE = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';

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
  const { host, shadow, container } = await createShadowHost(SIDEBAR_TAG, SHADOW_MODE);
  // A newer copy may have started while we awaited (the worker re-runs the script on
  // install and update): then it owns the page. Otherwise we replace any older one.
  if (ctx.isInvalid) return false;
  document.querySelectorAll(SIDEBAR_TAG).forEach((stale) => stale.remove());
  document.body.append(host);
  setSidebarRoot(shadow);
  const unguard = ignoreUntrustedEvents(shadow);
  render(<SidebarApp store={store} actions={actions} onToggle={onToggle} />, container);
  ctx.onInvalidated(() => {
    render(null, container);
    unguard();
    setSidebarRoot(null);
    host.remove();
  });
  // The panel takes a column of the host's layout instead of covering the mail.
  if (adapter) ctx.onInvalidated(keepPanelSpace(store, adapter, document));
  return true;
}
