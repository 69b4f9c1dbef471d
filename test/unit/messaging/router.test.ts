import { createRouter, type Handlers } from '../../../src/messaging/router';
import type { Thread } from '../../../src/core';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const gmailTab = { id: EXTENSION_ID, url: 'https://mail.google.com/mail/u/0/#inbox/abc', tab: { id: 1 } };
const ownPage = { id: EXTENSION_ID, url: `${ORIGIN}/options.html` };

const thread: Thread = {
  host: 'gmail',
  id: 't1',
  url: 'https://mail.google.com/mail/u/0/#inbox/t1',
  subject: 'Hello',
  messages: [
    {
      id: 'm1',
      from: { name: 'Sam', email: 'sam@acme.com' },
      to: [],
      cc: [],
      sentAt: '2026-03-02T09:15:00-05:00',
      text: 'Hi',
      fullyRead: true,
    },
  ],
};

function setup() {
  const calls: string[] = [];
  const handlers = {
    'thread.open': async () => (
      calls.push('thread.open'),
      { client: null, otherClients: [], items: [], suggestions: [], signals: [] }
    ),
    'client.rename': async () => {
      throw new Error('That client is no longer in the ledger.');
    },
  } as unknown as Handlers;
  return { calls, route: createRouter(handlers, { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN }) };
}

describe('the worker’s message router', () => {
  it('answers a valid message from a Gmail content script', async () => {
    const { route, calls } = setup();
    const reply = await route(
      { accord: 1, type: 'thread.open', payload: { thread, account: 'dana@northwind.io' } },
      gmailTab,
    );
    expect(reply).toMatchObject({ ok: true });
    expect(calls).toEqual(['thread.open']);
  });

  it.each([
    'https://outlook.office.com/mail/inbox/id/AAMkAD',
    'https://outlook.office365.com/mail/inbox/id/AAMkAD',
    'https://outlook.cloud.microsoft/mail/inbox/id/AAMkAD',
    'https://outlook.live.com/mail/0/inbox/id/AAMkAD',
  ])('answers a content script on Outlook on the web (%s)', async (url) => {
    const { route, calls } = setup();
    const outlookThread = { ...thread, host: 'outlook' as const, url };
    const reply = await route(
      { accord: 1, type: 'thread.open', payload: { thread: outlookThread, account: 'dana@northwind.io' } },
      { ...gmailTab, url },
    );
    expect(reply).toMatchObject({ ok: true });
    expect(calls).toEqual(['thread.open']);
  });

  it.each([
    ['a string', 'hello'],
    ['null', null],
    ['an unknown type', { accord: 1, type: 'ledger.dropAll', payload: {} }],
    ['a missing marker', { type: 'thread.open', payload: {} }],
    ['a prototype key as type', { accord: 1, type: 'constructor', payload: {} }],
  ])('rejects %s without calling any handler', async (_label, message) => {
    const { route, calls } = setup();
    expect(await route(message, gmailTab)).toEqual({ ok: false, error: 'Not an Accord message.' });
    expect(calls).toEqual([]);
  });

  it('rejects a bad payload and names where it is wrong', async () => {
    const { route, calls } = setup();
    const bad = { ...thread, messages: [{ ...thread.messages[0], sentAt: 'yesterday' }] };
    const reply = await route(
      { accord: 1, type: 'thread.open', payload: { thread: bad, account: null } },
      gmailTab,
    );
    expect(reply).toEqual({ ok: false, error: 'Invalid thread.open message at thread.messages.0.sentAt.' });
    expect(calls).toEqual([]);
  });

  it.each([
    ['another extension', { ...gmailTab, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }],
    ['a content script on a host we do not serve', { ...gmailTab, url: 'https://evil.example/#inbox' }],
    ['a look-alike of Outlook’s host', { ...gmailTab, url: 'https://outlook.office.com.evil.example/mail/' }],
    ['Outlook over plain http', { ...gmailTab, url: 'http://outlook.office.com/mail/' }],
    ['a message with no sender URL', { id: EXTENSION_ID, tab: { id: 1 } }],
  ])('refuses %s', async (_label, sender) => {
    const { route, calls } = setup();
    const reply = await route({ accord: 1, type: 'thread.open', payload: { thread, account: null } }, sender);
    expect(reply).toEqual({ ok: false, error: 'This sender may not send that message.' });
    expect(calls).toEqual([]);
  });

  it('refuses content-only messages from our own pages', async () => {
    const { route } = setup();
    const reply = await route(
      { accord: 1, type: 'thread.open', payload: { thread, account: null } },
      ownPage,
    );
    expect(reply.ok).toBe(false);
  });

  it('refuses settings changes from a mail page', async () => {
    const { route } = setup();
    const reply = await route({ accord: 1, type: 'settings.update', payload: { ownEmails: [] } }, gmailTab);
    expect(reply).toEqual({ ok: false, error: 'This sender may not send that message.' });
  });

  it('turns a handler’s error into a plain reply instead of a hanging promise', async () => {
    const { route } = setup();
    const reply = await route(
      { accord: 1, type: 'client.rename', payload: { clientKey: 'domain:acme.com', name: 'Acme' } },
      ownPage,
    );
    expect(reply).toEqual({ ok: false, error: 'That client is no longer in the ledger.' });
  });
});
