import '../../src/ui/sidebar/sidebar.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startController } from '../../src/content/controller';
import { mountSidebar } from '../../src/content/mountSidebar';
import { createSidebarStore } from '../../src/content/sidebarStore';
import { outlookAdapter } from '../../src/mail/outlook/adapter';

/**
 * Outlook on the web's content script, the same shape as Gmail's: the adapter, the sidebar,
 * the controller. Mail pages only, on the four Outlook hosts; extraction and the ledger
 * run in the worker.
 */
export default defineContentScript({
  matches: [
    'https://outlook.office.com/mail/*',
    'https://outlook.office365.com/mail/*',
    'https://outlook.cloud.microsoft/mail/*',
    'https://outlook.live.com/mail/*',
  ],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const store = createSidebarStore({ visible: false, collapsed: false, state: { kind: 'loading' } });
    if (await mountSidebar(ctx, store, outlookAdapter)) startController(ctx, outlookAdapter, store);
  },
});
