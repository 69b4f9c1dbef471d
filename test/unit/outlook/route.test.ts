import { parseOutlookRoute } from '../../../src/mail/outlook';

const ITEM = 'AAMkADAwATM3ZmYAZS05NDE4LTkxZjAtMDACLTAwCgBGAAAD/x5y+Q==';
const encoded = encodeURIComponent(ITEM);

describe('Outlook routes', () => {
  it.each([
    `https://outlook.office.com/mail/inbox/id/${encoded}`,
    `https://outlook.office365.com/mail/0/inbox/id/${encoded}`,
    `https://outlook.live.com/mail/0/sentitems/id/${encoded}`,
    `https://outlook.cloud.microsoft/mail/search/id/${encoded}`,
    `https://outlook.office.com/mail/sales@northwind.io/inbox/id/${encoded}`,
    `https://outlook.office.com/mail/deeplink/read/${encoded}?ItemID=x&exvsurl=1`,
    `https://outlook.office.com/mail/deeplink/read/sales%40northwind.io/${encoded}`,
    `https://outlook.live.com/mail/0/deeplink/read/${encoded}`,
  ])('reads the open item from %s', (href) => {
    expect(parseOutlookRoute(href)).toEqual({ kind: 'thread', threadId: ITEM });
  });

  it.each([
    'https://outlook.office.com/mail/',
    'https://outlook.office.com/mail/inbox',
    'https://outlook.live.com/mail/0/',
    'https://outlook.office.com/mail/search',
    'https://outlook.office.com/mail/options/general',
  ])('treats %s as a list', (href) => {
    expect(parseOutlookRoute(href)).toEqual({ kind: 'list' });
  });

  it.each([
    `https://outlook.office.com/calendar/item/${encoded}`,
    `https://outlook.office.com/people/id/${encoded}`,
    `https://evil.example/mail/inbox/id/${encoded}`,
    `http://outlook.office.com/mail/inbox/id/${encoded}`,
    `https://outlook.office.com.evil.example/mail/inbox/id/${encoded}`,
    'not a url',
  ])('reads nothing outside Outlook’s mail paths: %s', (href) => {
    expect(parseOutlookRoute(href)).toEqual({ kind: 'list' });
  });

  it('ignores an id that is not an Exchange id', () => {
    expect(parseOutlookRoute('https://outlook.office.com/mail/inbox/id/%3Cscript%3E')).toEqual({
      kind: 'list',
    });
  });
});
