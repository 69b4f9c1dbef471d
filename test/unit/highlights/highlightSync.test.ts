import { marksFor } from '../../../src/content/highlightSync';
import type { LedgerItem, SuggestedExpectation, Thread } from '../../../src/core';
import type { ThreadView } from '../../../src/messaging/protocol';

const thread = { messages: [{ id: 'm1' }, { id: 'm2' }] } as Thread;
const item = (id: string, messageId: string | null): LedgerItem =>
  ({
    id,
    owner: 'us',
    text: `Item ${id}`,
    due: '2026-12-01',
    status: 'confirmed',
    source: messageId ? { messageId, quote: `Quote ${id}.` } : null,
  }) as LedgerItem;
const suggestion: SuggestedExpectation = {
  messageId: 'm2',
  kind: 'deliverable',
  owner: 'client',
  text: 'We will share the brand guidelines before Nov 30.',
  start: 42,
  end: 91,
  due: '2026-11-30',
  amount: null,
  confidence: 0.9,
};

describe('what the open thread marks', () => {
  it('marks items quoted from this thread’s messages and every suggestion, keyed as the sidebar keys them', () => {
    const view = {
      items: [item('a', 'm1'), item('b', 'elsewhere'), item('c', null)],
      suggestions: [suggestion],
    } as ThreadView;
    expect(marksFor(view, thread)).toEqual([
      {
        id: 'a',
        messageId: 'm1',
        quote: 'Quote a.',
        status: 'confirmed',
        label: 'Item a',
        owner: 'us',
        due: '2026-12-01',
      },
      {
        id: 'm2:42',
        messageId: 'm2',
        quote: suggestion.text,
        status: 'suggested',
        label: suggestion.text,
        owner: 'client',
        due: '2026-11-30',
      },
    ]);
  });
});
