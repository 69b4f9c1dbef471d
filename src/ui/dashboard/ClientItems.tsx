import { useState } from 'preact/hooks';
import { OPEN_STATUSES, type Client, type LedgerItem, type Side } from '../../core';
import { SIDE_HEADING } from '../format';
import { DashboardItem } from './DashboardItem';
import { plural } from './format';

const PAGE = 100;
const SIDES: Side[] = ['us', 'client'];

/** The client's whole ledger: what is still owed first, then what is settled, each by side. */
export function ClientItems({
  items,
  today,
  others,
}: {
  items: LedgerItem[];
  today: string;
  others: Client[];
}) {
  const open = items.filter((i) => OPEN_STATUSES.includes(i.status));
  const closed = items.filter((i) => !OPEN_STATUSES.includes(i.status));
  return (
    <section class="ledger" aria-labelledby="ledger-heading">
      <h2 id="ledger-heading">Ledger</h2>
      {items.length === 0 && <p class="none">Nothing on record with this client yet. Add an item above.</p>}
      {open.length > 0 && <Group title="Still owed" items={open} today={today} others={others} />}
      {closed.length > 0 && <Group title="Settled" items={closed} today={today} others={others} />}
    </section>
  );
}

function Group({
  title,
  items,
  today,
  others,
}: {
  title: string;
  items: LedgerItem[];
  today: string;
  others: Client[];
}) {
  return (
    <section class="item-group" aria-label={title}>
      <h3>{title}</h3>
      {SIDES.map((side) => (
        <SideList
          key={side}
          side={side}
          items={items.filter((i) => i.owner === side)}
          today={today}
          others={others}
        />
      ))}
    </section>
  );
}

function SideList({
  side,
  items,
  today,
  others,
}: {
  side: Side;
  items: LedgerItem[];
  today: string;
  others: Client[];
}) {
  const [shown, setShown] = useState(PAGE);
  if (items.length === 0) return null;
  return (
    <div class="side" data-side={side}>
      <h4>
        {SIDE_HEADING[side]} <span class="count">{items.length}</span>
      </h4>
      <ul class="rows">
        {items.slice(0, shown).map((item) => (
          <DashboardItem key={item.id} item={item} today={today} others={others} />
        ))}
      </ul>
      {items.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          Show more ({plural(items.length - shown, 'item')} not shown)
        </button>
      )}
    </div>
  );
}
