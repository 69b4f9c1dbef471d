// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { LedgerItem } from '../../../src/core';
import type { ThreadView } from '../../../src/messaging/protocol';
import { RecapButton } from '../../../src/ui/sidebar/RecapButton';

const view = (status: LedgerItem['status']) =>
  ({
    client: { name: 'Acme', people: [{ name: 'Priya Raman', email: 'priya.raman@acme.com' }] },
    items: [{ id: 'a', owner: 'us', text: 'Send it', status, due: null, amount: null }],
  }) as unknown as ThreadView;

function mount(v: ThreadView, send: (v: ThreadView) => Promise<never> | Promise<unknown>) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() => render(<RecapButton view={v} send={send as never} />, root));
  return root;
}

describe('the Send recap button', () => {
  it('says the recap was written, not sent, and how many items it marked', async () => {
    const send = vi.fn(async () => ({ ok: true, itemIds: ['a'] }));
    const root = mount(view('proposed'), send);
    await act(async () => root.querySelector('button')!.click());
    expect(send).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/not sent.*1 item is marked/);
  });

  it('shows the reason when the reply could not be written', async () => {
    const root = mount(view('confirmed'), async () => ({ ok: false, reason: 'No Reply button.' }));
    await act(async () => root.querySelector('button')!.click());
    expect(root.querySelector('[role="status"]')?.textContent).toBe('No Reply button.');
  });

  it('is not offered when nothing is still owed', () => {
    const root = mount(view('done'), async () => ({ ok: true, itemIds: [] }));
    expect(root.querySelector('button')).toBeNull();
  });
});
