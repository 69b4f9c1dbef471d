import type { SidebarState } from './state';
import { ClientHeader } from './ClientHeader';
import type { SidebarActions } from './actions';
import { OfferList } from './OfferList';
import { AddItem } from './AddItem';
import { TrackRecord } from './TrackRecord';
import { LedgerList } from './LedgerList';
import { RecapButton } from './RecapButton';
import { SuggestionList } from './SuggestionList';
import { ReviewPanel } from './reviews/ReviewPanel';
import { TruncationNote } from './TruncationNote';

export interface SidebarProps {
  state: SidebarState;
  collapsed: boolean;
  onToggle(): void;
  actions: SidebarActions;
}

/** The panel beside the open thread. Every state says something; none is blank. */
export function Sidebar({ state, collapsed, onToggle, actions }: SidebarProps) {
  return (
    <aside class={`accord ${collapsed ? 'collapsed' : ''}`} aria-label="Accord" data-state={state.kind}>
      <div class="bar">
        <span class="brand">Accord</span>
        <button type="button" class="toggle" aria-expanded={!collapsed} onClick={onToggle}>
          {collapsed ? 'Show' : 'Hide'}
          <span class="visually-hidden"> Accord sidebar</span>
        </button>
      </div>
      {!collapsed && <div class="body">{renderBody(state, actions)}</div>}
    </aside>
  );
}

function renderBody(state: SidebarState, actions: SidebarActions) {
  switch (state.kind) {
    case 'loading':
      return (
        <p class="status" role="status">
          Reading this thread…
        </p>
      );
    case 'unreadable':
      return (
        <div class="notice" role="status">
          <h2>Accord can’t read this thread</h2>
          <p>{state.reason}</p>
          <p>Your mail works as usual; Accord will try again when you open another thread.</p>
        </div>
      );
    case 'error':
      return (
        <div class="notice" role="alert">
          <h2>Something went wrong</h2>
          <p>{state.message}</p>
        </div>
      );
    case 'ready': {
      const { view } = state;
      if (!view.client) {
        return (
          <div class="notice" role="status">
            <h2>No client on this thread</h2>
            <p>
              Everyone here is on your side. Accord shows a client’s ledger when someone outside your
              organisation is on the thread.
            </p>
          </div>
        );
      }
      return (
        <>
          <ClientHeader view={view.client} actions={actions} />
          <PartialReadNote
            collapsed={state.thread.messages.filter((m) => !m.fullyRead).length}
            host={state.thread.host === 'outlook' ? 'Outlook' : 'Gmail'}
          />
          <TruncationNote notes={state.truncated ?? []} />
          {view.otherClients.length > 0 && (
            <p class="others">Also on this thread: {view.otherClients.map((c) => c.name).join(', ')}</p>
          )}
          <TrackRecord items={view.items} />
          <OfferList offers={view.offers} items={view.items} actions={actions} />
          <LedgerList
            items={view.items}
            clientName={view.client.name}
            actions={actions}
            threadId={state.thread.id}
          />
          <RecapButton view={view} />
          <ReviewPanel client={view.client} />
          <SuggestionList suggestions={view.suggestions} more={view.moreSuggestions} actions={actions} />
          <AddItem actions={actions} />
        </>
      );
    }
  }
}

/** Collapsed messages are read from the host's preview only; say so, so a missing promise is explained. */
function PartialReadNote({ collapsed, host }: { collapsed: number; host: string }) {
  if (collapsed === 0) return null;
  return (
    <p class="partial" role="note">
      {collapsed === 1 ? '1 collapsed message was' : `${collapsed} collapsed messages were`} read from {host}
      ’s preview only. Expand {collapsed === 1 ? 'it' : 'them'} to look for promises in full.
    </p>
  );
}
