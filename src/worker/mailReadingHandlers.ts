/**
 * Exact reading of Outlook conversations through Microsoft Graph (docs/graph-mail.md).
 * Off by default; the options page turns it on, which asks Microsoft for Mail.Read. A
 * content script asks for a conversation by id and gets the Thread, or null whenever
 * anything is missing or fails, and then reads the page as usual.
 */
import * as v from 'valibot';
import { MICROSOFT_MAIL_SCOPE } from '../auth/microsoft';
import { tokenHasScope } from '../auth/tokenCache';
import { createGraphCall } from '../graph/graphClient';
import { readGraphConversation } from '../graph/mailReader';
import { defaultPolicy, type FaultPolicy } from '../http/faultPolicy';
import { readSettings, writeSettings } from '../ledger';
import type { Handlers } from '../messaging/router';
import { ThreadSchema } from '../messaging/schemas';
import { announceLedgerChange } from './changes';
import type { CalendarEnv } from './calendarEnv';
import { ledger } from './ledgerConnection';

const MICROSOFT = 'microsoft';

/** The user is waiting with the conversation open: one retry at most, then the page is read. */
const READ_POLICY: Partial<FaultPolicy> = { maxAttempts: 2, maxDelayMs: 2000, timeoutMs: 8000 };

export const MAIL_READ_REFUSED =
  'Microsoft did not give Accord permission to read mail (Mail.Read). Exact reading stays off; Accord reads conversations from the page.';

export interface MailReadingOptions {
  env: () => CalendarEnv;
  policy?: Partial<FaultPolicy>;
}

export function createMailReadingHandlers(
  options: MailReadingOptions,
): Pick<Handlers, 'mail.readConversation' | 'mail.exactReading'> {
  return {
    async 'mail.readConversation'({ conversationId }) {
      const settings = await readSettings(await ledger());
      if (!settings.outlookExactReading) return null;
      const env = options.env();
      // Never start a sign-in from here: without a token that carries Mail.Read (the user
      // has not consented, or the session ended), the page is read instead.
      if (!tokenHasScope(await env.tokenCache.read(MICROSOFT), MICROSOFT_MAIL_SCOPE)) return null;
      try {
        const call = createGraphCall(env.microsoftTokens(settings, false), {
          ...defaultPolicy('Outlook'),
          ...READ_POLICY,
          ...options.policy,
        });
        const thread = await readGraphConversation(call, conversationId);
        // What Graph returned is checked like anything a content script sends.
        return v.safeParse(ThreadSchema, thread).success ? thread : null;
      } catch {
        // Offline, refused, throttled, unknown conversation: the page is read instead.
        return null;
      }
    },

    async 'mail.exactReading'({ enabled }) {
      const db = await ledger();
      const settings = await readSettings(db);
      const env = options.env();
      const before = await env.tokenCache.read(MICROSOFT);
      if (!enabled) {
        // The next token Microsoft issues carries only the calendar's scopes again.
        if (before) await env.tokenCache.write(MICROSOFT, { ...before, expiresAt: 0, scope: '' });
      } else {
        try {
          // A new token with Mail.Read: refresh, then silent, then the consent window.
          await env.microsoftTokens({ ...settings, outlookExactReading: true }, true).renewToken();
        } catch (err) {
          // A cancelled consent must not cost the calendar its connection.
          if (before) await env.tokenCache.write(MICROSOFT, before);
          throw err;
        }
        if (!tokenHasScope(await env.tokenCache.read(MICROSOFT), MICROSOFT_MAIL_SCOPE))
          throw new Error(MAIL_READ_REFUSED);
      }
      const saved = await writeSettings(db, { outlookExactReading: enabled });
      await announceLedgerChange();
      return saved;
    },
  };
}
