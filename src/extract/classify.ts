/**
 * Decides whether a clause states an obligation and of what kind. The frame says whose it
 * is relative to the writer (owner.ts turns that into 'us' or 'client'):
 * - 'commit': the writer binds themselves ("I'll send the deck Monday");
 * - 'request': the writer binds the reader ("could you share the logos?", "we need X from you");
 * - 'payer': money owed stated without a subject ("fee is £18,000, payable net 30"), or an
 *   invoice announced ("I'll invoice you"): the client pays.
 */
import type { ExpectationKind } from '../core/expectation';
import { isColleagueAct, isVisitToReader } from './colleagues';
import { HANDED_PATTERNS } from './handedThings';
import { greetingImperative, indirectAsk } from './indirectAsks';
import { isTimeOffer } from './meetings';
import { offersService } from './serviceOffer';
import { offersVisitOn } from './offeredVisit';
import { asksAboutMoney, asksForWritersPurpose, MONEY_ASK_PATTERNS } from './moneyAsks';
import { wantedByDay, wishesToSee } from './wants';
import {
  ellipticHandOver,
  isStatusOnly,
  isThingComing,
  isThirdPartyCommit,
  OBLIGATION_PATTERNS,
  proposesMeeting,
} from './obligation';
import { statesTerms } from './paymentTerms';
import { businessFigure, pricedLine, statesPrice } from './prices';
import {
  isBareStandard,
  isFutureBar,
  isModalHandOver,
  isModalStandard,
  STANDARD_PATTERNS,
} from './standards';
import { isBillOnItsWay, isThingOnItsWay } from './thingOnItsWay';
import { isPresentBar } from './presentBars';
import { sendsToReader } from './sendsToReader';
import { CLASSIFY_PATTERNS } from './classifyPatterns';
import { telegraphicByDay } from './telegraphic';
import { asksIfReaderCan } from './conditionalAsks';
import { givesWarranty } from './warranties';
import { schedulesWorkOverSpan } from './workSpan';
import { confirmsBooking } from './confirmedBooking';
import { holdsDate } from './dateHold';
import { suppliesOutright } from './suppliedOutright';
import { dressCode } from './dressCode';
import { dueAtWritersBy } from './reachesWriter';
export { promisedForWeekOrMonth } from './weekOrMonthPromise';

export type Frame = 'commit' | 'request' | 'payer';

export interface Classification {
  frame: Frame;
  kind: ExpectationKind;
  confidence: number;
  /** Read from a thing and its day alone ("Tech artist shortlist by Tuesday"): no one named owes it. */
  bare?: true;
}

function asksIfTimeWorks(clause: string): boolean {
  const P = CLASSIFY_PATTERNS;
  if (P.worksQuestion.test(clause)) return true;
  return clause.trimEnd().endsWith('?') && P.worksOpener.test(clause) && P.worksWord.test(clause);
}

/** A request in the clause, unless it is only "send over"/"share me" after the writer's own "we will". */
function asksReader(clause: string): boolean {
  const P = CLASSIFY_PATTERNS;
  const ask = P.request.exec(clause);
  if (!ask) return false;
  if (!P.sendVerb.test(ask[0])) return true;
  const commit = P.commit.exec(clause);
  return !(commit && commit.index < ask.index);
}

function isMoneyStatement(clause: string): boolean {
  const P = CLASSIFY_PATTERNS;
  return (
    (P.priceNoun.test(clause) && P.copula.test(clause)) ||
    P.owingStatement.test(clause) ||
    statesPrice(clause)
  );
}

export function isMeeting(clause: string): boolean {
  const P = CLASSIFY_PATTERNS;
  if (P.meetingArtifact.test(clause)) return false;
  // "Following on from last week's chat, …" names a chat had, not one proposed.
  const read = clause.includes('chat') || clause.includes('talk') ? clause.replace(P.chatHad, '') : clause;
  if (HANDED_PATTERNS.invite.test(clause)) return true;
  // "I'll … send it to you, so you can review it before the meeting": a hand-over, not a meeting.
  if (clause.includes(' to you') && sendsToReader(clause)) return false;
  if (P.meetingAction.test(read)) return true;
  return P.meetingWhen.test(clause) && !P.meetingAsAnchor.test(clause);
}

