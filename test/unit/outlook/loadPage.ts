import { loadOutlookFixture, outlookFixtureUrl, type OutlookFixture } from '../../fixtures/outlook';

/**
 * A fixture parsed into its own document (DOMParser: its scripts never run), with the
 * Outlook URL it is served at. Needs the happy-dom test environment.
 */
export function loadOutlookPage(name: OutlookFixture): { document: Document; href: string } {
  const document = new DOMParser().parseFromString(loadOutlookFixture(name), 'text/html');
  return { document, href: outlookFixtureUrl(name) };
}
