import type { LedgerItem } from '../../core';
import { httpsOnly } from '../httpsOnly';

const HOST_NAME = { gmail: 'Gmail', outlook: 'Outlook' } as const;

/** "Open in Gmail" (or Outlook): the thread the item was agreed in, in a new tab. */
export function SourceLink({ item }: { item: LedgerItem }) {
  const href = httpsOnly(item.source?.threadUrl);
  if (!item.source || !href) return <span class="no-source">Added by hand</span>;
  return (
    <a class="source" href={href} target="_blank" rel="noopener noreferrer" title={item.source.quote}>
      Open in {HOST_NAME[item.source.host] ?? 'mail'}
      <span class="visually-hidden">: the thread where “{item.source.quote}” was written</span>
    </a>
  );
}