/** Payment or quality bar, the kinds a clause can be without a verb of obligation; else null. */
function moneyOrStandard(clause: string, hasMoney: boolean): ExpectationKind | null {
  const P = CLASSIFY_PATTERNS;
  if (P.payVerb.test(clause) || (P.paymentNoun.test(clause) && P.owingWord.test(clause))) return 'payment';
  if (hasMoney && P.sumOwed.test(clause)) return 'payment';
  if (hasMoney && (P.paymentWord.test(clause) || statesPrice(clause))) return 'payment';
  if (clause.includes('%') && P.percentPayment.test(clause)) return 'payment';
  if (statesTerms(clause)) return 'payment';
  // Before meetings: "must meet WCAG" is a quality bar, not a meeting.
  if (
    P.standard.test(clause) ||
    (P.mustWord.test(clause) && (P.standardThing.test(clause) || P.documentBar.test(clause)))
  )
    return 'standard';
  return isModalStandard(clause) || isBareStandard(clause) ? 'standard' : null;
}

/** Kind for a clause already known to state an obligation. */
export function kindOf(clause: string, hasMoney: boolean, frame: Frame): ExpectationKind {
  // An ask for a document about money ("Could you send the deposit invoice?", "When will it be
  // paid?") wants the document or the answer: a request, as does an ask whose money is the
  // writer's purpose ("… so I can send off a cheque"). Asking to be paid stays a payment.
  if (frame === 'request' && (asksAboutMoney(clause) || asksForWritersPurpose(clause))) return 'request';
  const kind = moneyOrStandard(clause, hasMoney);
  // "All uniforms must be delivered by 15 January": a bar with a deadline is a hand-over owed.
  if (kind === 'standard' && frame === 'request' && MONEY_ASK_PATTERNS.datedDeadline.test(clause))
    return 'request';
  if (kind) return kind;
  if (isMeeting(clause)) return 'meeting';
  return frame === 'request' ? 'request' : 'deliverable';
}

/**
 * "I can do the Chenin at R1,140 per case": a price the writer offers is paid by the other side, as
 * any price is; only a paying act ("I'll pay", "we'll wire the deposit") makes a payment its own.
 * What the writer sends with terms on it ("Final invoice: €3,200 – I'll send it once we go live,
 * payable within 14 days") is a bill, paid by the other side, unless they also pay.
 */
function ownFrame(frame: Frame, kind: ExpectationKind, clause: string): Frame {
  if (frame !== 'commit' || kind !== 'payment') return frame;
  const P = CLASSIFY_PATTERNS;
  if (!P.payingAct.test(clause)) return 'payer';
  return P.billTerms.test(clause) && !P.payVerbProper.test(clause) ? 'payer' : frame;
}

const of = (frame: Frame, clause: string, hasMoney: boolean, confidence: number): Classification => {
  const kind = kindOf(clause, hasMoney, frame);
  return { frame: ownFrame(frame, kind, clause), kind, confidence };
};

/**
 * "We can go through them on a call the following Monday at 9am", "I can meet on Tuesday at 3":
 * a time offered for a meeting waits for the reader to accept (annotation guide: a meeting
 * proposal binds the reader); "I'll call you Friday" stays the writer's.
 */
function offerToMeet(clause: string, hasMoney: boolean, confidence: number): Classification {
  const c = of('commit', clause, hasMoney, confidence);
  if (!CLASSIFY_PATTERNS.canMeet.test(clause)) return c;
  return { frame: 'request', kind: 'meeting', confidence };
}

/** Whether a date could turn this clause into an obligation (so the date parser is worth running). */
export function mayNeedDate(clause: string): boolean {
  const P = CLASSIFY_PATTERNS;
  return (
    P.futureWill.test(clause) ||
    P.presentPromise.test(clause) ||
    P.colleagueProgressive.test(clause) ||
    (P.canDo.test(clause) &&
      (P.timeHint.test(clause) || P.monthDay.test(clause) || P.theOrdinal.test(clause))) ||
    P.deadlineStatement.test(clause) ||
    wantedByDay(clause) ||
    P.proposal.test(clause) ||
    P.proposeTo.test(clause) ||
    asksIfTimeWorks(clause) ||
    telegraphicByDay(clause) ||
    P.writerReceivesBy.test(clause) ||
    offersVisitOn(clause) ||
    schedulesWorkOverSpan(clause) ||
    confirmsBooking(clause)
  );
}

