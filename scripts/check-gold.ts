/**
 * `npx tsx scripts/check-gold.ts DIR`: checks hand-written gold files without running extraction,
 * so an annotator writing a held-out part can validate the format and never see what the
 * extractor makes of it. Checks: each thread parses as an extraction input, every snippet is
 * found verbatim in its message, kind/owner/due/amount have the annotation guide's shapes.
 */
import { resolve } from 'node:path';
import { loadGold } from './lib/gold-score';

const KINDS = new Set(['deliverable', 'request', 'payment', 'meeting', 'standard']);
const dir = resolve(process.argv[2] ?? '');
const problems: string[] = [];
const threads = loadGold(dir);
let expectations = 0;
let messages = 0;
for (const t of threads) {
  messages += t.thread.messages.length;
  for (const g of t.expected) {
    expectations++;
    const where = `${t.file} ${g.messageId}`;
    const message = t.thread.messages.find((m) => m.id === g.messageId);
    if (!message) problems.push(`${where}: no message with this id`);
    else if (!message.text.includes(g.snippet)) problems.push(`${where}: snippet not in text: ${g.snippet}`);
    if (!KINDS.has(g.kind)) problems.push(`${where}: kind ${g.kind} is not one of ${[...KINDS].join(', ')}`);
    if (g.owner !== 'us' && g.owner !== 'client') problems.push(`${where}: owner must be us or client`);
    if (g.due !== null && !/^\d{4}-\d{2}-\d{2}$/.test(g.due))
      problems.push(`${where}: due must be YYYY-MM-DD or null`);
    if (g.amount !== null && (typeof g.amount?.value !== 'number' || !/^[A-Z]{3}$/.test(g.amount.currency)))
      problems.push(`${where}: amount must be null or { value: number, currency: ISO code }`);
  }
}
for (const p of problems) console.log(p);
console.log(
  `${threads.length} threads, ${messages} messages, ${expectations} expectations, ${problems.length} problems`,
);
process.exitCode = problems.length ? 1 : 0;
