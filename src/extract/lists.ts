/**
 * Lists under a heading: "Here is what we agreed:" then "- Wireframes by 15 May". A bare line
 * states no obligation by itself, so it takes its owner and kind from the heading ("What we'll
 * deliver:", "What we need from you:", "Payment schedule:", "From Acme:"), or from a side named
 * on the line ("Bluefinch: three concepts by 13 March", "Maribel to send the feed by Wednesday").
 * A date in the heading ("I'll need these from you by February 13:") applies to every line.
 */
import { isContactLine } from './contactBlock';
import type { ExpectationKind, Money, Side, SuggestedExpectation } from '../core/expectation';
import { findMoney } from './money';
import { pricedLine } from './prices';
import { NOISE_PATTERNS, sentenceNoise } from './noise';
import { ownMeans, thirdPartyPaid } from './notOwed';
import { labelsDeliveries } from './inlineSchedule';
import type { Sides } from './owner';
import type { Span } from './types';
import { LIST_PATTERNS } from './listPatterns';
import { sideOfName, type HeadingSide, type PartyNames } from './partyNames';

export type { HeadingSide } from './partyNames';

export interface ListHeading {
  side: HeadingSide;
  kind: ExpectationKind | null;
  /** The heading's words, for a date every line inherits. */
  text: string;
  /** That date once read (headingDay.ts), so a long list reads it once; for its priced lines apart. */
  due?: { due: string | null };
  paymentDue?: { due: string | null };
  /** The heading names a list ("Action items", "Next steps:"), so its lines may end in a full stop. */
  named?: boolean;
  /** A list of requirements: a line is a bar when it limits ("all", "no", "at least"), else a request. */
  bars?: boolean;
  /** Written with its colon: its first line may follow a blank line. */
  colon?: boolean;
  /** A one-line schedule's label ("Timeline: …", inlineSchedule.ts): the writer's own plan. */
  inline?: boolean;
  /** The heading says what the writer wants ("We'd need:", "Our November restock:"): the reader supplies. */
  wants?: boolean;
}

/** What precedes the sentence on its line, when that is all of it: its bullet or number. */
function lineHead(text: string, span: Span): string | null {
  // Only the few characters before the sentence: a backwards search to the line start would be
  // quadratic on a megabyte without newlines.
  const from = Math.max(0, span.start - 16);
  const head = text.slice(from, span.start);
  const nl = head.lastIndexOf('\n');
  if (nl === -1 && from > 0) return null;
  return head.slice(nl + 1);
}

/** Whether the sentence at `span` is a line of a bulleted or numbered list. */
export function isListItem(text: string, span: Span): boolean {
  const head = lineHead(text, span);
  return head !== null && LIST_PATTERNS.marker.test(head);
}

/** The number a sentence's line opens with ("2. Timeline", "  3) Fees") and how far it is indented. */
export function lineNumber(text: string, span: Span): { number: number; indent: number } | null {
  const head = lineHead(text, span);
  const number = head === null ? null : LIST_PATTERNS.numberMarker.exec(head);
  return number ? { number: Number(number[2]), indent: number[1]!.length } : null;
}

/**
 * Whether the sentence fills its own line right under the previous sentence's line, with no blank
 * line between: the lines of a list written without bullets ("Action items" then "Dana: confirm
 * the guest list by June 19").
 */
export function isPlainLine(text: string, span: Span, prev: Span | undefined, afterHeading = false): boolean {
  if (!prev) return false;
  const gap = text.slice(prev.end, span.start);
  const breaks = gap.split('\n').length - 1;
  // The first line may stand after a blank line below its heading ("headline figures:", blank, lines).
  if (gap.length > 12 || breaks === 0 || breaks > (afterHeading ? 2 : 1)) return false;
  const after = text.slice(span.end, span.end + 4);
  return after === '' || /^[ \t]*(?:\n|$)/.test(after);
}

/** Whether the sentence opens a paragraph: a blank line (or nothing) before it. */
export function startsParagraph(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 12), span.start);
  // Near the start, only blank space may come before it.
  return (span.start < 12 && /^\s*$/.test(before)) || /\n[ \t]*\n[ \t]*$/.test(before);
}

