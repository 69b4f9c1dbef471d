/**
 * Guard for speed work on src/extract: runs extractThread over a fixed corpus and writes, or
 * checks, a JSON snapshot of every output, so a change meant only to be faster can be shown to
 * change nothing (byte-identical output).
 *
 *   npx tsx scripts/extract-snapshot.ts write /tmp/before.json
 *   npx tsx scripts/extract-snapshot.ts check /tmp/before.json
 *
 * The corpus: every gold thread (whole, and each message alone as the bench reads it; the
 * held-out part excluded, so nothing here reads it), every email-intent sentence as a client's
 * one-message thread, the Gmail and Outlook fixture conversations (bodies with their tags
 * stripped), and one large message. Inputs only: no gold answer is read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadGold, isHoldout } from './lib/gold-score';
import { asClientThread, loadIntent } from './lib/intent-data';
import { extractThread, type ExtractionInput } from '../src/extract/index';
import * as gmailA from '../test/fixtures/gmail/build/threadsA';
import * as gmailB from '../test/fixtures/gmail/build/threadsB';
import * as gmailC from '../test/fixtures/gmail/build/threadsC';
import * as gmailD from '../test/fixtures/gmail/build/threadsD';
import * as outlookA from '../test/fixtures/outlook/build/conversationsA';
import * as outlookB from '../test/fixtures/outlook/build/conversationsB';

interface FixtureMessage {
  from: { name: string; email: string };
  to: { name: string; email: string }[];
  cc?: { name: string; email: string }[];
  body?: string;
}

/** Tags out, common entities decoded: a stable stand-in for the hosts' DOM readers. */
function plain(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/(?:div|p|li|tr|blockquote)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function fixtureThreads(): ExtractionInput[] {
  const pages = [gmailA, gmailB, gmailC, gmailD, outlookA, outlookB].flatMap((m) =>
    Object.values(m).filter(
      (v): v is { subject: string; messages: FixtureMessage[] } =>
        typeof v === 'object' && v !== null && 'messages' in v && Array.isArray(v.messages),
    ),
  );
  return pages.map((p) => ({
    self: { emails: ['dana@northwind.io'], domains: ['northwind.io'] },
    timeZone: 'Europe/London',
    subject: p.subject,
    messages: p.messages
      .filter((m) => m.body)
      .map((m, i) => ({
        id: `m${i}`,
        from: m.from,
        to: m.to,
        cc: m.cc ?? [],
        sentAt: `2026-11-${String(10 + i).padStart(2, '0')}T09:15:00Z`,
        text: plain(m.body!),
      })),
  }));
}

export function snapshotCorpus(): { name: string; input: ExtractionInput }[] {
  const out: { name: string; input: ExtractionInput }[] = [];
  const gold = loadGold().filter((g) => !isHoldout(g));
  gold.forEach((g, i) => {
    out.push({ name: `gold ${g.file} #${i}`, input: g.thread });
    for (const m of g.thread.messages)
      out.push({ name: `gold ${g.file} #${i} ${m.id}`, input: { ...g.thread, messages: [m] } });
  });
  (loadIntent() ?? []).forEach((row, i) =>
    out.push({ name: `intent #${i}`, input: asClientThread(row.text) }),
  );
  fixtureThreads().forEach((t, i) => out.push({ name: `fixture #${i} ${t.subject}`, input: t }));
  let big = '';
  const texts = gold.flatMap((g) => g.thread.messages.map((m) => m.text));
  for (let i = 0; big.length < 256 * 1024; i++) big += texts[i % texts.length] + '\n\n';
  out.push({ name: 'large message', input: asClientThread(big) });
  return out;
}

function main(): void {
  const [mode, file] = process.argv.slice(2);
  if ((mode !== 'write' && mode !== 'check') || !file) {
    console.error('usage: tsx scripts/extract-snapshot.ts write|check FILE');
    process.exit(2);
  }
  const corpus = snapshotCorpus();
  const outputs = corpus.map(({ name, input }) => ({ name, output: extractThread(input) }));
  if (mode === 'write') {
    writeFileSync(file, JSON.stringify(outputs, null, 1));
    console.log(`${outputs.length} outputs written to ${file}`);
    return;
  }
  const before = JSON.parse(readFileSync(file, 'utf8')) as typeof outputs;
  let differ = 0;
  for (let i = 0; i < Math.max(before.length, outputs.length); i++) {
    const a = JSON.stringify(before[i]);
    const b = JSON.stringify(outputs[i]);
    if (a === b) continue;
    if (++differ <= 10)
      console.log(`differs: ${outputs[i]?.name ?? before[i]?.name}\n  was ${a}\n  now ${b}`);
  }
  console.log(
    differ ? `${differ} of ${outputs.length} outputs differ` : `all ${outputs.length} outputs identical`,
  );
  process.exit(differ ? 1 : 0);
}

main();
