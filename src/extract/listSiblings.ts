/**
 * A bulleted or numbered list whose lines mostly read as items of one kind and side: the line the
 * rules passed over is one more of them ("3. Service both shaft seals and replace the cutless
 * bearings" between "2. Antifouling: 2 coats of Micron 350" and a work list's other asks). In the
 * gold set's tuning part, of the lines of lists of three or more whose lines are mostly annotated,
 * 3,443 are annotated and 55 are not (issue 9, 6 December 2026, early morning).
 *
 * Read on the message's own text once its sentences are read: the lines are the text's lines, and
 * an item belongs to the line its start is on. Only the written part counts (a quoted line starts
 * with ">"), and only kinds a list states line by line: not meetings, whose lines are times to pick.
 */
import type { ExpectationKind, Side, SuggestedExpectation } from '../core/expectation';
import { resolveDue } from './dates';
import { IntentReading } from './intent';
import type { Placed } from './meetings';
import type { MessageContext } from './messageContext';
import { lineSide } from './lists';
import { findMoney } from './money';

export const LIST_SIBLING_PATTERNS = {
  /** A line with its own bullet or number ("- ", "• ", "3. ", "2) "); group 1 is the bullet. */
  bullet: /^[ \t]*([-*•·–]|\d{1,2}[.)])[ \t]+(?=\S)/,
  /**
   * Lines that say where things stand rather than what is owed: an answer ("yes", "agreed",
   * "fine"), a thing already attached or done, a sub-heading ("Timeline:", "What we need from
   * you"). A question is one more ask in a list of asks only.
   */
  notAnItem:
    /^(?:yes|no|ok|okay|agreed|approved|fine|done|noted|n\/a|tbc|tbd)\b|\b(?:attached|enclosed|included|budget|no change|(?:is|are) (?:fine|good|ok|okay|great)(?: (?:for|with) (?:us|me))?|works for (?:us|me)|(?:is|are|was|were) (?:done|completed|finished|filed|sent|paid|signed|approved|delivered|installed)|no (?:extra )?(?:cost|charge))\b|:\s*$|:\s*(?:yes|no|agreed|ok|okay|fine|approved|tbc|tbd)\W*$|^what (?:we|you|i)\b[^.?!]{0,30}$/i,
  /** A line that turns to the reader's people ("… needs confirming by your ops team"). */
  readersPeople:
    /\b(?:by|from|for) your (?:[\w-]{2,20} ){0,2}(?:team|office|side|people|staff|department|dept|lawyers?|accountants?)\b/i,
} as const;

/** Offered under "Maybe": the line is read from its neighbours, not from its own words. */
const SIBLING_CONFIDENCE = 0.5;

/** Kinds a list gives line by line. */
const LISTED: ReadonlySet<ExpectationKind> = new Set(['request', 'deliverable', 'payment', 'standard']);

interface Line {
  start: number;
  /** Where the line's text starts, after its bullet. */
  textStart: number;
  end: number;
}

/** "-", "•" or "number": lines of one list share their kind of bullet. */
const bulletKind = (bullet: string) => (/\d/.test(bullet) ? 'number' : bullet);

/** A bulleted line, with its kind of bullet and where its line break is (or the text's end). */
interface BulletLine extends Line {
  kind: string;
  lineBreak: number;
}

/** The bulleted line that holds offset `at`, or null (quoted history and unbulleted lines are none). */
function bulletLineAt(text: string, at: number): BulletLine | null {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const found = text.indexOf('\n', at);
  const lineBreak = found === -1 ? text.length : found;
  const raw = text.slice(start, lineBreak);
  if (raw.startsWith('>')) return null;
  const bullet = LIST_SIBLING_PATTERNS.bullet.exec(raw);
  if (!bullet) return null;
  const end = start + raw.replace(/\s+$/, '').length;
  return { start, textStart: start + bullet[0].length, end, kind: bulletKind(bullet[1]!), lineBreak };
}

const above = (text: string, line: BulletLine) =>
  line.start > 0 ? bulletLineAt(text, line.start - 1) : null;
const below = (text: string, line: BulletLine) =>
  line.lineBreak < text.length ? bulletLineAt(text, line.lineBreak + 1) : null;

/**
 * Runs of three or more consecutive lines with the same kind of bullet, outside the quoted
 * history ("2. Timeline" between dashed lines titles a section; it is not one of them), read only
 * around the items found: a run needs two of them, and a 1 MB message need not be split in lines.
 */
