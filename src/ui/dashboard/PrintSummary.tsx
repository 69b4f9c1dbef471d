import { OPEN_STATUSES } from '../../core';
import { formatMoney } from '../format';
import { sendToWorker, useLoad } from './api';
import { formatDay } from './format';
import { clientHref } from './route';
import { ScorecardChart } from './ScorecardChart';
import { ScorecardNumbers } from './ScorecardNumbers';

/**
 * One page to share with the client: both sides' track record, the chart, and what is still
 * open. Private things stay out (notes, history, source quotes). Print CSS fits it on A4/Letter.
 */
export function PrintSummary({ id, revision }: { id: string; revision: number }) {
  const detail = useLoad(() => sendToWorker('client.detail', { clientId: id }), [id, revision]);
  if (detail.error)
    return (
      <p role="alert" class="error">
        {detail.error}
      </p>
    );
  if (!detail.data) return <p role="status">Loading…</p>;
  const { client, items, scorecard, today } = detail.data;
  const open = items.filter((i) => OPEN_STATUSES.includes(i.status));
  return (
    <article class="print-summary" aria-labelledby="summary-heading">
      <p class="no-print actions">
        <a href={clientHref(client.id)}>Back to {client.name}</a>
        <button type="button" class="primary" onClick={() => print()}>
          Print or save as PDF
        </button>
      </p>
      <h1 id="summary-heading" tabIndex={-1}>
        Working together: {client.name}
      </h1>
      <p class="as-of">As of {formatDay(today)}</p>
      <div class="numbers-and-chart">
        <ScorecardNumbers card={scorecard} caption="Delivered as agreed" />
        <ScorecardChart card={scorecard} />
      </div>
      <section aria-labelledby="open-heading">
        <h2 id="open-heading">Still open</h2>
        {open.length === 0 ? (
          <p>Nothing is open between us.</p>
        ) : (
          <table class="open-items">
            <thead>
              <tr>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Due</th>
                <th scope="col">Amount</th>
              </tr>
            </thead>
            <tbody>
              {open.slice(0, 25).map((i) => (
                <tr key={i.id}>
                  <td>{i.owner === 'us' ? 'Us' : client.name}</td>
                  <td>{i.text}</td>
                  <td>{formatDay(i.due)}</td>
                  <td>{i.amount ? formatMoney(i.amount) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {open.length > 25 && <p>…and {open.length - 25} more.</p>}
      </section>
      <p class="fine">
        “On time” means delivered on the agreed date (the latest agreed date, when both sides changed it).
        “Extra” counts work delivered beyond what was agreed. Each side’s record is counted separately.
      </p>
    </article>
  );
}
