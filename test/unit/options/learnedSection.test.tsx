// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { LearnedSummary } from '../../../src/extract/model/learning';

const learned: LearnedSummary = {
  less: ['“be in”', 'starting “fyi”'],
  more: ['“go to”'],
  accepted: 1,
  dismissed: 4,
  added: 2,
};
const empty: LearnedSummary = { less: [], more: [], accepted: 0, dismissed: 0, added: 0 };
const sendToWorker = vi.fn();
vi.mock('../../../src/messaging/client', () => ({ sendToWorker: (...a: unknown[]) => sendToWorker(...a) }));

const { LearnedSection } = await import('../../../src/ui/options/LearnedSection');

async function mount() {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await act(async () => render(<LearnedSection />, root));
  // Let the worker's answer (or refusal) arrive and render.
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return root;
}

describe('the settings page’s "What Accord learned from you"', () => {
  beforeEach(() => sendToWorker.mockReset());

  it('says in words what it suggests less and more often, and from how much', async () => {
    sendToWorker.mockResolvedValueOnce(learned);
    const root = await mount();
    expect(sendToWorker).toHaveBeenCalledWith('learning.get', {});
    expect(root.textContent).toContain('1 accepted suggestion, 4 dismissals and 2 items you added');
    expect(root.textContent).toContain('Suggested less often now: sentences with “be in”, starting “fyi”.');
    expect(root.textContent).toContain('Suggested more often now: sentences with “go to”.');
  });

  it('forgets it all on request and says so', async () => {
    sendToWorker.mockResolvedValueOnce(learned).mockResolvedValueOnce(empty);
    const root = await mount();
    const button = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Forget what it learned',
    )!;
    await act(async () => button.click());
    expect(sendToWorker).toHaveBeenLastCalledWith('learning.reset', {});
    expect(root.textContent).toContain('Nothing yet.');
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Forgotten.');
  });

  it('shows the error when the worker cannot answer', async () => {
    sendToWorker.mockRejectedValueOnce(new Error('The ledger could not be opened.'));
    const root = await mount();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('The ledger could not be opened.');
  });
});
