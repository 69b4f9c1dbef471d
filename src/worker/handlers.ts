/**
 * What the worker does for each message. Handlers get payloads already validated by the
 * router; they open the ledger through the worker's connection and announce writes.
 */
import type { Handlers } from '../messaging/router';
import type { ClientView } from '../messaging/protocol';
import { resolveThreadClients, type ClientCandidate } from '../clients';
import {
  attachDomain,
  ensureClient,
  findClientByKey,
  newSuggestions,
  readThreadHistory,
  itemsForClient,
  readLearning,
  readSettings,
  readSettingsView,
  renameClient,
  writeSettings,
  type LedgerDb,
} from '../ledger';
import { ledger } from './ledgerConnection';
import { identityFrom } from './identity';
import { announceLedgerChange } from './changes';
import { createLedgerHandlers } from './ledgerHandlers';
import { createDashboardHandlers } from './dashboardHandlers';
import { createLearningHandlers } from './learningHandlers';
import { LOCAL_ZONE } from '../extract/localZone';
import { capPerMessage } from '../extract/perMessageCap';
import { matchSignals } from '../signals/matchSignals';
import { createReviewHandlers, sharedCalendarEnv } from './reviewHandlers';
import type { CalendarEnv } from './calendarEnv';
import { createMailReadingHandlers } from './mailReadingHandlers';
import { chromeOffscreenHost, createWarmExtractor, type WarmExtractor } from './warmExtractor';

export function createHandlers(
  now: () => Date = () => new Date(),
  calendarEnv: () => CalendarEnv = sharedCalendarEnv,
  extract: WarmExtractor['extract'] = createWarmExtractor({ host: chromeOffscreenHost() }).extract,
): Handlers {
  return {
    ...createLedgerHandlers(now),
    ...createDashboardHandlers(now),
    ...createLearningHandlers(),
    ...createReviewHandlers({ env: calendarEnv, now }),
    ...createMailReadingHandlers({ env: calendarEnv }),

    async 'thread.open'({ thread, account }) {
      const db = await ledger();
      // Extraction needs the settings and what it learned from this user's accepts and
      // dismissals: both read at once.
      const [settings, adjustment] = await Promise.all([readSettings(db), readLearning(db)]);
      const self = identityFrom(account, settings);
      const { primary, others } = resolveThreadClients(thread, self);
      // Asked before extraction, which holds this thread for tens of milliseconds on a cold
      // worker: IndexedDB answers meanwhile instead of after it (a cold fill waited for both).
      const ledgerView = clientsAndItems(db, primary, others);
      const history = readThreadHistory(db, thread.id);
      // Extraction runs off the mail host's main thread: in Chrome's offscreen document when
      // it is there (warm between wakes, warmExtractor.ts), in this worker otherwise.
      const found = await extract(
        {
          self,
          // The browser's own zone unless the user set one, read from Date: a woken worker in
          // a new process would pay ICU's set-up for Intl (about 25 ms) on the cold fill.
          timeZone: settings.timeZone || LOCAL_ZONE,
          subject: thread.subject,
          messages: thread.messages,
        },
        adjustment,
      );
      const { client, otherClients, items } = await ledgerView;
      // Dismissed ones and ones already accepted from the same message are not offered again.
      const fresh = capPerMessage(newSuggestions(await history, found.expectations));
      // A message of thousands of commitments must not flood Gmail's page: the first few each.
      const signals = capPerMessage(found.signals).kept;
      const offers = matchSignals(signals, items, thread.id);
      return {
        client,
        otherClients,
        items,
        suggestions: fresh.kept,
        moreSuggestions: fresh.more,
        signals,
        offers,
      };
    },

    async 'client.rename'({ clientKey, name }) {
      const db = await ledger();
      const client = await ensureClient(db, clientKey, name, now());
      const renamed = await renameClient(db, client.id, name, now());
      await announceLedgerChange();
      return renamed;
    },

    async 'client.attachDomain'({ clientKey, name, domain }) {
      const db = await ledger();
      const client = await ensureClient(db, clientKey, name, now());
      const updated = await attachDomain(db, client.id, domain, now());
      await announceLedgerChange();
      return updated;
    },

    async 'settings.get'() {
      return readSettingsView(await ledger());
    },

    async 'sidebar.setCollapsed'({ collapsed }) {
      await writeSettings(await ledger(), { sidebarCollapsed: collapsed });
      return { collapsed };
    },

    async 'settings.update'(patch) {
      const settings = await writeSettings(await ledger(), patch);
      await announceLedgerChange();
      return settings;
    },
  };
}

/** The thread's clients as the ledger knows them, and the primary client's items. */
async function clientsAndItems(db: LedgerDb, primary: ClientCandidate | null, others: ClientCandidate[]) {
  const [client, otherClients] = await Promise.all([
    primary ? clientView(db, primary) : null,
    Promise.all(others.map((c) => clientView(db, c))),
  ]);
  const items = client?.client ? await itemsForClient(db, client.client.id) : [];
  return { client, otherClients, items };
}

async function clientView(db: LedgerDb, candidate: ClientCandidate): Promise<ClientView> {
  const stored = (await findClientByKey(db, candidate.key)) ?? null;
  return {
    key: candidate.key,
    client: stored,
    name: stored?.name ?? candidate.suggestedName,
    people: candidate.people,
  };
}
