import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_CLIENT_FILTERS, type ClientFilters } from '../../ledger/clientFilters';
import type { DashboardResponses } from '../../messaging/dashboardProtocol';
import { errorText, sendToWorker } from './api';
import { ClientFiltersBar } from './ClientFiltersBar';
import { ClientsTable } from './ClientsTable';
import { ScorecardNumbers } from './ScorecardNumbers';
import { plural } from './format';

const PAGE = 50;
type Answer = DashboardResponses['dashboard.clients'];

/** Clients: every client with open items (or as filtered), riskiest first, 50 at a time. */
export function ClientsView({ revision }: { revision: number }) {
  const [filters, setFilters] = useState<ClientFilters>(() => loadFilters());
  const [shown, setShown] = useState(PAGE);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    sessionStorage.setItem(FILTERS_KEY, JSON.stringify(filters));
    sendToWorker('dashboard.clients', { filters, offset: 0, limit: shown })
      .then((a) => {
        if (!live) return;
        setAnswer(a);
        setError(null);
      })
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [filters, shown, revision]);

  const change = (next: ClientFilters) => {
    setShown(PAGE);
    setFilters(next);
  };

  return (
    <section class="clients" aria-labelledby="clients-heading">
      <h1 id="clients-heading" tabIndex={-1}>
        Clients
      </h1>
      <ClientFiltersBar filters={filters} onChange={change} />
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {!answer && !error && <p role="status">Loading…</p>}
      {answer && (
        <>
          <p class="result-count" role="status">
            {answer.total === 0 ? 'No client matches.' : `${plural(answer.total, 'client')}.`}
          </p>
          {answer.clients.length > 0 && <ClientsTable clients={answer.clients} />}
          {answer.clients.length < answer.total && (
            <p class="more">
              <button type="button" onClick={() => setShown(shown + PAGE)}>
                Show more ({plural(answer.total - answer.clients.length, 'client')} not shown)
              </button>
            </p>
          )}
          <section class="overall" aria-labelledby="overall-heading">
            <h2 id="overall-heading">Across all clients</h2>
            <ScorecardNumbers card={answer.overall} />
          </section>
        </>
      )}
    </section>
  );
}

const FILTERS_KEY = 'accord.clientFilters';

/** The filters last used in this tab (back from a client page lands on the same list). */
function loadFilters(): ClientFilters {
  try {
    const saved = JSON.parse(sessionStorage.getItem(FILTERS_KEY) ?? 'null') as Partial<ClientFilters> | null;
    return { ...DEFAULT_CLIENT_FILTERS, ...(saved ?? {}) };
  } catch {
    return DEFAULT_CLIENT_FILTERS;
  }
}
