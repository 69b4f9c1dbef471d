// @vitest-environment happy-dom
/**
 * The panel's ledger: overdue items stand out with how many days, due today and this week
 * are marked, closed items fold into "Closed (N)", the track record is a short summary
 * with a chart, and a late client item offers a follow-up on its own thread only.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { LedgerItem } from '../../../src/core';
import { LedgerList } from '../../../src/ui/sidebar/LedgerList';
import { TrackRecord, summarise } from '../../../src/ui/sidebar/TrackRecord';
import type { SidebarActions } from '../../../src/ui/sidebar/actions';
import { daysBetween, dueState } from '../../../src/ledger/dueState';

const item = (overrides: Partial<LedgerItem> & { id: string }): LedgerItem => ({
  clientId: 'c1',
  kind: 'deliverable',
  owner: 'us',
  text: overrides.id,
  due: null,
  amount: null,
  status: 'confirmed',
  source: null,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  history: [],
  ...overrides,
});
const source = (threadId: string): LedgerItem['source'] => ({
  host: 'gmail',
  threadId,
  threadUrl: `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
  messageId: 'm1',
  quote: 'We will send the signed contract by Nov 20.',
  start: 0,
  end: 42,
  sentAt: '2026-11-03T10:00:00.000Z',
});

const actions = (draft = vi.fn(async () => undefined)) =>
  ({ setStatus: vi.fn(), draftFollowUp: draft }) as unknown as SidebarActions;

function mount(node: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() => render(node, root));
  return root;
}
const row = (root: Element, id: string) => root.querySelector(`[data-item-id="${id}"]`)!;

describe('due dates in the panel', () => {
  it('counts calendar days between local days, DST or not', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // London's clocks change on the 29th
    expect(daysBetween('2026-12-02', '2026-11-20')).toBe(-12);
    expect(dueState({ status: 'confirmed', due: '2026-11-20' }, '2026-12-02')).toEqual({
      kind: 'overdue',
      days: 12,
    });
    expect(dueState({ status: 'done', due: '2026-11-20' }, '2026-12-02')).toEqual({ kind: 'closed' });
  });

  it('marks overdue (both sides), due today and due this week, and leaves later and undated items plain', () => {
    const root = mount(
      <LedgerList
        today="2026-12-02"
        clientName="Acme"
        actions={actions()}
        items={[
          item({ id: 'late-ours', due: '2026-11-20' }),
          item({ id: 'late-theirs', owner: 'client', due: '2026-11-29', status: 'proposed' }),
          item({ id: 'today', due: '2026-12-02' }),
          item({ id: 'tomorrow', due: '2026-12-03' }),
          item({ id: 'week', owner: 'client', due: '2026-12-09' }),
          item({ id: 'later', due: '2026-12-10' }),
          item({ id: 'undated' }),
        ]}
      />,
    );
    expect(row(root, 'late-ours').querySelector('.due-state')?.textContent).toBe('12 days overdue');
    expect(row(root, 'late-theirs').querySelector('.due-state')?.textContent).toBe('3 days overdue');
    expect(row(root, 'late-ours').getAttribute('data-due')).toBe('overdue');
    expect(row(root, 'today').querySelector('.due-state')?.textContent).toBe('Due today');
    expect(row(root, 'tomorrow').querySelector('.due-state')?.textContent).toBe('Due tomorrow');
    expect(row(root, 'week').querySelector('.due-state')?.textContent).toBe('Due in 7 days');
    expect(row(root, 'later').querySelector('.due-state')).toBeNull();
    expect(row(root, 'undated').querySelector('.due-state')).toBeNull();
  });

  it('folds done, missed and cancelled items into a closed "Closed (N)" disclosure per side', () => {
    const root = mount(
      <LedgerList
        today="2026-12-02"
        clientName="Acme"
        actions={actions()}
        items={[
          item({ id: 'open', due: '2026-12-05' }),
          item({ id: 'done', status: 'done', doneOn: '2026-11-01', due: '2026-11-20' }),
          item({ id: 'missed', status: 'missed', due: '2026-11-20' }),
          item({ id: 'cancelled', owner: 'client', status: 'cancelled' }),
        ]}
      />,
    );
    const ours = root.querySelector('[data-side="us"]')!;
    const group = ours.querySelector('details.closed-group') as HTMLDetailsElement;
    expect(group.open).toBe(false);
    expect(group.querySelector('summary')?.textContent).toBe('Closed (2)');
    expect(
      [...group.querySelectorAll('li.item')].map((li) => li.getAttribute('data-item-id')).sort(),
    ).toEqual(['done', 'missed']);
    expect(ours.querySelector(':scope > ul.items')?.querySelectorAll('li.item')).toHaveLength(1);
    expect(ours.querySelector('h3 .count')?.textContent).toBe('1');
    // A closed item is never marked overdue.
    expect(row(root, 'missed').querySelector('.due-state')).toBeNull();
    const theirs = root.querySelector('[data-side="client"]')!;
    expect(theirs.querySelector('.none')?.textContent).toBe('Nothing still owed.');
    expect(theirs.querySelector('summary')?.textContent).toBe('Closed (1)');
  });
});

describe('follow-ups in the panel', () => {
  it('offers a follow-up for a late client item on its own thread, and drafts it on request', async () => {
    const draft = vi.fn(async () => undefined);
    const late = item({ id: 'contract', owner: 'client', due: '2026-11-20', source: source('t1') });
    const root = mount(
      <LedgerList
        today="2026-12-02"
        clientName="Acme"
        actions={actions(draft)}
        threadId="t1"
        items={[late]}
      />,
    );
    const button = [...row(root, 'contract').querySelectorAll('button')].find(
      (b) => b.textContent === 'Draft a follow-up',
    )!;
    await act(async () => button.click());
    expect(draft).toHaveBeenCalledWith(late);
    expect(row(root, 'contract').querySelector('.follow-up-status')?.textContent).toMatch(/not sent/);
  });

  it('shows the host’s reason when the reply could not be opened', async () => {
    const draft = vi.fn(async () => {
      throw new Error('Gmail’s reply window did not open.');
    });
    const late = item({ id: 'contract', owner: 'client', due: '2026-11-20', source: source('t1') });
    const root = mount(
      <LedgerList
        today="2026-12-02"
        clientName="Acme"
        actions={actions(draft)}
        threadId="t1"
        items={[late]}
      />,
    );
    await act(async () =>
      (row(root, 'contract').querySelector('.follow-up button') as HTMLButtonElement).click(),
    );
    expect(row(root, 'contract').querySelector('.follow-up-status')?.textContent).toBe(
      'Gmail’s reply window did not open.',
    );
  });

  it('offers none for our own late items, items not yet late, or a host without a reply compose; elsewhere it says where to go', () => {
    const root = mount(
      <LedgerList
        today="2026-12-02"
        clientName="Acme"
        actions={actions()}
        threadId="t1"
        items={[
          item({ id: 'ours', due: '2026-11-20', source: source('t1') }),
          item({ id: 'not-yet', owner: 'client', due: '2026-12-02', source: source('t1') }),
          item({ id: 'other-thread', owner: 'client', due: '2026-11-20', source: source('t2') }),
        ]}
      />,
    );
    expect(row(root, 'ours').querySelector('.follow-up')).toBeNull();
    expect(row(root, 'not-yet').querySelector('.follow-up')).toBeNull();
    expect(row(root, 'other-thread').querySelector('.follow-up')).toBeNull();
    expect(row(root, 'other-thread').querySelector('.follow-up-hint')?.textContent).toMatch(
      /Open the thread/,
    );

    const noCompose = { setStatus: vi.fn() } as unknown as SidebarActions;
    const bare = mount(
      <LedgerList
        today="2026-12-02"
        clientName="Acme"
        actions={noCompose}
        threadId="t1"
        items={[item({ id: 'x', owner: 'client', due: '2026-11-20', source: source('t1') })]}
      />,
    );
    expect(bare.querySelector('.follow-up, .follow-up-hint')).toBeNull();
  });
});

describe('the track record', () => {
  const settled = [
    item({ id: 'e', status: 'done', due: '2026-11-10', doneOn: '2026-11-08' }),
    item({ id: 'o', status: 'done', due: '2026-11-10', doneOn: '2026-11-10' }),
    item({ id: 'l', status: 'done', due: '2026-11-10', doneOn: '2026-11-12' }),
    item({ id: 'm', status: 'missed', due: '2026-11-10' }),
    item({ id: 'c', owner: 'client', status: 'done', due: '2026-11-10', doneOn: '2026-11-09' }),
  ];

  it('reads as one sentence per side, with a chart whose text alternative gives the rates', () => {
    const root = mount(<TrackRecord items={settled} />);
    const lines = [...root.querySelectorAll('.track-lines li')].map((li) => li.textContent);
    expect(lines).toEqual([
      'We kept 2 of 4 on time or early (50%): 1 early, 1 late, 1 missed.',
      'They kept 1 of 1 on time or early (100%): 1 early.',
    ]);
    const chart = root.querySelector('svg[role="img"]')!;
    expect(chart.getAttribute('aria-label')).toBe('On time or early: we kept 50%, they kept 100%');
    const ours = chart.querySelector('[data-side="us"]')!;
    expect(Number(ours.querySelector('.chart-kept')!.getAttribute('width'))).toBeCloseTo(62);
    expect(ours.querySelector('.chart-missed')).not.toBeNull();
  });

  it('is left out until something is settled, and says so for a side with nothing settled', () => {
    expect(mount(<TrackRecord items={[item({ id: 'open' })]} />).querySelector('section')).toBeNull();
    const root = mount(<TrackRecord items={settled.filter((i) => i.owner === 'us')} />);
    expect(root.querySelector('[data-side="client"]')?.textContent).toBe('They: nothing settled yet.');
    expect(root.querySelectorAll('svg g')).toHaveLength(1);
  });

  it('shows the detailed scorecard’s averages and extra items when given them', () => {
    const line = summarise('We', {
      early: 2,
      onTime: 1,
      late: 1,
      missed: 0,
      undated: 0,
      keptRate: 0.75,
      averageDaysEarly: 1.5,
      averageDaysLate: 3,
      extra: 1,
    });
    expect(line).toBe(
      'We kept 3 of 4 on time or early (75%): 2 early (by 1.5 days on average), 1 late (by 3 days on average), 1 extra.',
    );
  });
});