/**
 * How the writer's side pays, as a habit ("Our AP team pays within 14 days of invoice", "we pay
 * on net 15"): the writer's payment, ask beside it or not.
 */
export function writerPaysHabitually(clause: string): boolean {
  return (clause.includes('pay') || clause.includes('s ')) && CLASSIFY_PATTERNS.habitualPay.test(clause);
}

/** Whether the clause names a bill: an invoice, a pro forma ("PI") or a payment link. */
function billWord(clause: string): boolean {
  return (
    clause.includes('nvoice') ||
    clause.includes('roforma') ||
    clause.includes('ro-forma') ||
    clause.includes('PI') ||
    clause.includes('payment link')
  );
}

/**
 * Classifies one clause. `hasMoney` and `hasDate` come from the money and date resolvers so
 * that bare statements ("The retainer is $4,000 a month", "Final copy is due Friday") count.
 */
export function classify(clause: string, hasMoney: boolean, hasDate: boolean): Classification | null {
  const found = classifyClause(clause, hasMoney, hasDate);
  // Owed to a tax authority, outside the thread: checked only on what was found (few clauses).
  return found && OBLIGATION_PATTERNS.outsideParty.test(clause) ? null : found;
}

// Made by a function of the module, not bound to a name inside classifyClause: under esbuild's
// keepNames (tsx) a named closure costs a property definition on every call.
function lazyStatus(clause: string): () => boolean {
  let statusOnly: boolean | null = null;
  return () => (statusOnly ??= isStatusOnly(clause));
}

/**
 * A business figure stated without owing or paying words: news, not a payment. A function of
 * the module, not a closure in classifyClause, which most clauses reach the end of (keepNames,
 * as for lazyStatus).
 */
function informsOfFigure(clause: string): boolean {
  const P = CLASSIFY_PATTERNS;
  return businessFigure(clause) && !P.owingWord.test(clause) && !P.payVerb.test(clause);
}

