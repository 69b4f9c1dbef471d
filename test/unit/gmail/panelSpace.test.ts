// @vitest-environment happy-dom
import { PANEL_SPACE_ATTR, reserveGmailPanelSpace } from '../../../src/mail/gmail/panelSpace';
import { keepPanelSpace } from '../../../src/content/panelSpace';
import { createSidebarStore } from '../../../src/content/sidebarStore';
import { gmailAdapter } from '../../../src/mail/gmail/adapter';
import { loadPage } from './loadPage';

const sheets = (doc: Document) => Array.from(doc.querySelectorAll(`style[${PANEL_SPACE_ATTR}]`));

describe('making room in Gmail for the panel', () => {
  it('narrows Gmail’s app row by the width asked for, and the undo gives it back', () => {
    const { document } = loadPage('one-message.html');
    const undo = reserveGmailPanelSpace(document, 336);
    const [sheet] = sheets(document);
    expect(sheet?.textContent).toContain('div.nH.bkL{');
    expect(sheet?.textContent).toContain('margin-right:336px!important');
    expect(sheet?.textContent).toContain('--accord-panel-width:336px');
    undo();
    expect(sheets(document)).toHaveLength(0);
    undo(); // twice is harmless
  });

  it('narrows the whole page when Gmail’s app row is not there (a layout it does not know)', () => {
    const { document } = loadPage('one-message.html');
    document.querySelector('div.nH.bkL')!.classList.remove('bkL');
    reserveGmailPanelSpace(document, 300);
    expect(sheets(document)[0]?.textContent).toMatch(/^body\{.*margin-right:300px/m);
  });

  it('reserves only while the panel is shown and expanded, and gives the space back when stopped', () => {
    const { document } = loadPage('one-message.html');
    const store = createSidebarStore({ visible: false, collapsed: false, state: { kind: 'loading' } });
    const stop = keepPanelSpace(store, gmailAdapter, document);
    expect(sheets(document)).toHaveLength(0);
    store.set({ visible: true });
    expect(sheets(document)).toHaveLength(1);
    store.set({ state: { kind: 'unreadable', reason: 'x' } });
    expect(sheets(document)).toHaveLength(1);
    store.set({ collapsed: true });
    expect(sheets(document)).toHaveLength(0);
    store.set({ collapsed: false });
    expect(sheets(document)).toHaveLength(1);
    store.set({ visible: false });
    expect(sheets(document)).toHaveLength(0);
    store.set({ visible: true });
    stop();
    expect(sheets(document)).toHaveLength(0);
    store.set({ visible: true, collapsed: false });
    expect(sheets(document)).toHaveLength(0);
  });

  it('does nothing for a host that cannot make room', () => {
    const { document } = loadPage('one-message.html');
    const store = createSidebarStore({ visible: true, collapsed: false, state: { kind: 'loading' } });
    const { reservePanelSpace: _, ...withoutRoom } = gmailAdapter;
    keepPanelSpace(store, withoutRoom, document)();
    expect(sheets(document)).toHaveLength(0);
  });
});
