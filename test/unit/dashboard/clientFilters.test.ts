import type { Client, LedgerItem } from '../../../src/core';
import {
  clientMatchesSearch,
  compareByRisk,
  DEFAULT_CLIENT_FILTERS,
  itemMatches,
  summarizeClients,
  type ClientFilters,
} from '../../../src/ledger';

const TODAY = '2026-03-10';
const CLOCK = { today: TODAY, timeZone: 'UTC' };
let n = 0;
const item = (clientId: string, over: Partial<LedgerItem> = {}): LedgerItem => ({
  id: `i${++n}`,
  clientId,
  kind: 'deliverable',
  owner: 'us',
  text: 'x',
  due: null,
  amount: null,
  status: 'confirmed',
  source: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  history: [],
  ...over,
});
const client = (id: string, name: string, domains: string[] = [], addresses: string[] = []): Client => ({
  id,
  name,
  domains,
  addresses,
  notes: '',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});
const filters = (over: Partial<ClientFilters> = {}): ClientFilters => ({
  ...DEFAULT_CLIENT_FILTERS,
  ...over,
});

describe('the Clients view’s filters', () => {
  it('matches items by owner, kind and status, with open as the default status', () => {
    const payment = item('a', { owner: 'client', kind: 'payment' });
    expect(itemMatches(payment, filters(), TODAY)).toBe(true);
    expect(itemMatches(payment, filters({ owner: 'us' }), TODAY)).toBe(false);
    expect(itemMatches(payment, filters({ owner: 'client', kind: 'payment' }), TODAY)).toBe(true);
    expect(itemMatches(payment, filters({ kind: 'meeting' }), TODAY)).toBe(false);
    const done = item('a', { status: 'done' });
    expect(itemMatches(done, filters(), TODAY)).toBe(false);
    expect(itemMatches(done, filters({ status: 'done' }), TODAY)).toBe(true);
    expect(itemMatches(done, filters({ status: 'any' }), TODAY)).toBe(true);
    expect(itemMatches(item('a', { status: 'renegotiated' }), filters(), TODAY)).toBe(true);
  });

  it.each([
    ['overdue', '2026-03-09', true],
    ['overdue', '2026-03-10', false],
    ['today', '2026-03-10', true],
    ['today', '2026-03-11', false],
    ['week', '2026-03-10', true],
    ['week', '2026-03-17', true],
    ['week', '2026-03-18', false],
    ['week', '2026-03-09', false],
    ['month', '2026-04-09', true],
    ['month', '2026-04-10', false],
    ['undated', null, true],
    ['undated', '2026-03-10', false],
    ['any', null, true],
  ] as const)('due window %s with due %s: %s (day boundaries inclusive)', (due, day, expected) => {
    expect(itemMatches(item('a', { due: day }), filters({ due }), TODAY)).toBe(expected);
  });

  it('searches names, domains and addresses, every word, ignoring case', () => {
    const acme = client('a', 'Acme Corp', ['acme.com'], ['jo@gmail.com']);
    expect(clientMatchesSearch(acme, 'ACME')).toBe(true);
    expect(clientMatchesSearch(acme, 'jo@gmail')).toBe(true);
    expect(clientMatchesSearch(acme, 'acme globex')).toBe(false);
    expect(clientMatchesSearch(acme, '  ')).toBe(true);
  });

  it('sorts by risk: more overdue first, then longest overdue, then next due, then name', () => {
    const rows = [
      { name: 'D', overdue: 0, oldestOverdue: null, nextDue: null },
      { name: 'C', overdue: 0, oldestOverdue: null, nextDue: '2026-03-12' },
      { name: 'B', overdue: 1, oldestOverdue: '2026-03-01', nextDue: null },
      { name: 'A', overdue: 1, oldestOverdue: '2026-03-05', nextDue: '2026-03-11' },
      { name: 'E', overdue: 3, oldestOverdue: '2026-03-08', nextDue: null },
    ];
    expect(rows.sort(compareByRisk).map((r) => r.name)).toEqual(['E', 'B', 'A', 'C', 'D']);
  });
});

describe('client summaries', () => {
  const clients = [client('a', 'Acme', ['acme.com']), client('g', 'Globex'), client('i', 'Initech')];
  const items = [
    item('a', { due: '2026-03-12' }),
    item('a', { due: '2026-03-01', owner: 'client', kind: 'payment' }),
    item('a', { due: '2026-02-01', status: 'done', doneOn: '2026-02-03' }),
    item('g', { due: '2026-03-11' }),
    item('i', { status: 'done', due: '2026-03-01', doneOn: '2026-03-01' }),
  ];
  const reviews = new Map([['g', { next: '2026-03-20T10:00:00Z', last: null }]]);

  it('lists clients with open items, riskiest first, with counts, next due, reviews and scorecard', () => {
    const list = summarizeClients(clients, items, reviews, filters(), CLOCK);
    expect(list.map((s) => s.client.name)).toEqual(['Acme', 'Globex']);
    expect(list[0]).toMatchObject({
      open: 2,
      overdue: 1,
      oldestOverdue: '2026-03-01',
      nextDue: '2026-03-12',
    });
    expect(list[0]!.scorecard.us).toMatchObject({ late: 1, averageDaysLate: 2, open: 1 });
    expect(list[1]!.reviews.next).toBe('2026-03-20T10:00:00Z');
  });

  it('lists every client when no item filter is set, and filters by item fields otherwise', () => {
    expect(summarizeClients(clients, items, reviews, filters({ status: 'any' }), CLOCK)).toHaveLength(3);
    const owed = summarizeClients(clients, items, reviews, filters({ owner: 'client' }), CLOCK);
    expect(owed.map((s) => [s.client.name, s.matching])).toEqual([['Acme', 1]]);
    const sorted = summarizeClients(clients, items, reviews, filters({ status: 'any', sort: 'name' }), CLOCK);
    expect(sorted.map((s) => s.client.name)).toEqual(['Acme', 'Globex', 'Initech']);
    expect(summarizeClients(clients, items, reviews, filters({ search: 'glob' }), CLOCK)).toHaveLength(1);
  });
});
