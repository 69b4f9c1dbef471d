/**
 * The worker's side of exact reading, through the router as the extension runs it: the
 * option asks Microsoft for Mail.Read only when turned on (a cancelled consent leaves the
 * calendar connected), a content script gets the Graph thread or null (then it reads the
 * page), and nothing opens a window or reaches Graph while the option is off.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { fakeBrowser } from 'wxt/testing';
import { MICROSOFT_AUTHORITY, createMicrosoftTokenSource } from '../../../src/auth/microsoft';
import { createTokenCache, type TokenCache } from '../../../src/auth/tokenCache';
import { readSettings } from '../../../src/ledger/settings';
import { createRouter } from '../../../src/messaging/router';
import type { CalendarEnv } from '../../../src/worker/calendarEnv';
import { createHandlers } from '../../../src/worker/handlers';
import { ledger } from '../../../src/worker/ledgerConnection';
import { MAIL_READ_REFUSED } from '../../../src/worker/mailReadingHandlers';
import { REDIRECT, fakeIdentity } from '../auth/fakeIdentity';
import { GraphMailFake, graphMessage } from './graphMailFake';
import { memorySession } from './memorySession';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
// A content script on a mail host Accord serves. Outlook's origins join MAIL_ORIGINS with the
// Outlook adapter (another branch); the message itself is host-neutral.
const outlookTab = { id: EXTENSION_ID, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 1 } };
const optionsPage = { id: EXTENSION_ID, url: `${ORIGIN}/options.html` };
const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const CONVERSATION = 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAO/u+x==';
const GRAPH = 'https://graph.microsoft.com/';

const mail = new GraphMailFake();
/** What the user has consented to in Entra, and whether they accept the next consent window. */
const consent = { granted: new Set(['Calendars.ReadWrite', 'offline_access']), acceptNext: true };
const codes = new Map<string, string>();

const scopesOf = (scope: string) => scope.split(' ').filter((s) => s !== 'offline_access');
const tokenAnswer = (scope: string, n: number) =>
  HttpResponse.json({
    token_type: 'Bearer',
    scope: scopesOf(scope)
      .map((s) => GRAPH + s)
      .join(' '),
    expires_in: 3600,
    access_token: `at-${n}`,
    refresh_token: `rt-${n}`,
  });
let issued = 0;

const server = setupServer(
  ...mail.handlers(),
  http.post(`${MICROSOFT_AUTHORITY}/token`, async ({ request }) => {
    const form = Object.fromEntries(new URLSearchParams(await request.text()));
    const scope = form.grant_type === 'authorization_code' ? codes.get(form.code!) : form.scope;
    if (!scope || !scopesOf(scope).every((s) => consent.granted.has(s)))
      return HttpResponse.json(
        {
          error: 'invalid_grant',
          error_description: 'AADSTS65001: The user or administrator has not consented.',
        },
        { status: 400 },
      );
    return tokenAnswer(scope, ++issued);
  }),
);

const { identity, calls: windows } = fakeIdentity((url, interactive) => {
  const scope = url.searchParams.get('scope')!;
  const state = url.searchParams.get('state')!;
  const missing = scopesOf(scope).filter((s) => !consent.granted.has(s));
  if (missing.length > 0 && !interactive) return `${REDIRECT}?error=consent_required&state=${state}`;
  if (missing.length > 0 && !consent.acceptNext) return `${REDIRECT}?error=access_denied&state=${state}`;
  missing.forEach((s) => consent.granted.add(s));
  const code = `code-${codes.size + 1}`;
  codes.set(code, scope);
  return `${REDIRECT}?code=${code}&state=${state}`;
});

let cache: TokenCache;
const env = (): CalendarEnv => ({
  tokenCache: cache,
  microsoftTokens: (settings, interactive) =>
    createMicrosoftTokenSource({
      identity,
      cache,
      settings: { microsoftClientId: CLIENT_ID, microsoftMailRead: settings.outlookExactReading },
      interactive,
    }),
  get outbox(): never {
    throw new Error('not used');
  },
  deps: () => {
    throw new Error('not used');
  },
  accounts: {
    status: () => Promise.reject(new Error('not used')),
    connect: () => Promise.reject(new Error('not used')),
    disconnect: () => Promise.reject(new Error('not used')),
  },
});

const route = createRouter(createHandlers(undefined, env), {
  extensionId: EXTENSION_ID,
  extensionOrigin: ORIGIN,
});
type Reply = { ok: boolean; data?: unknown; error?: string };
const send = (type: string, payload: unknown, sender: object) =>
  route({ accord: 1, type, payload }, sender) as Promise<Reply>;
const readConversation = (conversationId = CONVERSATION) =>
  send('mail.readConversation', { conversationId }, outlookTab);