/**
 * A heading written without its colon, on a line of its own: short, unpunctuated, and naming a
 * list ("Action items", "Next steps", "Our side", "Pricing").
 */
export function isBareHeading(sentence: string): boolean {
  const P = LIST_PATTERNS;
  // A labelled or priced line ("Price per student: £1,145") is an item, not a heading.
  if (sentence.length > 40 || /[.!?,;:]$/.test(sentence)) return false;
  // "Week 2", "Phase 1 (from 23 Feb)" name a stage; other digits make an item.
  if (/[:$€£¥]/.test(sentence) || (/\d/.test(sentence) && !P.stageHeading.test(sentence))) return false;
  return (
    P.statusHeading.test(sentence) ||
    P.recapHeading.test(sentence) ||
    P.writerHeading.test(sentence) ||
    P.readerHeading.test(sentence) ||
    (P.needWord.test(sentence) && P.fromWord.test(sentence)) ||
    P.writerNeeds.test(sentence) ||
    P.paymentHeading.test(sentence) ||
    P.standardHeading.test(sentence)
  );
}

/** The heading a sentence ending in ":" (or a bare heading) makes for the list below it. */
export function headingOf(sentence: string, names: PartyNames): ListHeading {
  const P = LIST_PATTERNS;
  const kind = P.paymentHeading.test(sentence.replace(P.paymentOccasion, ' ')) ? 'payment' : null;
  const wanted = wantedPart(sentence);
  if (wanted !== null) {
    // "Requirements from our side:": bars on the reader's work, or things it supplies, line by line.
    if (P.standardHeading.test(sentence) && !P.paymentHeading.test(wanted))
      return { side: 'reader', kind: 'standard', text: sentence, bars: true, wants: true };
    // A payment named before what is wanted is the writer's purpose ("To release the first
    // payment, we need the following by May 8:"), or the occasion ("We're ordering before the
    // price change, our restock:"): the lines are what to supply.
    return {
      side: 'reader',
      kind: P.paymentHeading.test(wanted) && !P.asksToPrice.test(wanted) ? 'payment' : 'request',
      text: sentence,
      wants: true,
    };
  }
  const asks =
    P.readerHeading.test(sentence) ||
    (P.needWord.test(sentence) && P.fromWord.test(sentence)) ||
    P.writerNeeds.test(sentence) ||
    P.askHeading.test(sentence);
  // "Could you price the following?", "Could you send a proforma invoice for the following:": the
  // lines are what to price or order, asked for, not payments.
  if (asks) {
    const pricing =
      kind === 'payment' &&
      P.asksToPrice.test(sentence) &&
      (!P.payWord.test(sentence) || P.proForma.test(sentence));
    return { side: 'reader', kind: pricing ? 'request' : (kind ?? 'request'), text: sentence };
  }
  const writes = P.writerHeading.test(sentence);
  if (writes) return { side: 'writer', kind: kind ?? 'deliverable', text: sentence };
  // A quality bar binds the side that does the work it constrains: the reader.
  // Its lines are bars ("All cabling to Cat6A", "No work after 6pm") or what the reader must
  // supply ("Proof of insurance", "Quote per month, excluding VAT"): each line decides.
  if (!kind && P.standardHeading.test(sentence))
    return { side: 'reader', kind: 'standard', text: sentence, bars: true };
  // A bare heading, without its colon, names a side only after "From", "For" or "By" ("From
  // Paywise"): "Christmas schedule" is no heading of Chris's.
  const trimmed = sentence.trim();
  const named = trimmed.endsWith(':') ? P.namedHeading.exec(trimmed) : P.namedBareHeading.exec(trimmed);
  const side = named ? sideOfName(named[1] ?? '', names) : null;
  return { side, kind, text: sentence };
}

/** Every match of the heading's wants, to find the last. */
const WANTS_ALL = new RegExp(LIST_PATTERNS.wantsHeading.source, 'gi');

