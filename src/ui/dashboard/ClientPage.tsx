import { useState } from 'preact/hooks';
import { sendToWorker, useLoad } from './api';
import { ClientProfile } from './ClientProfile';
import { ClientItems } from './ClientItems';
import { ScorecardNumbers } from './ScorecardNumbers';
import { ScorecardChart } from './ScorecardChart';
import { RecapPanel } from './RecapPanel';
import { ClientReviews } from './ClientReviews';
import { AddItemPanel } from './AddItemPanel';
import { routeHref } from './route';

type Panel = 'add' | 'recap' | null;

/** One client: profile, track record with chart, the whole ledger with every action. */
export function ClientPage({ id, revision }: { id: string; revision: number }) {
  const detail = useLoad(() => sendToWorker('client.detail', { clientId: id }), [id, revision]);
  const clients = useLoad(() => sendToWorker('client.list', {}), [revision]);
  const [panel, setPanel] = useState<Panel>(null);

  if (detail.error) {
    return (
      <section aria-labelledby="client-heading">
        <h1 id="client-heading" tabIndex={-1}>
          Client
        </h1>
        <p role="alert" class="error">
          {detail.error} <a href="#/clients">Back to clients</a>
        </p>
      </section>
    );
  }
  if (!detail.data) return <p role="status">Loading…</p>;
  const { client, items, scorecard, today } = detail.data;
  const toggle = (p: Panel) => setPanel(panel === p ? null : p);
  // The reviews section below is the panel's own component; its button opens the form.
  const scheduleReview = () => {
    const button = document.querySelector<HTMLButtonElement>('.reviews-panel button.schedule');
    button?.scrollIntoView({ block: 'center' });
    button?.click();
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('.reviews-panel form input, .reviews-panel form select')?.focus(),
    );
  };
  const others = (clients.data ?? []).filter((c) => c.id !== client.id);

  return (
    <article class="client-page" aria-labelledby="client-heading">
      <p class="crumbs">
        <a href="#/clients">Clients</a> ›
      </p>
      <ClientProfile client={client} others={others} />
      <section class="track-record" aria-labelledby="track-heading">
        <h2 id="track-heading">Track record</h2>
        <div class="numbers-and-chart">
          <ScorecardNumbers card={scorecard} />
          <ScorecardChart card={scorecard} />
        </div>
        <p>
          <a href={routeHref({ view: 'summary', id: client.id })} data-page-key="p" aria-keyshortcuts="p">
            Printable summary to share with {client.name}
          </a>
        </p>
      </section>
      <div class="page-actions" role="toolbar" aria-label="Client actions">
        <button
          type="button"
          aria-expanded={panel === 'add'}
          data-page-key="a"
          aria-keyshortcuts="a"
          onClick={() => toggle('add')}
        >
          Add an item
        </button>
        <button
          type="button"
          aria-expanded={panel === 'recap'}
          data-page-key="r"
          aria-keyshortcuts="r"
          onClick={() => toggle('recap')}
        >
          Prepare recap
        </button>
        <button type="button" data-page-key="v" aria-keyshortcuts="v" onClick={scheduleReview}>
          Schedule a review
        </button>
      </div>
      {panel === 'add' && <AddItemPanel clientId={client.id} onClose={() => setPanel(null)} />}
      {panel === 'recap' && <RecapPanel client={client} items={items} onClose={() => setPanel(null)} />}
      <ClientReviews client={client} />
      <ClientItems items={items} today={today} others={others} />
    </article>
  );
}
