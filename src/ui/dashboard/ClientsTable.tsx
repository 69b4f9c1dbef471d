import type { ClientSummary } from '../../ledger/clientSummaries';
import { formatDay, formatInstant, percent, trendText } from './format';
import { clientHref } from './route';

/** One row per client; the name is the link (Enter opens it), j/k move between rows. */
export function ClientsTable({ clients }: { clients: ClientSummary[] }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="Clients list">
      <table class="clients-table">
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Open</th>
            <th scope="col">Overdue</th>
            <th scope="col">Next due</th>
            <th scope="col">Next review</th>
            <th scope="col">Last review</th>
            <th scope="col">We kept (90 days)</th>
            <th scope="col">They kept (90 days)</th>
            <th scope="col">Extra</th>
          </tr>
        </thead>
        <tbody>
          {clients.map((s) => (
            <tr key={s.client.id} data-client-id={s.client.id} class={s.overdue > 0 ? 'at-risk' : undefined}>
              <th scope="row">
                <a href={clientHref(s.client.id)} data-row>
                  {s.client.name}
                </a>
              </th>
              <td>{s.open}</td>
              <td class={s.overdue > 0 ? 'overdue' : undefined}>{s.overdue}</td>
              <td>{formatDay(s.nextDue)}</td>
              <td>{formatInstant(s.reviews.next)}</td>
              <td>{formatInstant(s.reviews.last)}</td>
              <td>
                <Rate rate={s.scorecard.us.last90.rate} trend={s.scorecard.us.trend} />
              </td>
              <td>
                <Rate rate={s.scorecard.client.last90.rate} trend={s.scorecard.client.trend} />
              </td>
              <td>{s.scorecard.us.extra}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Rate({ rate, trend }: { rate: number | null; trend: number | null }) {
  const change = trendText(trend);
  return (
    <>
      {percent(rate)}
      {change && <span class="trend"> ({change})</span>}
    </>
  );
}
