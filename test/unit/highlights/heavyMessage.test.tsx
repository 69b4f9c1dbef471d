// @vitest-environment happy-dom
/**
 * A message with thousands of commitments (issue 10, item 6): the worker sends the first
 * ones of each message and a count of the rest; the sidebar and the marks in the mail say
 * "and N more". Speed itself is measured by `npm run bench -- heavy-thread`, never here.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { SuggestedExpectation } from '../../../src/core';
import { capPerMessage, MAX_PER_MESSAGE } from '../../../src/extract/perMessageCap';
import { extractThread } from '../../../src/extract';
import { applyHighlights, clearHighlights, type Mark } from '../../../src/content/highlights';
import { SuggestionList } from '../../../src/ui/sidebar/SuggestionList';
import { grouped, type SidebarActions } from '../../../src/ui/sidebar/actions';
import { one } from '../extract/helpers';

const sentences = (n: number) =>
  Array.from({ length: n }, (_, i) => `We will deliver part ${i + 1} of the rollout by Friday.`);

describe('a message with thousands of commitments', () => {
  const found = extractThread(one(sentences(2000).join('\n'))).expectations;

  it('is read whole in the worker, then sent to the page capped per message with a count of the rest', () => {
    expect(found).toHaveLength(2000);
    const other = { ...found[0]!, messageId: 'm2' };
    const { kept, more } = capPerMessage([...found, other]);
    expect(kept).toHaveLength(MAX_PER_MESSAGE + 1);
    expect(kept.slice(0, 3).map((s) => s.text)).toEqual(sentences(3));
    expect(more).toEqual({ m1: 2000 - MAX_PER_MESSAGE });
    expect(capPerMessage(found.slice(0, 5)).more).toEqual({});
  });

  it('shows the first suggestions and “and N more” in the sidebar, with the full count', () => {
    const { kept, more } = capPerMessage(found);
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const actions = {} as SidebarActions;
    act(() =>
      render(
        <SuggestionList suggestions={kept as SuggestedExpectation[]} more={more} actions={actions} />,
        root,
      ),
    );
    expect(root.querySelectorAll('li.suggestion')).toHaveLength(MAX_PER_MESSAGE);
    expect(root.querySelector('.count')?.textContent).toBe('2,000');
    expect(root.querySelector('.more')?.textContent).toMatch(/^and 1,970 more from this message/);
    expect(root.querySelector('.group-actions button')?.textContent).toBe(`Accept these ${MAX_PER_MESSAGE}`);
  });

  it('marks at most so many sentences per message in the mail and counts the rest on a “more” chip', () => {
    document.body.replaceChildren();
    const message = document.createElement('div');
    message.className = 'adn ads';
    message.setAttribute('data-legacy-message-id', 'm1');
    const body = document.createElement('div');
    body.className = 'a3s aiL';
    for (const s of sentences(60))
      body.append(Object.assign(document.createElement('div'), { textContent: s }));
    message.append(body);
    document.body.append(message);
    const marks: Mark[] = sentences(60).map((quote, i) => ({
      id: `m1:${i}`,
      messageId: 'm1',
      quote,
      status: 'suggested',
      label: quote,
    }));
    const text = body.textContent;
    const result = applyHighlights(document, marks, () => {}, new Map([['m1', body]]), {
      maxPerMessage: 50,
      more: { m1: 1940 },
    });
    expect(result.applied).toHaveLength(50);
    expect(result.capped).toHaveLength(10);
    const more = body.lastElementChild!;
    expect(more.getAttribute('data-accord-mark')).toBe('more:m1');
    expect(more.shadowRoot?.querySelector('.chip')?.textContent).toBe('+1,950 more');
    expect(body.textContent).toBe(text);
    clearHighlights(document);
    expect(document.querySelectorAll('accord-chip')).toHaveLength(0);
  });

  it('groups thousands without an Intl formatter', () => {
    expect([0, 7, 999, 1000, 1970, 1234567, -4250].map(grouped)).toEqual([
      '0',
      '7',
      '999',
      '1,000',
      '1,970',
      '1,234,567',
      '-4,250',
    ]);
  });
});
