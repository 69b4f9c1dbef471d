/**
 * The content-open bench's two threads (Gmail's 20 messages, Outlook's 12) read from their
 * fixtures as the content script reads them, as the worker hands them to extraction; and the
 * extraction bundled as the extension build bundles it. Shared by the cold-extraction scripts.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { Window } from 'happy-dom';
import { readGmailIdentity, readGmailThread } from '../../src/mail/gmail';
import { readOutlookAccount, readOutlookThread } from '../../src/mail/outlook';
import { identityFrom } from '../../src/worker/identity';
import { DEFAULT_SETTINGS } from '../../src/ledger/settings';
import { fixtureUrl, loadFixture } from '../../test/fixtures/gmail';
import { loadOutlookFixture, outlookFixtureUrl } from '../../test/fixtures/outlook';
import { VITE_ALIASES } from '../viteAliases';
import type { ExtractionInput } from '../../src/extract';
import { LOCAL_ZONE } from '../../src/extract/localZone';
import type { Thread } from '../../src/core';

/** The adapters use the DOM's globals (Node, NodeFilter…): happy-dom's, as in the unit tests. */
const window = new Window();
for (const name of ['Node', 'NodeFilter', 'Element', 'HTMLElement', 'Text'])
  (globalThis as Record<string, unknown>)[name] ??= (window as unknown as Record<string, unknown>)[name];

function parse(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** The input the worker builds in `thread.open` for a new user (default settings). */
function workerInput(thread: Thread, account: string | null, zone: string): ExtractionInput {
  return {
    self: identityFrom(account, DEFAULT_SETTINGS),
    timeZone: zone,
    subject: thread.subject,
    messages: thread.messages,
  };
}

export function benchThreads(zone: string = LOCAL_ZONE): Record<'gmail' | 'outlook', ExtractionInput> {
  const gmailDoc = parse(loadFixture('long-20-messages.html'));
  const gmail = readGmailThread(gmailDoc, { href: fixtureUrl('long-20-messages.html') });
  const outlookDoc = parse(loadOutlookFixture('long-conversation.html'));
  const outlook = readOutlookThread(outlookDoc, { href: outlookFixtureUrl('long-conversation.html') });
  if (!gmail.ok || !outlook.ok) throw new Error('a bench fixture did not read');
  return {
    gmail: workerInput(gmail.thread, readGmailIdentity(gmailDoc).email, zone),
    outlook: workerInput(outlook.thread, readOutlookAccount(outlookDoc), zone),
  };
}

/** coldExtractEntry.ts bundled as the build does (esbuild, minified unless READABLE, one ES module). */
export async function bundleExtraction(outfile: string): Promise<void> {
  await build({
    entryPoints: [join(import.meta.dirname, 'coldExtractEntry.ts')],
    bundle: true,
    minify: !process.env.READABLE,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    mainFields: ['module', 'main'],
    alias: VITE_ALIASES,
    outfile,
    logLevel: 'warning',
  });
}
