import type { LedgerItem, Side } from '../../core';
import { SIDE_HEADING } from '../format';
import { ItemRow } from './ItemRow';
import type { SidebarActions } from './actions';

const SIDES: Side[] = ['us', 'client'];

/** The client's ledger in both directions; an explanation instead when it is empty. */
export function LedgerList({
  items,
  clientName,
  actions,
}: {
  items: LedgerItem[];
  clientName: string;
  actions: SidebarActions;
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
  return (
    <section aria-label="Ledger">
      {SIDES.map((side) => {
        const mine = items.filter((i) => i.owner === side);
        return (
          <div class="side" key={side} data-side={side}>
            <h3>
              {SIDE_HEADING[side]} <span class="count">{mine.length}</span>
            </h3>
            {mine.length === 0 ? (
              <p class="none">Nothing.</p>
            ) : (
              <ul class="items">
                {mine.map((item) => (
                  <ItemRow key={item.id} item={item} actions={actions} />
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
