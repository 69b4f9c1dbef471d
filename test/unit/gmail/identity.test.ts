// @vitest-environment happy-dom
import { readGmailIdentity } from '../../../src/mail/gmail';
import { loadPage } from './loadPage';

function page(title: string, body = ''): Document {
  const doc = new DOMParser().parseFromString(
    `<!DOCTYPE html><title></title><body>${body}</body>`,
    'text/html',
  );
  doc.title = title;
  return doc;
}

describe('reading the signed-in account', () => {
  it('reads it from the title of an inbox and of a thread page', () => {
    expect(readGmailIdentity(loadPage('inbox-list.html').document)).toEqual({ email: 'dana@northwind.io' });
    expect(readGmailIdentity(loadPage('rtl.html').document)).toEqual({ email: 'dana@northwind.io' });
  });

  it('takes the address from the end of the title, not from a subject that mimics it', () => {
    const doc = page('Hi - mallory@evil.example - Gmail - Dana@Northwind.io - Gmail');
    expect(readGmailIdentity(doc).email).toBe('dana@northwind.io');
  });

  it('falls back to the account button in the top bar', () => {
    const doc = page(
      'Gmail',
      '<div id="gb"><a aria-label="Google Account: Dana Whitfield (dana@northwind.io)" href="#">DW</a></div>',
    );
    expect(readGmailIdentity(doc).email).toBe('dana@northwind.io');
  });

  it('ignores addresses in the main area, where email content lives', () => {
    const doc = page(
      'Gmail',
      '<div role="main"><div id="gb"><a aria-label="Account (mallory@evil.example)" href="#">x</a></div></div>',
    );
    expect(readGmailIdentity(doc).email).toBeNull();
  });
});
