import '../../src/ui/sidebar/sidebar.css';
import '../../src/ui/sidebar/panelStatus.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startController } from '../../src/content/controller';
import { mountSidebar } from '../../src/content/mountSidebar';
import { createSidebarStore } from '../../src/content/sidebarStore';
import { gmailAdapter } from '../../src/mail/gmail/adapter';

/**
 * Gmail's content script: small on purpose (the adapter, the sidebar, the controller).
 * Extraction and the ledger run in the worker, off Gmail's main thread.
 */
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const store = createSidebarStore({ visible: false, collapsed: false, state: { kind: 'loading' } });
    if (await mountSidebar(ctx, store, gmailAdapter)) startController(ctx, gmailAdapter, store);
  },
});
