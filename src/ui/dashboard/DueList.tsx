import { useLayoutEffect, useState } from 'preact/hooks';
import type { DueSection, DuePageCursor } from '../../ledger/dueSections';
import type { DueEntry } from '../../messaging/dashboardProtocol';
import { errorText, sendToWorker } from './api';
import { DueRow } from './DueRow';
import { plural } from './format';
import { clientHref } from './route';

/** A screen shows a dozen rows; 50 a section keeps the first render small. */
const PAGE = 50;

interface Loaded {
  entries: DueEntry[];
  next: DuePageCursor | null;
  today: string;
}

/** One section of Today, grouped by client, 50 items at a time ("Show more"). */
export function DueList({
  section,
  heading,
  empty,
  revision,
  onFirstPage,
}: {
  section: DueSection;
  heading: string;
  empty: string;
  revision: number;
  /** Called once the first page is in the DOM. */
  onFirstPage(): void;
}) {
  const [state, setState] = useState<Loaded | null>(null);
  // Counted after the rows are on screen: a count walks the whole range (dueSections.ts).
  const [total, setTotal] = useState<{ total: number; capped: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // A layout effect asks at once after the first commit, without waiting for a frame.
  useLayoutEffect(() => {
    let live = true;
    // After a change, reload as many items as were shown, so the user keeps their place.
    const shown = Math.min(500, Math.max(PAGE, state?.entries.length ?? 0));
    sendToWorker('dashboard.due', { section, days: 7, limit: shown })
      .then((page) => {
        if (!live) return;
        setState({ entries: page.entries, next: page.next, today: page.today });
        setError(null);
        if (!page.next) {
          setTotal({ total: page.entries.length, capped: false });
          performance.mark(`accord:due-count-${section}`);
          return;
        }
        return sendToWorker('dashboard.dueCount', { section, days: 7 }).then((c) => {
          if (!live) return;
          setTotal(c);
          // For `npm run bench`: when this section's total is known.
          performance.mark(`accord:due-count-${section}`);
        });
      })
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [section, revision]);

  useLayoutEffect(() => {
    if (state) onFirstPage();
  }, [state !== null]);

  const more = async () => {
    if (!state?.next) return;
    setBusy(true);
    try {
      const page = await sendToWorker('dashboard.due', { section, days: 7, limit: PAGE, after: state.next });
      setState({
        ...state,
        entries: [...state.entries, ...page.entries],
        next: page.next,
      });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const id = `due-${section}`;
  return (
    <section class={`due-list due-${section}`} aria-labelledby={id}>
      <h2 id={id}>
        {heading}{' '}
        {state && (
          <span class="count" aria-label={total === null ? 'counting' : undefined}>
            {total === null || total.capped ? `${total?.total ?? state.entries.length}+` : total.total}
          </span>
        )}
      </h2>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {!state && !error && <p role="status">Loading…</p>}
      {state && state.entries.length === 0 && <p class="none">{empty}</p>}
      {state &&
        groupByClient(state.entries).map((group) => (
          <div class="client-group" key={group.clientId}>
            <h3>
              <a href={clientHref(group.clientId)}>{group.clientName || 'Unnamed client'}</a>{' '}
              <span class="count">{group.entries.length}</span>
            </h3>
            <ul class="rows">
              {group.entries.map((e) => (
                <DueRow key={e.item.id} entry={e} today={state.today} />
              ))}
            </ul>
          </div>
        ))}
      {state?.next && (
        <p class="more">
          <button type="button" disabled={busy} onClick={() => void more()}>
            Show more
            {total && !total.capped
              ? ` (${plural(total.total - state.entries.length, 'item')} not shown)`
              : ''}
          </button>
        </p>
      )}
    </section>
  );
}

/** Groups in the order each client first appears (the list is soonest due first). */
export function groupByClient(entries: DueEntry[]) {
  const groups = new Map<string, { clientId: string; clientName: string; entries: DueEntry[] }>();
  for (const entry of entries) {
    const id = entry.item.clientId;
    const group = groups.get(id) ?? { clientId: id, clientName: entry.clientName, entries: [] };
    group.entries.push(entry);
    groups.set(id, group);
  }
  return [...groups.values()];
}
