import { parseGmailRoute } from '../../../src/mail/gmail';

const BASE = 'https://mail.google.com/mail/u/0/';
const TOKEN = 'FMfcgzQXJWDsKmwZcTvBqNhRlPxGjHdL';

describe('reading the Gmail route', () => {
  it.each([
    `#inbox/${TOKEN}`,
    `#label/Clients/${TOKEN}`,
    `#label/Clients%2FAcme/${TOKEN}`,
    `#sent/${TOKEN}`,
    `#search/acme/${TOKEN}`,
    `#search/from%3Apriya+proposal/${TOKEN}`,
    `#all/${TOKEN}`,
    `#starred/${TOKEN}`,
    `#category/updates/${TOKEN}`,
    `#inbox/${TOKEN}?compose=new`,
    `#all/${TOKEN}?projector=1`,
  ])('finds the thread in %s', (hash) => {
    expect(parseGmailRoute(BASE + hash)).toEqual({ kind: 'thread', threadId: TOKEN });
  });

  it('finds a thread by its legacy hex id', () => {
    expect(parseGmailRoute(`${BASE}#all/1926c5e0f1a2b3c7`)).toEqual({
      kind: 'thread',
      threadId: '1926c5e0f1a2b3c7',
    });
  });

  it.each([
    '#inbox',
    '#inbox/p2',
    '#label/Clients',
    '#label/Clients/p3',
    '#search/acme',
    '#search/FMfcgz+proposal',
    '#category/updates',
    '#settings/general',
    '#sent',
    '',
    `#${TOKEN}`,
  ])('sees no thread in "%s"', (hash) => {
    expect(parseGmailRoute(BASE + hash)).toEqual({ kind: 'list' });
  });
});