function bulletRuns(text: string, sorted: readonly SuggestedExpectation[]): Line[][] {
  const runs: Line[][] = [];
  let readTo = -1;
  for (const item of sorted) {
    if (item.start < readTo) continue;
    const line = bulletLineAt(text, item.start);
    if (!line) continue;
    const run: BulletLine[] = [line];
    // The line before a line starts at its own line break; the line after, one past this one's.
    for (let prev = above(text, line); prev?.kind === line.kind; prev = above(text, prev)) run.unshift(prev);
    for (let next = below(text, line); next?.kind === line.kind; next = below(text, next)) run.push(next);
    readTo = run[run.length - 1]!.lineBreak;
    if (run.length >= 3) runs.push(run);
  }
  return runs;
}

/** The items of `sorted` (by start) that start in [from, to). */
function itemsFrom(
  sorted: readonly SuggestedExpectation[],
  from: number,
  to: number,
): SuggestedExpectation[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: SuggestedExpectation[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < to; i++) out.push(sorted[i]!);
  return out;
}

/** The (kind, owner) most of `items` share, when at least two of them and two thirds do. */
function sharedReading(items: SuggestedExpectation[]): { kind: ExpectationKind; owner: Side } | null {
  const counts = new Map<string, number>();
  for (const e of items) counts.set(`${e.kind} ${e.owner}`, (counts.get(`${e.kind} ${e.owner}`) ?? 0) + 1);
  const [best, n] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  if (n < 2 || n * 3 < items.length * 2) return null;
  const [kind, owner] = best.split(' ') as [ExpectationKind, Side];
  return LISTED.has(kind) ? { kind, owner } : null;
}

/**
 * The items the lines left without one in a list whose lines mostly hold items of one kind and
 * side (see the module comment). `found`: the message's items so far, offsets in `text`.
 */
function listSiblings(ctx: MessageContext, found: readonly SuggestedExpectation[]): SuggestedExpectation[] {
  const text = ctx.message.text;
  if (!text.includes('\n') || found.length < 2) return [];
  const out: SuggestedExpectation[] = [];
  // By start, so each line finds its items by binary search.
  const sorted = [...found].sort((a, b) => a.start - b.start);
  for (const run of bulletRuns(text, sorted)) {
    const onLine = run.map((line) => itemsFrom(sorted, line.start, line.end));
    const covered = onLine.filter((items) => items.length > 0).length;
    if (covered * 2 < run.length) continue;
    const reading = sharedReading(onLine.flat());
    if (!reading) continue;
    // A list by party ("Hoffmann Lenz: permit drawings by 20 March", "Berger: decision on the
    // roof by 6 March"): each line's side is its label's, which neighbours do not tell.
    const lineTexts = run.map((line) => text.slice(line.textStart, line.end));
    if (lineTexts.some((t) => lineSide(t, ctx.names()) !== null)) continue;
    // A day the siblings share (their heading's) is this line's too, unless it names its own.
    const days = new Set(onLine.flat().map((e) => e.due));
    const sharedDue = days.size === 1 ? [...days][0]! : null;
    run.forEach((line, i) => {
      if (onLine[i]!.length > 0) return;
      const lineText = lineTexts[i]!;
      if (lineText.length < 3 || LIST_SIBLING_PATTERNS.notAnItem.test(lineText)) return;
      if (lineText.trimEnd().endsWith('?') && reading.kind !== 'request') return;
      if (LIST_SIBLING_PATTERNS.readersPeople.test(lineText)) return;
      // What this user keeps dismissing is not offered here either (learning.ts).
      if (new IntentReading(lineText, null, ctx.intent).userWithdraws(SIBLING_CONFIDENCE)) return;
      const amount = findMoney(lineText, ctx.home)[0]?.money ?? null;
      // In a priced list, a line without a sum is what the price buys, not one more price.
      if (reading.kind === 'payment' && amount === null) return;
      out.push({
        messageId: ctx.message.id,
        kind: reading.kind,
        owner: reading.owner,
        text: lineText,
        start: line.textStart,
        end: line.end,
        due: resolveDue(lineText, ctx.dates).due ?? sharedDue,
        amount,
        confidence: SIBLING_CONFIDENCE,
      });
    });
  }
  return out;
}

/**
 * Adds the list lines' items to the message's `placed` items. Each is placed as a sentence of its
 * own (numbered after the message's last), so no meeting or payment schedule merges it.
 */
export function addListSiblings(ctx: MessageContext, placed: Placed[], sentenceCount: number): void {
  listSiblings(
    ctx,
    placed.map((p) => p.expectation),
  ).forEach((expectation, k) => {
    if (expectation.kind === 'payment') ctx.payments.note(expectation, 'heading', ctx.ownPayee);
    placed.push({ expectation, sentence: sentenceCount + k });
  });
}
