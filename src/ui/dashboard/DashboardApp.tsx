import { useEffect, useRef, useState } from 'preact/hooks';
import { parseRoute, type Route } from './route';
import { isTyping, moveRow, NAVIGATION, pressShortcut, type NavigationKey } from './shortcuts';
import { ShortcutsDialog } from './ShortcutsDialog';
import { TodayView } from './TodayView';
import { ClientsView } from './ClientsView';
import { ClientPage } from './ClientPage';
import { PrintSummary } from './PrintSummary';
import { SettingsView } from './SettingsView';
import { useLedgerRevision } from './api';

const TABS: { view: Route['view']; href: string; label: string; key: string }[] = [
  { view: 'today', href: '#/today', label: 'Today', key: 't' },
  { view: 'clients', href: '#/clients', label: 'Clients', key: 'c' },
  { view: 'settings', href: '#/settings', label: 'Settings', key: 's' },
];

/** Accord's dashboard: the whole book of business, in a tab or the browser's side panel. */
export function DashboardApp() {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [helpOpen, setHelpOpen] = useState(false);
  const revision = useLedgerRevision();
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  // A new view: move focus to its heading so screen readers announce where the user is.
  useEffect(() => {
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route.view, route.view === 'client' || route.view === 'summary' ? route.id : '']);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      // The dialog's own open state, read at the key press. Not React state: after Escape the
      // dialog's close event is queued as a task, and Chromium handles input before queued
      // tasks, so a key typed right after Escape used to arrive while the state still said open.
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const key = event.key;
      let handled = true;
      if (key === '?') setHelpOpen(true);
      else if (key in NAVIGATION) location.hash = NAVIGATION[key as NavigationKey];
      else if (key === '/') {
        if (parseRoute(location.hash).view !== 'clients') location.hash = '#/clients';
        requestAnimationFrame(() => document.querySelector<HTMLInputElement>('#client-search')?.focus());
      } else if (key === 'j') handled = moveRow(document, 1);
      else if (key === 'k') handled = moveRow(document, -1);
      else handled = pressShortcut(document, key);
      if (handled) event.preventDefault();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  const current = route.view === 'client' || route.view === 'summary' ? 'clients' : route.view;
  return (
    <div class={`dashboard view-${route.view}`}>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <span class="brand">Accord</span>
        <nav aria-label="Dashboard">
          <ul>
            {TABS.map((tab) => (
              <li key={tab.view}>
                <a
                  href={tab.href}
                  aria-current={current === tab.view ? 'page' : undefined}
                  aria-keyshortcuts={tab.key}
                >
                  {tab.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" class="help" aria-keyshortcuts="?" onClick={() => setHelpOpen(true)}>
          Shortcuts <kbd>?</kbd>
        </button>
      </header>
      <main id="main" ref={main}>
        {route.view === 'today' && <TodayView revision={revision} />}
        {route.view === 'clients' && <ClientsView revision={revision} />}
        {route.view === 'client' && <ClientPage id={route.id} revision={revision} />}
        {route.view === 'summary' && <PrintSummary id={route.id} revision={revision} />}
        {route.view === 'settings' && <SettingsView />}
      </main>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