/**
 * The heading's words from the last saying what the writer wants ("we need the following by May
 * 8:" in "To release the first payment, we need the following by May 8:"), or null when it says
 * nothing of what the writer wants.
 */
function wantedPart(sentence: string): string | null {
  if (!LIST_PATTERNS.wantsHeading.test(sentence)) return null;
  let last = 0;
  WANTS_ALL.lastIndex = 0;
  for (let m = WANTS_ALL.exec(sentence); m !== null; m = WANTS_ALL.exec(sentence)) last = m.index;
  return sentence.slice(last);
}

/** A side named on the line itself ("Bluefinch: …", "Maribel to send …"), or null. */
export function lineSide(line: string, names: PartyNames): HeadingSide {
  const P = LIST_PATTERNS;
  // "Our safety officer, Jen, to send …", "Your IT team to whitelist …".
  const owned = P.ownedActor.exec(line) ?? P.ownedLabel.exec(line);
  if (owned) return owned[1]!.toLowerCase() === 'your' ? 'reader' : 'writer';
  const step = P.pronounStep.exec(line);
  if (step) return step[1]!.toLowerCase() === 'you' ? 'reader' : 'writer';
  const actor = P.lineActor.exec(line);
  if (actor) {
    const side = sideOfName(actor[1] ?? '', names);
    if (side) return side;
  }
  const prefix = P.linePrefix.exec(line);
  const side = prefix ? sideOfName(prefix[1] ?? '', names) : null;
  if (side) return side;
  const pronoun = P.pronounAfterDash.exec(line);
  if (pronoun) return pronoun[1]!.toLowerCase() === 'you' ? 'reader' : 'writer';
  return P.assignedName.test(line) ? 'writer' : null;
}

/**
 * "- North Coast to confirm the locations by 12 May": a list line that names a side binds that
 * side, whatever its own grammar says ("The client will approve …" is the client's); its
 * deliverable becomes a request when the side named is the reader. Payments keep their payer.
 */
export function bindNamedSide(
  line: string,
  names: PartyNames,
  sides: Sides,
  items: SuggestedExpectation[],
  heading?: ListHeading,
  writerBuys: () => boolean = () => false,
): void {
  // A line with no side of its own and no one speaking in it ("Draft articles of association:
  // by 6 November" under "Our work") takes the side its heading names, or under a heading of
  // what was agreed ("Scope of works", "Planning") the seller's; not under requirements ("A few
  // requirements from our side:"), whose lines bind whoever does the work.
  const fromHeading =
    heading !== undefined &&
    !LIST_PATTERNS.standardHeading.test(heading.text) &&
    !LIST_PATTERNS.lineSpeaks.test(line);
  // Only a plan of the work ("Scope of works", "Programme"), not any recap: "Next steps: - Send
  // the signed contract by Friday" from the client stays the clause rules' ask of the reader.
  const headingSide = (h: ListHeading): HeadingSide =>
    h.side ?? (LIST_PATTERNS.planHeading.test(h.text) ? (writerBuys() ? 'reader' : 'writer') : null);
  const own = lineSide(line, names);
  // A line the clause rules read as a payment for its sum, under a heading of what the writer
  // wants, specifies the thing wanted ("Aluminium stem: 4,000 pcs @ USD 6.80" under "Please find
  // below our PO:"): the reader's to supply, unless it labels a payment or someone speaks in it.
  if (
    heading?.wants &&
    heading.kind !== 'payment' &&
    !own &&
    !LIST_PATTERNS.lineSpeaks.test(line) &&
    !LIST_PATTERNS.paymentLabel.test(line)
  )
    for (const e of items)
      if (e.kind === 'payment') Object.assign(e, { kind: 'request', owner: sides.reader });
  // A meeting on the plan ("Weekly status call every Thursday at 11:00") binds the reader, who
  // must attend, as any meeting proposed does.
  if (!own && fromHeading && isPlanMeeting(line)) {
    for (const e of items)
      if (e.kind !== 'payment') Object.assign(e, { kind: 'meeting', owner: sides.reader });
    return;
  }
  const named = own ?? (fromHeading ? headingSide(heading) : null);
  if (!named) return;
  const owner = named === 'reader' ? sides.reader : sides.writer;
  for (const e of items) {
    if (e.owner === owner || e.kind === 'payment') continue;
    e.owner = owner;
    if (e.kind === 'deliverable' && named === 'reader') e.kind = 'request';
    else if (e.kind === 'request' && named === 'writer') e.kind = 'deliverable';
  }
}

