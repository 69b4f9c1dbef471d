/**
 * The settings page's view of what extraction learned from this user, and its reset.
 * Only Accord's own pages may ask (protocol.ts): a mail page has no business reading it.
 */
import type { Handlers } from '../messaging/router';
import { summarize } from '../extract/model/learning';
import { readLearning, resetLearning, type LedgerDb } from '../ledger';
import { ledger } from './ledgerConnection';
import { announceLedgerChange } from './changes';

export function createLearningHandlers(
  open: () => Promise<LedgerDb> = ledger,
): Pick<Handlers, 'learning.get' | 'learning.reset'> {
  return {
    async 'learning.get'() {
      return summarize(await readLearning(await open()));
    },
    async 'learning.reset'() {
      const learned = await resetLearning(await open());
      // Open sidebars read their threads again, now without the user's corrections.
      await announceLedgerChange();
      return summarize(learned);
    },
  };
}
