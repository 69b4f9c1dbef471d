import { fixtureUrl, loadFixture, type GmailFixture } from '../../fixtures/gmail';

/**
 * A fixture parsed into its own document (DOMParser: scripts in it never run), with the
 * Gmail URL it is meant to be served at. Needs the happy-dom test environment.
 */
export function loadPage(name: GmailFixture): { document: Document; href: string } {
  const document = new DOMParser().parseFromString(loadFixture(name), 'text/html');
  return { document, href: fixtureUrl(name) };
}