function classifyClause(clause: string, hasMoney: boolean, hasDate: boolean): Classification | null {
  const P = CLASSIFY_PATTERNS;
  // Two words say nothing, unless they price a line ("Parts: £142.60", "Total: £332.60").
  if (P.tooShort.test(clause) && !(hasMoney && pricedLine(clause))) return null;
  const question = clause.trimEnd().endsWith('?');
  // Where someone will be, or what they do among themselves, obliges nobody (obligation.ts).
  const status = lazyStatus(clause);
  if (question && P.payPermission.test(clause))
    return { frame: 'request', kind: 'request', confidence: 0.75 };
  if (
    P.invoiceReader.test(clause) ||
    (billWord(clause) &&
      (P.invoiceSend.test(clause) ||
        (!question && (P.invoiceSendByOther.test(clause) || P.invoiceOnItsWay.test(clause)))))
  )
    return { frame: 'payer', kind: 'payment', confidence: 0.75 };
  if (!question && P.passivePay.test(clause) && P.moneyThing.test(clause))
    return { frame: 'commit', kind: 'payment', confidence: 0.7 };
  if (hasMoney && (question ? P.priceOffer : P.priceMet).test(clause))
    return { frame: 'payer', kind: 'payment', confidence: 0.7 };
  if (clause.includes('if ') && P.readerCondition.test(clause)) return of('request', clause, hasMoney, 0.7);
  // "Invoices to ap@… please – we pay on net 15": how the writer pays binds the writer, ask or not…
  const paysHabitually = writerPaysHabitually(clause);
  // …but a dated ask beside it stays the ask ("Kindly send your invoice by 13 March, we always pay
  // within 14 days"). The terms' own "within 14 days of invoice" is no such deadline: it is read
  // with the terms cut out ("Our AP team pays within 14 days of invoice, just make sure the PO is on it").
  const paysOverAsk =
    paysHabitually && !STANDARD_PATTERNS.deadline.test(clause.replace(P.habitualPayTerms, ' '));
  if (paysOverAsk && !status()) return { frame: 'commit', kind: 'payment', confidence: 0.8 };
  if (
    P.needFromReader.test(clause) ||
    P.thirdPersonNeed.test(clause) ||
    P.readersPartNeeded.test(clause) ||
    dueAtWritersBy(clause) ||
    P.readerDuty.test(clause) ||
    indirectAsk(clause) ||
    (hasDate && wantedByDay(clause)) ||
    ((clause.includes('ould') || clause.includes("'d ")) && wishesToSee(clause)) ||
    (question && MONEY_ASK_PATTERNS.whatPrice.test(clause))
  )
    return of('request', clause, hasMoney, 0.8);
  // Binds the reader, but it is a hand-over they agreed to, not a request: a deliverable.
  if (P.readerCommit.test(clause))
    return { frame: 'request', kind: kindOf(clause, hasMoney, 'commit'), confidence: 0.75 };
  // "Our engineer can do the survey on Thursday 29 October - which suits?", "We could do the whole
  // job on Saturday 17 October": work offered, not a meeting (serviceOffer.ts).
  if ((clause.includes(' can ') || clause.includes(' could ')) && offersService(clause)) {
    const kind = moneyOrStandard(clause, hasMoney) ?? 'deliverable';
    return { frame: ownFrame('commit', kind, clause), kind, confidence: 0.7 };
  }
  // "Our site engineer could come to Halskestraße on Thursday at 9:00": the writer's side coming on
  // a day to do the job is its own work, not a meeting the reader must accept (offeredVisit.ts).
  if (hasDate && offersVisitOn(clause)) return { frame: 'commit', kind: 'deliverable', confidence: 0.7 };
  // "We'd install over 4-7 November with two engineers": the writer's side's work, planned (workSpan.ts).
  if (hasDate && schedulesWorkOverSpan(clause))
    return { frame: 'commit', kind: 'deliverable', confidence: 0.7 };
  // "You're confirmed for Saturday 28 November": the booked service is the writer's to give that day (confirmedBooking.ts).
  if (hasDate && confirmsBooking(clause)) return { frame: 'commit', kind: 'deliverable', confidence: 0.7 };
  // "We can hold 19 June for you until 30 April": the hold is the writer's, with no day (dateHold.ts).
  if (holdsDate(clause)) return { frame: 'commit', kind: 'deliverable', confidence: 0.7 };
  if (isTimeOffer(clause)) return { frame: 'request', kind: 'meeting', confidence: 0.7 };
  if (
    (clause.includes(' to ') || clause.includes('must') || clause.includes('should')) &&
    proposesMeeting(clause)
  )
    return { frame: 'request', kind: 'meeting', confidence: 0.65 };
  // "We warranty the plaster for 5 years": a bar on the writer's own work (warranties.ts).
  if (!hasMoney && givesWarranty(clause)) return { frame: 'commit', kind: 'standard', confidence: 0.7 };
  const commits = P.commit.test(clause) || paysHabitually;
  if (commits && !status() && !asksReader(clause)) return offerToMeet(clause, hasMoney, 0.8);
  if (P.request.test(clause)) return of('request', clause, hasMoney, 0.8);
  // "If you can send a revised sketch with those changes": the reader's part (conditionalAsks.ts).
  if (asksIfReaderCan(clause)) return of('request', clause, hasMoney, 0.65);
  // "Everyone must return a signed waiver", "the deposit has to be paid within 7 days of signing":
  // a hand-over the reader's people owe.
  if ((clause.includes('must') || clause.includes(' to ')) && isModalHandOver(clause))
    return of('request', clause, hasMoney, 0.65);
  if (
    (P.proposal.test(clause) || asksIfTimeWorks(clause)) &&
    (isMeeting(clause) || hasDate || P.timeHint.test(clause))
  )
    return { frame: 'request', kind: 'meeting', confidence: 0.7 };
  if (hasDate && P.proposeTo.test(clause)) return of('commit', clause, hasMoney, 0.7);
  if ((P.imperative.test(clause) && !P.workStepLabel.test(clause)) || greetingImperative(clause))
    return of('request', clause, hasMoney, 0.65);
  if (
    ((isThirdPartyCommit(clause) || isThingComing(clause) || isColleagueAct(clause)) && !status()) ||
    isVisitToReader(clause)
  )
    return of('commit', clause, hasMoney, 0.6);
  // Not held to the status test: "SOV will be in your inbox Monday" is where a thing goes, not a person.
  if (isThingOnItsWay(clause)) {
    const kind = moneyOrStandard(clause, hasMoney) ?? 'deliverable';
    return { frame: ownFrame('commit', kind, clause), kind, confidence: 0.6 };
  }
  // "We bring our own sound system": what the price includes is the writer's (suppliedOutright.ts).
  if (!hasMoney && suppliesOutright(clause)) return { frame: 'commit', kind: 'deliverable', confidence: 0.6 };
  // "The invoice for the deposit will be with Aisling by 13 November": the reader pays the bill.
  if (isBillOnItsWay(clause)) return { frame: 'request', kind: 'payment', confidence: 0.6 };
  const handOver = ellipticHandOver(clause);
  // "Our invoice will follow, payable within 30 days": the reader pays the writer's bill.
  if (handOver === 'bill') return { frame: 'request', kind: 'payment', confidence: 0.6 };
  if (handOver) {
    // "Floor plans to come by Friday" is a hand-over, not a visit ("come by"); an invite, a meeting.
    const frame = handOver === 'writer' ? 'commit' : 'request';
    const handed =
      frame === 'commit' ? (HANDED_PATTERNS.invite.test(clause) ? 'meeting' : 'deliverable') : 'request';
    const kind = moneyOrStandard(clause, hasMoney) ?? handed;
    // "Our fee will be around CHF 19'000; the formal offer follows": a price the writer names is paid by the other side.
    return { frame: ownFrame(frame, kind, clause), kind, confidence: 0.6 };
  }
  if (P.writerNeedTo.test(clause) && !status()) return of('commit', clause, hasMoney, 0.65);
  if (
    (clause.includes(' take') || clause.includes(' be ') || clause.includes(' is ')) &&
    OBLIGATION_PATTERNS.leadTime.test(clause)
  )
    return of('commit', clause, hasMoney, 0.6);
  if (question && P.invitation.test(clause)) return { frame: 'request', kind: 'meeting', confidence: 0.6 };
  if (question && P.questionAsk.test(clause)) return of('request', clause, hasMoney, 0.6);
  if (question && P.directQuestion.test(clause) && !P.rhetorical.test(clause))
    return of('request', clause, hasMoney, 0.5);
  // Most clauses end here stating nothing: the meeting patterns are left for the rare dated case.
  const kind = moneyOrStandard(clause, hasMoney);
  if (!kind && (isFutureBar(clause) || isPresentBar(clause)) && !status())
    return { frame: 'commit', kind: 'standard', confidence: 0.6 };
  if (kind === 'payment' && hasMoney && isMoneyStatement(clause) && !informsOfFigure(clause))
    return { frame: 'payer', kind, confidence: 0.7 };
  if (
    kind === 'payment' &&
    ((P.paymentNoun.test(clause) && P.owingWord.test(clause)) || (hasMoney && P.sumOwed.test(clause)))
  )
    return { frame: 'payer', kind, confidence: 0.6 };
  // "Our payment term is 45 days net": standing terms bind whoever pays in this thread.
  if (kind === 'payment' && statesTerms(clause)) return { frame: 'payer', kind, confidence: 0.6 };
  if (kind === 'standard')
    return {
      frame: 'request',
      kind: MONEY_ASK_PATTERNS.datedDeadline.test(clause) ? 'request' : kind,
      confidence: 0.7,
    };
  if (hasDate && P.futureWill.test(clause) && !P.addressedToReader.test(clause) && !status())
    return of('commit', clause, hasMoney, 0.6);
  if (
    hasDate &&
    !question &&
    (P.presentPromise.test(clause) || P.colleagueProgressive.test(clause)) &&
    !P.habitual.test(clause) &&
    !status()
  )
    return of('commit', clause, hasMoney, 0.6);
  if (
    hasDate &&
    !question &&
    clause.includes(' can ') &&
    P.canDo.test(clause) &&
    !status() &&
    !P.acceptsInvite.test(clause)
  )
    return offerToMeet(clause, hasMoney, 0.6);
  // "Tech artist shortlist by Tuesday the 19th.": the writer's side's hand-over, said telegraphically.
  if (hasDate && !question && telegraphicByDay(clause))
    return { ...of('commit', clause, hasMoney, 0.55), bare: true };
  // "April 28 is doable if we have a signed order by March 7": the reader's part, cut to it by conditionSplit.ts.
  if (hasDate && !question && P.writerReceivesBy.test(clause)) return of('request', clause, hasMoney, 0.6);
  if (hasDate && P.deadlineStatement.test(clause))
    return {
      frame: kind === 'payment' ? 'payer' : 'request',
      kind: kindOf(clause, hasMoney, 'payer'),
      confidence: 0.6,
    };
  return dressCode(clause, hasDate || !mayNeedDate(clause));
}