/** A meeting set on a plan's line, with its day or time ("Weekly status call every Thursday at 11:00"). */
function isPlanMeeting(line: string): boolean {
  return LIST_PATTERNS.meetingLine.test(line) && LIST_PATTERNS.meetingWhen.test(line);
}

/** The heading says whose items these are, or what kind, or that they were agreed ("Next steps:"). */
export function headingAgrees(heading: ListHeading): boolean {
  return heading.side !== null || heading.kind !== null || LIST_PATTERNS.recapHeading.test(heading.text);
}

/** A heading over a quote's priced lines ("Please find our quotation:"), not one asking for a quote. */
export function listsPrices(heading: ListHeading): boolean {
  const P = LIST_PATTERNS;
  return (
    heading.side === null &&
    P.priceListHeading.test(heading.text) &&
    P.ownPriceList.test(heading.text) &&
    !P.receivedPriceList.test(heading.text)
  );
}

/**
 * A bulleted line written as a phrase, not a sentence ("- Panel and service upgrade", "- PolyA
 * library prep, stranded", "- a menu page we can update ourselves"), under a heading with a colon
 * over things one side is to supply: wanted, required, quoted, offered, included or agreed, in
 * words the list patterns need not know otherwise ("What we're after:", "Break out the
 * following:"). A full sentence ("- The restrooms were not restocked on Wednesday.") reports,
 * and the clause rules have read it already; a list of highlights, links, menus or people is no
 * supply, nor an agenda, a list of questions or one under a heading in the past.
 */
function namesSupply(line: string, heading: ListHeading): boolean {
  const P = LIST_PATTERNS;
  const last = line.trimEnd().slice(-1);
  if (last === '.' || last === '!' || last === '?' || heading.colon !== true) return false;
  if (!P.supplyHeading.test(heading.text) || P.topicHeading.test(heading.text) || P.personLine.test(line))
    return false;
  // "Documents required by the bank have all been sent:" lists what is done (the noise reading,
  // the costliest test, last).
  return !P.doneHeading.test(heading.text) && sentenceNoise(heading.text) !== 'past';
}

/**
 * Whether a line with a sum states a price under its heading: every line under a heading over the
 * writer's quote, and a priced line ("Total: $2,963 (plus tax)", "Damage waiver: $180") under any
 * heading but one over prices received from someone else.
 */
export function pricesLine(heading: ListHeading, line: string): boolean {
  return listsPrices(heading) || (pricedLine(line) && !LIST_PATTERNS.receivedPriceList.test(heading.text));
}

/**
 * A line without a bullet under a neutral heading ("Transit time: 7-8 days" under "Please find
 * our quotation:") describes the offer: it owes nothing unless it is dated, priced under a price
 * heading or lists a thing included ("Rigging crew: included", the quoting side's to supply).
 * The caller still reads a line that names a side, or one the buyer wrote.
 */
export function describesOffer(
  list: ListHeading,
  line: string,
  bulleted: boolean,
  dated: boolean,
  home: string,
): boolean {
  return (
    !bulleted &&
    !dated &&
    !LIST_PATTERNS.includedLine.test(line) &&
    !headingAgrees(list) &&
    !(pricesLine(list, line) && findMoney(line, home).length > 0)
  );
}

export interface HeadingItem {
  kind: ExpectationKind;
  owner: Side;
  amount: Money | null;
  confidence: number;
}

