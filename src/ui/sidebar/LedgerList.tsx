import { OPEN_STATUSES, localDay, type LedgerItem, type Side } from '../../core';
import { SIDE_HEADING } from '../format';
import { ItemRow } from './ItemRow';
import type { SidebarActions } from './actions';
import { ClosedGroup } from './ClosedGroup';

const SIDES: Side[] = ['us', 'client'];

/**
 * The client's ledger in both directions: what is still owed first (overdue ones stand out),
 * then done, missed and cancelled items folded into "Closed (N)". An explanation instead
 * when the ledger is empty. `today` is the user's local day.
 */
export function LedgerList({
  items,
  clientName,
  actions,
  threadId,
  today = localDay(new Date()),
}: {
  items: LedgerItem[];
  clientName: string;
  actions: SidebarActions;
  threadId?: string;
  today?: string;
}) {
  if (items.length === 0) {
    return (
      <section class="empty" aria-label="Ledger">
        <h3>Nothing on record with {clientName} yet</h3>
        <p>
          Accord keeps what each side agreed: deliverables, payments, requests, meetings and standards, with
          due dates and amounts. When a thread holds a promise, it appears below as a suggestion; accept it
          and it joins this ledger, with a link back to the email it came from.
        </p>
      </section>
    );
  }
  const row = (item: LedgerItem) => (
    <ItemRow key={item.id} item={item} actions={actions} today={today} threadId={threadId} />
  );
  return (
    <section aria-label="Ledger">
      {SIDES.map((side) => {
        const mine = items.filter((i) => i.owner === side);
        const open = mine.filter((i) => OPEN_STATUSES.includes(i.status));
        const closed = mine.filter((i) => !OPEN_STATUSES.includes(i.status));
        return (
          <div class="side" key={side} data-side={side}>
            <h3>
              {SIDE_HEADING[side]} <span class="count">{open.length}</span>
            </h3>
            {open.length === 0 ? (
              <p class="none">{closed.length === 0 ? 'Nothing.' : 'Nothing still owed.'}</p>
            ) : (
              <ul class="items">{open.map(row)}</ul>
            )}
            {closed.length > 0 && <ClosedGroup items={closed} renderItem={row} />}
          </div>
        );
      })}
    </section>
  );
}
