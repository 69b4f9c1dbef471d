/**
 * The dashboard's messages (entrypoints/dashboard, src/ui/dashboard), kept beside the main
 * table in protocol.ts and spread into it. All are from Accord's own pages only: a mail
 * page's content script has no business merging clients or paging through the whole book.
 */
import * as v from 'valibot';
import type { Client, LedgerItem } from '../core';
import type { ClientSummary } from '../ledger/clientSummaries';
import type { DuePageCursor } from '../ledger/dueSections';
import type { DetailedScorecard } from '../ledger/scorecard';
import { DaySchema, IdSchema, KindSchema, SideSchema } from '../ledger/recordSchemas';
import { ClientNameSchema, WhySchema } from './schemas';

const Count = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const ClientFiltersSchema = v.strictObject({
  search: v.pipe(v.string(), v.maxLength(200)),
  owner: v.union([SideSchema, v.literal('any')]),
  kind: v.union([KindSchema, v.literal('any')]),
  status: v.picklist(['open', 'any', 'proposed', 'confirmed', 'renegotiated', 'done', 'missed', 'cancelled']),
  due: v.picklist(['any', 'overdue', 'today', 'week', 'month', 'undated']),
  sort: v.picklist(['risk', 'name', 'nextDue']),
});

export const DASHBOARD_REQUESTS = {
  /** A page of open items overdue, or due from today through today + days, across clients. */
  'dashboard.due': {
    from: ['page'],
    payload: v.strictObject({
      section: v.picklist(['overdue', 'upcoming']),
      days: Count(0, 31),
      limit: Count(1, 500),
      after: v.optional(v.strictObject({ due: DaySchema, seen: Count(0, 1_000_000) })),
    }),
  },
  /** How many open items are overdue, or due from today through today + days (up to 1,000). */
  'dashboard.dueCount': {
    from: ['page'],
    payload: v.strictObject({ section: v.picklist(['overdue', 'upcoming']), days: Count(0, 31) }),
  },
  /** Clients with a summary each (counts, next due, reviews, scorecard), filtered and sorted. */
  'dashboard.clients': {
    from: ['page'],
    payload: v.strictObject({
      filters: ClientFiltersSchema,
      offset: Count(0, 1_000_000),
      limit: Count(1, 200),
    }),
  },
  /** One client's whole ledger and scorecard. */
  'client.detail': { from: ['page'], payload: v.strictObject({ clientId: IdSchema }) },
  'client.setName': {
    from: ['page'],
    payload: v.strictObject({ clientId: IdSchema, name: ClientNameSchema }),
  },
  'client.setNotes': {
    from: ['page'],
    payload: v.strictObject({ clientId: IdSchema, notes: v.pipe(v.string(), v.maxLength(20_000)) }),
  },
  /** `fromId` joins `intoId` (domains, addresses, items, reviews, notes) and is deleted. */
  'client.merge': { from: ['page'], payload: v.strictObject({ fromId: IdSchema, intoId: IdSchema }) },
  'item.move': {
    from: ['page'],
    payload: v.strictObject({ id: IdSchema, clientId: IdSchema, why: WhySchema }),
  },
  /** Delivered beyond what was agreed (the scorecard counts it). */
  'item.setExtra': {
    from: ['page'],
    payload: v.strictObject({ id: IdSchema, extra: v.boolean(), why: WhySchema }),
  },
} as const;

/** Where the user's days are counted, as the worker resolved it. */
export interface DashboardClock {
  today: string;
  timeZone: string;
}

export interface DueEntry {
  item: LedgerItem;
  clientName: string;
}

export interface DashboardResponses {
  'dashboard.due': DashboardClock & { entries: DueEntry[]; next: DuePageCursor | null };
  'dashboard.dueCount': DashboardClock & { total: number; capped: boolean };
  'dashboard.clients': DashboardClock & {
    total: number;
    clients: ClientSummary[];
    overall: DetailedScorecard;
  };
  'client.detail': DashboardClock & { client: Client; items: LedgerItem[]; scorecard: DetailedScorecard };
  'client.setName': Client;
  'client.setNotes': Client;
  'client.merge': { client: Client; movedItems: number; movedReviews: number };
  'item.move': LedgerItem;
  'item.setExtra': LedgerItem;
}
