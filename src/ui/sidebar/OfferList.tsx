import type { LedgerItem } from '../../core';
import type { SignalOffer } from '../../signals/matchSignals';
import { formatDue, formatMoney } from '../format';
import type { SidebarActions } from './actions';
import { useAction } from './useAction';
import { ErrorLine } from './ErrorLine';

/**
 * Delivery and drift noticed in the thread, matched to ledger items. Each is an offer:
 * nothing changes in the ledger until the user takes it.
 */
export function OfferList({
  offers,
  items,
  actions,
}: {
  offers: SignalOffer[];
  items: LedgerItem[];
  actions: SidebarActions;
}) {
  const shown = offers.flatMap((offer) => {
    const item = items.find((i) => i.id === offer.itemId);
    return item ? [{ offer, item }] : [];
  });
  if (shown.length === 0) return null;
  return (
    <section class="offers" aria-label="Changes noticed in this thread">
      <h3>Noticed in this thread</h3>
      <ul class="items">
        {shown.map(({ offer, item }) => (
          <OfferRow
            key={`${offer.signal.messageId}:${offer.signal.start}`}
            offer={offer}
            item={item}
            actions={actions}
          />
        ))}
      </ul>
    </section>
  );
}

function OfferRow({
  offer,
  item,
  actions,
}: {
  offer: SignalOffer;
  item: LedgerItem;
  actions: SidebarActions;
}) {
  const { busy, error, run } = useAction();
  const { signal } = offer;
  const delivery = signal.type === 'delivery';
  return (
    <li class={`offer offer-${signal.type}`} data-offer-item={item.id}>
      <p class="eyebrow">{delivery ? 'Looks delivered' : 'Change asked for'}</p>
      <blockquote class="quote">{signal.text}</blockquote>
      <p class="offer-item">
        {delivery ? 'Matches' : 'Changes'}: <strong>{item.text}</strong>
      </p>
      {!delivery && (
        <ul class="changes">
          {signal.newDue !== undefined && (
            <li>
              Due {item.due ? formatDue(item.due) : 'no date'} →{' '}
              {signal.newDue ? formatDue(signal.newDue) : 'no date'}
            </li>
          )}
          {signal.newAmount && (
            <li>
              Amount {item.amount ? formatMoney(item.amount) : 'none'} → {formatMoney(signal.newAmount)}
            </li>
          )}
          {signal.addedScope && <li>Adds: {signal.addedScope}</li>}
        </ul>
      )}
      <p class="actions">
        <button
          type="button"
          class="primary"
          disabled={busy}
          onClick={() => void run(() => actions.applyOffer(offer))}
        >
          {delivery ? 'Mark done with this email as evidence' : 'Renegotiate'}
        </button>
      </p>
      <ErrorLine error={error} />
    </li>
  );
}
