import { useState } from 'preact/hooks';
import type { Client } from '../../core';
import { ErrorLine } from '../sidebar/ErrorLine';
import { useAction } from '../sidebar/useAction';
import { sendToWorker } from './api';
import { plural } from './format';

/** The client's name (rename), domains and contacts, private notes, and merging another client in. */
export function ClientProfile({ client, others }: { client: Client; others: Client[] }) {
  const [renaming, setRenaming] = useState(false);
  return (
    <section class="profile" aria-label="Client">
      {renaming ? (
        <RenameForm client={client} onDone={() => setRenaming(false)} />
      ) : (
        <div class="title-row">
          <h1 id="client-heading" tabIndex={-1}>
            {client.name}
          </h1>
          <button type="button" onClick={() => setRenaming(true)}>
            Rename<span class="visually-hidden"> {client.name}</span>
          </button>
        </div>
      )}
      <dl class="contacts">
        <div>
          <dt>Domains</dt>
          <dd>{client.domains.length ? client.domains.join(', ') : 'none'}</dd>
        </div>
        <div>
          <dt>Contacts</dt>
          <dd>{client.addresses.length ? client.addresses.join(', ') : 'everyone at the domains above'}</dd>
        </div>
      </dl>
      <NotesForm client={client} />
      <MergeForm client={client} others={others} />
    </section>
  );
}

function RenameForm({ client, onDone }: { client: Client; onDone(): void }) {
  const [name, setName] = useState(client.name);
  const { busy, error, run } = useAction();
  return (
    <form
      class="rename"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await sendToWorker('client.setName', { clientId: client.id, name });
          onDone();
        });
      }}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <h1 id="client-heading" tabIndex={-1} class="visually-hidden">
        Rename {client.name}
      </h1>
      <label>
        Client name
        <input value={name} autoFocus onInput={(e) => setName((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="primary" disabled={busy}>
        Save name
      </button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
      <ErrorLine error={error} />
    </form>
  );
}

function NotesForm({ client }: { client: Client }) {
  const [notes, setNotes] = useState(client.notes);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction();
  return (
    <form
      class="notes"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await sendToWorker('client.setNotes', { clientId: client.id, notes });
          setSaved(true);
        });
      }}
    >
      <label>
        Notes (yours only; never in the printable summary)
        <textarea
          rows={3}
          value={notes}
          onInput={(e) => (setNotes((e.target as HTMLTextAreaElement).value), setSaved(false))}
        />
      </label>
      <button type="submit" disabled={busy || notes === client.notes}>
        Save notes
      </button>
      <span role="status" class="ok">
        {saved ? 'Notes saved.' : ''}
      </span>
      <ErrorLine error={error} />
    </form>
  );
}

/** Two records for one client (a free-mail contact and the company): fold one into this one. */
function MergeForm({ client, others }: { client: Client; others: Client[] }) {
  const [fromId, setFromId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const from = others.find((c) => c.id === fromId);
  if (others.length === 0) return null;
  return (
    <details class="merge">
      <summary>Merge another client into {client.name}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!from) return;
          if (!confirming) return setConfirming(true);
          void run(async () => {
            const merged = await sendToWorker('client.merge', { fromId: from.id, intoId: client.id });
            setResult(
              `${from.name} was merged into ${client.name}: ${plural(merged.movedItems, 'item')} and ${plural(
                merged.movedReviews,
                'review',
              )} moved.`,
            );
            setFromId('');
            setConfirming(false);
          });
        }}
      >
        <label>
          Client to merge in
          <select
            value={fromId}
            onChange={(e) => (setFromId((e.target as HTMLSelectElement).value), setConfirming(false))}
          >
            <option value="">Choose a client…</option>
            {others.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
                {c.domains[0] ? ` (${c.domains[0]})` : c.addresses[0] ? ` (${c.addresses[0]})` : ''}
              </option>
            ))}
          </select>
        </label>
        {confirming && from && (
          <p role="alert" class="warning">
            {from.name}’s items, reviews, domains, contacts and notes will join {client.name}, and {from.name}{' '}
            will no longer be listed. Each moved item’s history records the merge. Press the button again to
            merge.
          </p>
        )}
        <button type="submit" disabled={!from || busy}>
          {confirming && from ? `Yes, merge ${from.name} into ${client.name}` : 'Merge'}
        </button>
        {confirming && (
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        )}
        <ErrorLine error={error} />
        <p role="status" class="ok">
          {result ?? ''}
        </p>
      </form>
    </details>
  );
}
