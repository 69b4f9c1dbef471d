// @vitest-environment happy-dom
/**
 * Marking a heavy message reads its body in slices (issue 10, item 6): the page runs between
 * them, the chips all go in at the end, and leaving the thread meanwhile leaves no chip behind.
 * The clock is stepped by hand (1 ms a reading), never measured.
 */
import { createHighlightSync } from '../../../src/content/highlightSync';
import { createSidebarStore } from '../../../src/content/sidebarStore';
import type { SuggestedExpectation, Thread } from '../../../src/core';
import type { ThreadView } from '../../../src/messaging/protocol';

const SENTENCES = 300;
const sentence = (i: number) => `We will deliver part ${i} of the rollout by Friday.`;

function setUp() {
  const body = document.createElement('div');
  for (let i = 1; i <= SENTENCES; i++)
    body.append(Object.assign(document.createElement('div'), { textContent: sentence(i) }));
  document.body.replaceChildren(body);
  const suggestions = [1, 150, 300].map((i): SuggestedExpectation => ({
    messageId: 'm1',
    kind: 'deliverable',
    owner: 'client',
    text: sentence(i),
    start: i,
    end: i + 1,
    due: null,
    amount: null,
    confidence: 0.9,
  }));
  const view = { items: [], suggestions } as unknown as ThreadView;
  const thread = { messages: [{ id: 'm1' }] } as Thread;
  const store = createSidebarStore({ visible: true, collapsed: false, state: { kind: 'loading' } });
  const sync = createHighlightSync(document, store, () => new Map([['m1', body]]));
  return { sync, view, thread };
}

let clock = 0;
beforeEach(() => {
  vi.spyOn(performance, 'now').mockImplementation(() => ++clock);
});
afterEach(() => vi.restoreAllMocks());

describe('marking a heavy message', () => {
  it('reads the body across several tasks, then puts every chip in', async () => {
    const { sync, view, thread } = setUp();
    let tasks = 0;
    let done = false;
    const tick = () => (done ? undefined : (tasks++, setTimeout(tick, 0)));
    setTimeout(tick, 0);
    await sync.show(view, thread);
    done = true;
    expect(tasks).toBeGreaterThan(10);
    expect(document.querySelectorAll('accord-chip')).toHaveLength(3);
  });

  it('leaves no chip behind when the thread is left while the body is being read', async () => {
    const { sync, view, thread } = setUp();
    const showing = sync.show(view, thread);
    await new Promise((resolve) => setTimeout(resolve, 0));
    sync.clear();
    await showing;
    expect(document.querySelectorAll('accord-chip')).toHaveLength(0);
  });
});
