import type { Client } from '../../core';
import type { ClientKey } from '../../clients';
import type { ClientView } from '../../messaging/protocol';
import { ReviewPanel } from '../sidebar/reviews/ReviewPanel';

/** The sidebar's review panel (list, schedule, reschedule, cancel) for a client picked here. */
export function ClientReviews({ client }: { client: Client }) {
  const key: ClientKey = client.domains[0]
    ? `domain:${client.domains[0]}`
    : (`address:${client.addresses[0] ?? client.id}` as ClientKey);
  const view: ClientView = {
    key,
    client,
    name: client.name,
    // Individual addresses are the contacts we know; domain-wide clients have none stored.
    people: client.addresses.map((email) => ({ name: '', email })),
  };
  return (
    <div class="panel reviews-panel">
      <ReviewPanel client={view} />
    </div>
  );
}
