// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { DEFAULT_SETTINGS, type SettingsView } from '../../../src/ledger/settings';

const sendToWorker = vi.fn();
vi.mock('../../../src/messaging/client', () => ({
  sendToWorker: (...args: unknown[]) => sendToWorker(...args),
}));
const { SettingsPage } = await import('../../../src/ui/options/SettingsPage');

async function mount(view: SettingsView) {
  sendToWorker.mockImplementation(async (type: string) => {
    if (type === 'settings.get') return view;
    if (type === 'calendar.status') return { google: { connected: false }, microsoft: { connected: false } };
    throw new Error(`unexpected ${type}`);
  });
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await act(async () => render(<SettingsPage />, root));
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  return root;
}

describe('the settings page with settings that were stored damaged', () => {
  it('names each unreadable value and still offers every form with its Save button', async () => {
    const note =
      'Your other addresses: the stored value is not valid (Invalid type), so Accord uses the default until you save a new one.';
    const root = await mount({ ...DEFAULT_SETTINGS, unreadable: [note] });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(note);
    const buttons = [...root.querySelectorAll('button[type="submit"]')].map((b) => b.textContent);
    expect(buttons).toEqual(expect.arrayContaining(['Save settings', 'Save calendar settings']));
  });

  it('shows no note when every stored value is valid', async () => {
    const root = await mount({ ...DEFAULT_SETTINGS, unreadable: [] });
    expect(root.querySelector('.unreadable-settings')).toBeNull();
    expect(root.querySelector('button[type="submit"]')).not.toBeNull();
  });
});
