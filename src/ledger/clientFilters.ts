/**
 * The Clients view's search, filters and sort: pure functions over a client's items, so the
 * worker can apply them and the unit tests can check them without a database.
 */
import type { Client, ExpectationKind, ExpectationStatus, LedgerItem, Side } from '../core';
import { addDays } from './fields';

export type DueWindow = 'any' | 'overdue' | 'today' | 'week' | 'month' | 'undated';
export type StatusFilter = 'open' | 'any' | ExpectationStatus;
export type ClientSort = 'risk' | 'name' | 'nextDue';

export interface ClientFilters {
  /** Words in the client's name, one of its domains or addresses (case-insensitive). */
  search: string;
  owner: Side | 'any';
  kind: ExpectationKind | 'any';
  /** 'open' (the default) lists clients with something still owed. */
  status: StatusFilter;
  due: DueWindow;
  sort: ClientSort;
}

export const DEFAULT_CLIENT_FILTERS: ClientFilters = {
  search: '',
  owner: 'any',
  kind: 'any',
  status: 'open',
  due: 'any',
  sort: 'risk',
};

const OPEN: readonly ExpectationStatus[] = ['proposed', 'confirmed', 'renegotiated'];

/** Whether an item passes the item filters (owner, kind, status, due window) on `today`. */
export function itemMatches(item: LedgerItem, filters: ClientFilters, today: string): boolean {
  if (filters.owner !== 'any' && item.owner !== filters.owner) return false;
  if (filters.kind !== 'any' && item.kind !== filters.kind) return false;
  if (filters.status === 'open' && !OPEN.includes(item.status)) return false;
  if (filters.status !== 'open' && filters.status !== 'any' && item.status !== filters.status) return false;
  return inWindow(item.due, filters.due, today);
}

function inWindow(due: string | null, window: DueWindow, today: string): boolean {
  switch (window) {
    case 'any':
      return true;
    case 'undated':
      return due === null;
    case 'overdue':
      return due !== null && due < today;
    case 'today':
      return due === today;
    case 'week':
      return due !== null && due >= today && due <= addDays(today, 7);
    case 'month':
      return due !== null && due >= today && due <= addDays(today, 30);
  }
}

/** Whether no item filter is set: then every client is listed, even one with no items. */
export function filtersAreOpenEnded(filters: ClientFilters): boolean {
  return (
    filters.owner === 'any' && filters.kind === 'any' && filters.status === 'any' && filters.due === 'any'
  );
}

export function clientMatchesSearch(client: Client, search: string): boolean {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [client.name, ...client.domains, ...client.addresses].join(' ').toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** What the risk sort looks at. */
export interface RiskFacts {
  name: string;
  overdue: number;
  /** The earliest due date among overdue items. */
  oldestOverdue: string | null;
  nextDue: string | null;
}

/**
 * Risk: clients with overdue items first (more overdue first, then the longest overdue),
 * then by the next due date (undated last), then by name.
 */
export function compareByRisk(a: RiskFacts, b: RiskFacts): number {
  if (a.overdue !== b.overdue) return b.overdue - a.overdue;
  const oldest = compareDays(a.oldestOverdue, b.oldestOverdue);
  if (oldest !== 0) return oldest;
  return compareDays(a.nextDue, b.nextDue) || a.name.localeCompare(b.name);
}

export function compareByNextDue(a: RiskFacts, b: RiskFacts): number {
  return compareDays(a.nextDue, b.nextDue) || a.name.localeCompare(b.name);
}

/** Earlier first; null (none) last. */
function compareDays(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
