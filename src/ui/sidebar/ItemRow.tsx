import type { LedgerItem } from '../../core';
import { formatDue, formatMoney, KIND_LABEL, STATUS_LABEL } from '../format';

/** One ledger item: what, by when, how much, status, and a link to where it was agreed. */
export function ItemRow({ item }: { item: LedgerItem }) {
  return (
    <li class="item" data-item-id={item.id} data-status={item.status} tabIndex={-1}>
      <p class="item-text">{item.text}</p>
      <p class="item-meta">
        <span class="chip kind">{KIND_LABEL[item.kind]}</span>
        <span class={`chip status status-${item.status}`}>{STATUS_LABEL[item.status]}</span>
        {item.due && <span class="due">Due {formatDue(item.due)}</span>}
        {item.amount && <span class="amount">{formatMoney(item.amount)}</span>}
        {item.source && (
          <a
            class="source"
            href={safeThreadLink(item.source.threadUrl)}
            target="_top"
            title={item.source.quote}
          >
            Source
          </a>
        )}
      </p>
    </li>
  );
}

/** Only links back into the mail host: a stored URL is never trusted as a javascript: link. */
function safeThreadLink(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
