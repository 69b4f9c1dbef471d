// @vitest-environment happy-dom
import { findAppRoot, reserveOutlookPanelSpace } from '../../../src/mail/outlook/layout';
import { loadOutlookPage } from './loadPage';

describe('making room for the panel in Outlook', () => {
  it('narrows Outlook’s app root by the panel’s width and gives it back exactly', () => {
    const { document } = loadOutlookPage('single-message.html');
    const root = findAppRoot(document)!;
    expect(root.id).toBe('appRoot');
    root.style.setProperty('max-width', '2000px');
    const undo = reserveOutlookPanelSpace(document, 320);
    expect(root.style.getPropertyValue('width')).toBe('calc(100% - 320px)');
    expect(root.style.getPropertyPriority('width')).toBe('important');
    undo();
    undo(); // twice is harmless
    expect(root.style.getPropertyValue('width')).toBe('');
    expect(root.style.getPropertyValue('max-width')).toBe('2000px');
  });

  it('falls back to the body child holding the reading pane, and does nothing without one', () => {
    const { document } = loadOutlookPage('reading-pane-bottom.html');
    document.getElementById('appRoot')!.id = 'appShell';
    expect(findAppRoot(document)?.id).toBe('appShell');
    const empty = new DOMParser().parseFromString('<body><div>Sign in</div></body>', 'text/html');
    expect(() => reserveOutlookPanelSpace(empty, 320)()).not.toThrow();
  });
});