/**
 * The item a list line states when it says nothing by itself ("- Wireframes by 15 May"): owner
 * and kind from a side named on the line, else from the heading; under a neutral heading, the
 * writer's side delivers. Null for lines under a heading that agrees nothing ("Agenda:"), unless
 * the line is dated, names a side, or is a bulleted phrase naming a supply (`namesSupply`); null
 * under a heading over a report unless the line names a side.
 */
export function headingItem(
  line: string,
  heading: ListHeading,
  names: PartyNames,
  sides: Sides,
  payer: () => Side,
  home = 'USD',
  writerBuys: () => boolean = () => false,
  bulleted = false,
): HeadingItem | null {
  const P = LIST_PATTERNS;
  // "- whether you can handle 40 people" under "Could you please tell us:" asks (alone: hypothetical).
  const noise = sentenceNoise(line);
  const asked = noise === 'hypothetical' && heading.side === 'reader' && P.whetherLine.test(line);
  if (P.tooShort.test(line) || (noise && !asked) || P.statusHeading.test(heading.text.trim())) return null;
  if (asked) return { kind: 'request', owner: sides.reader, amount: null, confidence: 0.6 };
  if (P.includedLine.test(line) && !P.receivedPriceList.test(heading.text))
    return { kind: 'deliverable', owner: sides.writer, amount: null, confidence: 0.6 };
  if (P.quoteDetail.test(line) || NOISE_PATTERNS.addressLine.test(line) || isContactLine(line)) return null;
  // "- Max. budget EUR 45.000 all-in", "- Exam fee payable to the EPO": owed by neither side.
  if (ownMeans(line) || thirdPartyPaid(line, names)) return null;
  const named = lineSide(line, names);
  const amount = findMoney(line, home)[0]?.money ?? null;
  // "- House espresso blend: 48kg": a quantity wanted, asked of the reader whoever heads the list.
  if (!named && amount === null && heading.side !== 'writer' && P.quantityLine.test(line.trim()))
    return { kind: 'request', owner: sides.reader, amount: null, confidence: 0.6 };
  const agreed = headingAgrees(heading) || (amount !== null && pricesLine(heading, line));
  // A heading over a report ("Quick status from our side:", "The main issues:", "References:")
  // lists what is, not what is owed, unless it asks the reader ("Issues you need to fix:") or
  // recaps what was agreed ("Action items from the status call:").
  const report =
    heading.side !== 'reader' && !P.actionHeading.test(heading.text) && P.reportHeading.test(heading.text);
  if (!named && report) return null;
  if (!agreed && !named && !P.dated.test(line) && !(bulleted && namesSupply(line, heading))) return null;
  // Under a heading that agrees nothing, a forecast ("Decision expected by 28 April") or a step
  // reported done ("Submitted 3 March") binds no one.
  if (!agreed && !named && ((P.forecast.test(line) && !P.readersOwn.test(line)) || P.reportedStep.test(line)))
    return null;
  // A timeline written on one line is the writer's plan, whichever side pays, unless it lists
  // deliveries ("Delivery in two lots: …"), which the seller makes.
  const readerDelivers = (!heading.inline || labelsDeliveries(heading.text)) && writerBuys();
  const side = named ?? heading.side ?? (readerDelivers ? 'reader' : 'writer');
  // Under a heading of what the writer wants, a sum specifies the thing wanted ("Seatposts:
  // 3,500 pcs @ USD 5.45", "Cover of at least CAD 500,000"), unless the line labels a payment.
  const pays = amount !== null && !named && (!heading.wants || P.paymentLabel.test(line));
  if (heading.kind === 'payment' || pays) return { kind: 'payment', owner: payer(), amount, confidence: 0.6 };
  if (!named && isPlanMeeting(line) && !P.lineSpeaks.test(line))
    return { kind: 'meeting', owner: sides.reader, amount: null, confidence: 0.6 };
  const sideKind: ExpectationKind = side === 'reader' ? 'request' : 'deliverable';
  const listKind = heading.bars && !P.barCue.test(line) ? 'request' : heading.kind;
  const kind = named ? sideKind : (listKind ?? sideKind);
  return { kind, owner: side === 'writer' ? sides.writer : sides.reader, amount, confidence: 0.6 };
}
