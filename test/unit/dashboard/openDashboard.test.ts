import { fakeBrowser } from 'wxt/testing';
import { openDashboard } from '../../../src/worker/openDashboard';

beforeEach(() => fakeBrowser.reset());

describe('the toolbar button', () => {
  it('opens the dashboard on Today in a new tab when none is open', async () => {
    await openDashboard();
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/dashboard.html#/today'));
  });
});