/** The calendar was connected earlier: a token with calendar scopes only. */
async function calendarConnected() {
  await cache.write('microsoft', {
    accessToken: 'at-calendar',
    expiresAt: Date.now() + 3_600_000,
    refreshToken: 'rt-calendar',
    refreshExpiresAt: Date.now() + 86_400_000,
    scope: `${GRAPH}Calendars.ReadWrite`,
  });
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  fakeBrowser.reset();
  cache = createTokenCache(memorySession());
  consent.granted = new Set(['Calendars.ReadWrite', 'offline_access']);
  consent.acceptNext = true;
  windows.length = 0;
  mail.requests = [];
  mail.failWith = null;
  mail.messages = [
    graphMessage({
      n: 1,
      conversationId: CONVERSATION,
      from: ['Priya Raman', 'priya.raman@acme.com'],
      to: [['Dana Whitfield', 'dana@northwind.io']],
      sent: '2026-11-17T14:15:00Z',
      subject: 'Q1 campaign kickoff',
      unique: "You'll send the revised proposal by Friday.",
    }),
  ];
  const db = await ledger();
  await db.put('settings', { key: 'outlookExactReading', value: false });
});
afterEach(() => {
  server.resetHandlers();
  expect(mail.violations).toEqual([]);
});
afterAll(() => server.close());

describe('exact reading of Outlook conversations through Graph', () => {
  it('is off by default: the content script is told to read the page, and nothing reaches Graph', async () => {
    await calendarConnected();
    expect(await readConversation()).toEqual({ ok: true, data: null });
    expect(mail.requests).toHaveLength(0);
    expect(windows).toHaveLength(0);
  });

  it('asks for Mail.Read only when turned on, then gives content scripts the Graph thread', async () => {
    await calendarConnected();
    const reply = await send('mail.exactReading', { enabled: true }, optionsPage);
    expect(reply).toMatchObject({ ok: true, data: { outlookExactReading: true } });
    // The consent window asked for the calendar's scopes and Mail.Read together.
    const interactive = windows.filter((w) => w.interactive);
    expect(interactive).toHaveLength(1);
    expect(interactive[0]!.url.searchParams.get('scope')).toBe(
      'Calendars.ReadWrite offline_access Mail.Read',
    );

    const read = await readConversation();
    expect(read.ok).toBe(true);
    expect(read.data).toMatchObject({
      host: 'outlook',
      id: CONVERSATION,
      messages: [
        { id: '<msg-1@mail.example>', text: "You'll send the revised proposal by Friday.", fullyRead: true },
      ],
    });
    expect(mail.requests[0]!.prefer).toBe('outlook.body-content-type="text"');
  });

  it('keeps the calendar connected and the option off when the user declines Mail.Read', async () => {
    await calendarConnected();
    consent.acceptNext = false;
    const reply = await send('mail.exactReading', { enabled: true }, optionsPage);
    expect(reply.ok).toBe(false);
    expect((await readSettings(await ledger())).outlookExactReading).toBe(false);
    expect((await cache.read('microsoft'))?.accessToken).toBe('at-calendar');
  });

  it('refuses to turn on when Microsoft grants the token without Mail.Read', async () => {
    await calendarConnected();
    // An authority that silently drops the scope (a tenant policy): the token lacks it.
    server.use(
      http.post(`${MICROSOFT_AUTHORITY}/token`, () => tokenAnswer('Calendars.ReadWrite offline_access', 99)),
    );
    const reply = await send('mail.exactReading', { enabled: true }, optionsPage);
    expect(reply).toEqual({ ok: false, error: MAIL_READ_REFUSED });
    expect((await readSettings(await ledger())).outlookExactReading).toBe(false);
  });

  it('falls back to the page (null) on any Graph failure, and never opens a window from a mail page', async () => {
    await calendarConnected();
    expect((await send('mail.exactReading', { enabled: true }, optionsPage)).ok).toBe(true);
    const opened = windows.length;
    mail.failWith = { status: 503, code: 'ServiceUnavailable' };
    const before = mail.requests.length;
    expect(await readConversation()).toEqual({ ok: true, data: null });
    // Graph was asked (twice: one retry for a server error), and refused.
    expect(mail.requests.length - before).toBe(2);
    mail.failWith = { status: 403, code: 'ErrorAccessDenied' };
    expect(await readConversation()).toEqual({ ok: true, data: null });
    mail.failWith = null;
    expect(await readConversation('AAQkADunknown==')).toEqual({ ok: true, data: null });
    // The session ended (tokens gone): still null, and no sign-in window from the mail page.
    await cache.clear('microsoft');
    expect(await readConversation()).toEqual({ ok: true, data: null });
    expect(windows.length).toBe(opened);
  });

  it('turning it off stops Graph reads and drops Mail.Read from the token in use', async () => {
    await calendarConnected();
    await send('mail.exactReading', { enabled: true }, optionsPage);
    const reply = await send('mail.exactReading', { enabled: false }, optionsPage);
    expect(reply).toMatchObject({ ok: true, data: { outlookExactReading: false } });
    const requests = mail.requests.length;
    expect(await readConversation()).toEqual({ ok: true, data: null });
    expect(mail.requests).toHaveLength(requests);
    expect((await cache.read('microsoft'))?.scope ?? '').not.toContain('Mail.Read');
  });

  it('validates the messages: only the options page turns it on, and a conversation id is checked', async () => {
    expect((await send('mail.exactReading', { enabled: true }, outlookTab)).ok).toBe(false);
    expect((await readConversation('not an id; DROP')).ok).toBe(false);
    expect(
      (await send('mail.readConversation', { conversationId: CONVERSATION, extra: 1 }, outlookTab)).ok,
    ).toBe(false);
    // An extension page may not read mail through the content script's message.
    expect((await send('mail.readConversation', { conversationId: CONVERSATION }, optionsPage)).ok).toBe(
      false,
    );
  });
});
