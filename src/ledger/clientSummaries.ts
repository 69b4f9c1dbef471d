/**
 * One line per client for the Clients view: open and overdue counts, the next due date, the
 * next and last review, and the detailed scorecard; filtered, searched and sorted by risk.
 * Pure: the worker reads the records and hands them in.
 */
import type { Client, LedgerItem } from '../core';
import {
  clientMatchesSearch,
  compareByNextDue,
  compareByRisk,
  filtersAreOpenEnded,
  itemMatches,
  type ClientFilters,
} from './clientFilters';
import { detailedScorecard, type DetailedScorecard, type ScorecardClock } from './scorecard';

export interface ReviewDates {
  /** ISO start of the next review (or occurrence), if one is planned. */
  next: string | null;
  /** ISO start of the latest review that already began. */
  last: string | null;
}

export interface ClientSummary {
  client: Client;
  open: number;
  overdue: number;
  oldestOverdue: string | null;
  /** The soonest due date among open items due today or later. */
  nextDue: string | null;
  /** Items passing the filters (what made the client appear). */
  matching: number;
  reviews: ReviewDates;
  scorecard: DetailedScorecard;
}

const OPEN = new Set(['proposed', 'confirmed', 'renegotiated']);

export function summarizeClients(
  clients: Client[],
  items: LedgerItem[],
  reviews: Map<string, ReviewDates>,
  filters: ClientFilters,
  clock: ScorecardClock,
): ClientSummary[] {
  const byClient = new Map<string, LedgerItem[]>();
  for (const item of items) {
    const list = byClient.get(item.clientId);
    if (list) list.push(item);
    else byClient.set(item.clientId, [item]);
  }
  const everyClient = filtersAreOpenEnded(filters);
  const summaries: ClientSummary[] = [];
  for (const client of clients) {
    if (!clientMatchesSearch(client, filters.search)) continue;
    const mine = byClient.get(client.id) ?? [];
    const matching = mine.filter((i) => itemMatches(i, filters, clock.today)).length;
    if (matching === 0 && !everyClient) continue;
    summaries.push(summarize(client, mine, matching, reviews.get(client.id), clock));
  }
  const compare =
    filters.sort === 'name'
      ? (a: ClientSummary, b: ClientSummary) => a.client.name.localeCompare(b.client.name)
      : filters.sort === 'nextDue'
        ? (a: ClientSummary, b: ClientSummary) => compareByNextDue(facts(a), facts(b))
        : (a: ClientSummary, b: ClientSummary) => compareByRisk(facts(a), facts(b));
  return summaries.sort(compare);
}

function summarize(
  client: Client,
  items: LedgerItem[],
  matching: number,
  reviews: ReviewDates | undefined,
  clock: ScorecardClock,
): ClientSummary {
  let open = 0;
  let overdue = 0;
  let oldestOverdue: string | null = null;
  let nextDue: string | null = null;
  for (const item of items) {
    if (!OPEN.has(item.status)) continue;
    open++;
    if (!item.due) continue;
    if (item.due < clock.today) {
      overdue++;
      if (oldestOverdue === null || item.due < oldestOverdue) oldestOverdue = item.due;
    } else if (nextDue === null || item.due < nextDue) nextDue = item.due;
  }
  return {
    client,
    open,
    overdue,
    oldestOverdue,
    nextDue,
    matching,
    reviews: reviews ?? { next: null, last: null },
    scorecard: detailedScorecard(items, clock),
  };
}

function facts(s: ClientSummary) {
  return { name: s.client.name, overdue: s.overdue, oldestOverdue: s.oldestOverdue, nextDue: s.nextDue };
}
