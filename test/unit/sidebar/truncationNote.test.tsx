// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { ThreadView } from '../../../src/messaging/protocol';
import type { Thread } from '../../../src/core';
import type { SidebarActions } from '../../../src/ui/sidebar/actions';

vi.mock('../../../src/messaging/client', () => ({
  sendToWorker: vi.fn(async () => new Promise(() => undefined)),
}));
const { Sidebar } = await import('../../../src/ui/sidebar/Sidebar');

const view: ThreadView = {
  client: {
    key: 'domain:acme.com' as ThreadView['otherClients'][number]['key'],
    client: null,
    name: 'Acme',
    people: [],
  },
  otherClients: [],
  items: [],
  suggestions: [],
  signals: [],
  offers: [],
};
const thread: Thread = {
  host: 'gmail',
  id: 't1',
  url: 'https://mail.google.com/mail/u/0/#inbox/t1',
  subject: 'S',
  messages: [],
};

function mount(truncated?: string[]) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() =>
    render(
      <Sidebar
        state={{ kind: 'ready', view, thread, ...(truncated ? { truncated } : {}) }}
        collapsed={false}
        onToggle={() => undefined}
        actions={{} as SidebarActions}
      />,
      root,
    ),
  );
  return root;
}

describe('the panel when part of the thread was cut (issue 10, item 7)', () => {
  it('says plainly what was cut', () => {
    const root = mount(['A name longer than 500 characters was shortened.']);
    const note = root.querySelector('.truncated[role="note"]');
    expect(note?.textContent).toContain('Part of this thread was too long for Accord and was cut');
    expect(note?.textContent).toContain('A name longer than 500 characters was shortened.');
  });

  it('says nothing when nothing was cut', () => {
    expect(mount([]).querySelector('.truncated')).toBeNull();
    expect(mount().querySelector('.truncated')).toBeNull();
  });
});
