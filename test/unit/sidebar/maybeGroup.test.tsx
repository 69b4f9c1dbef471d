// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { MAYBE_BELOW, type SuggestedExpectation } from '../../../src/core';
import type { SidebarActions } from '../../../src/ui/sidebar/actions';
import { SuggestionList } from '../../../src/ui/sidebar/SuggestionList';

const suggestion = (text: string, start: number, confidence: number): SuggestedExpectation => ({
  messageId: 'm1',
  kind: 'request',
  owner: 'us',
  text,
  start,
  end: start + text.length,
  due: null,
  amount: null,
  confidence,
});

const actions = {} as SidebarActions;

function mount(suggestions: SuggestedExpectation[]) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() => render(<SuggestionList suggestions={suggestions} actions={actions} />, root));
  return root;
}

describe('suggestions the model is less sure of', () => {
  const sure = suggestion('Could you send the signed contract by Friday?', 0, 0.93);
  const unsure = suggestion('Monday would work for us.', 60, MAYBE_BELOW - 0.1);
  const alsoUnsure = suggestion('Thursday the 20th at 1pm.', 90, 0.45);

  it('are collapsed under "Maybe (N)", apart from the sure ones', () => {
    const root = mount([sure, unsure, alsoUnsure]);
    const toggle = [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Maybe'))!;
    expect(toggle.textContent).toBe('Maybe (2)');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const list = root.querySelector(`#${toggle.getAttribute('aria-controls')!}`) as HTMLElement;
    expect(list.hidden).toBe(true);
    expect(list.textContent).toContain(unsure.text);
    expect(list.textContent).not.toContain(sure.text);
    expect(root.querySelector('.message-group')?.textContent).toContain(sure.text);
    expect(root.querySelector('.message-group')?.textContent).not.toContain(unsure.text);
    expect(root.querySelector('.count')?.textContent).toBe('1');
  });

  it('open with the button, which says it is expanded, in their own list', async () => {
    const root = mount([sure, unsure, alsoUnsure]);
    const toggle = [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Maybe'))!;
    await act(async () => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = root.querySelector(`#${toggle.getAttribute('aria-controls')!}`) as HTMLElement;
    expect(list.hidden).toBe(false);
    expect(list.textContent).toContain(alsoUnsure.text);
  });

  it('leave no "Maybe" button when every suggestion is sure', () => {
    const root = mount([sure]);
    expect([...root.querySelectorAll('button')].some((b) => b.textContent?.startsWith('Maybe'))).toBe(false);
  });
});
