import { useState } from 'preact/hooks';
import type { ClientView } from '../../messaging/protocol';
import { ErrorLine } from './ErrorLine';

export interface ClientActions {
  rename(view: ClientView, name: string): Promise<void>;
  attachDomain(view: ClientView, domain: string): Promise<void>;
}

/** The client behind the thread, with rename and "add a domain" in place. */
export function ClientHeader({ view, actions }: { view: ClientView; actions: ClientActions }) {
  const [mode, setMode] = useState<'show' | 'rename' | 'domain'>('show');
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const domains = view.client?.domains ?? (view.key.startsWith('domain:') ? [view.key.slice(7)] : []);

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      if (mode === 'rename') await actions.rename(view, draft);
      if (mode === 'domain') await actions.attachDomain(view, draft);
      setMode('show');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <header class="client">
      <p class="eyebrow">Client</p>
      {mode === 'show' ? (
        <h2 class="client-name">{view.name}</h2>
      ) : (
        <form class="inline-form" onSubmit={submit}>
          <label>
            {mode === 'rename' ? 'Client name' : 'Another domain for this client'}
            <input
              value={draft}
              onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
              placeholder={mode === 'domain' ? 'acme-europe.com' : ''}
              required
            />
          </label>
          <button type="submit">Save</button>
          <button type="button" onClick={() => setMode('show')}>
            Cancel
          </button>
          <ErrorLine error={error} />
        </form>
      )}
      <p class="client-meta">
        {domains.length > 0 ? domains.join(', ') : view.people.map((p) => p.email).join(', ')}
      </p>
      {mode === 'show' && (
        <p class="client-actions">
          <button type="button" class="link" onClick={() => (setDraft(view.name), setMode('rename'))}>
            Rename
          </button>
          <button type="button" class="link" onClick={() => (setDraft(''), setMode('domain'))}>
            Add domain
          </button>
        </p>
      )}
    </header>
  );
}
