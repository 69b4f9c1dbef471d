/**
 * Promise extraction: reads a thread and proposes the expectations in it (who owes what, by
 * when, how much) plus delivery and drift signals about earlier items. Pure: no DOM, no I/O.
 *
 * Per message: skip newsletters and out-of-office notes → keep only the live text (no quoted
 * history, signature or footer) → sentences → clauses → signals → noise filters → frame and
 * kind → owner, due date, amount, recurrence, terms.
 */
import type { ExpectationKind, ExtractionResult, Signal, SuggestedExpectation } from '../core/expectation';
import { classify, mayNeedDate, promisedForWeekOrMonth, type Classification } from './classify';
import { suppliersOwnItem } from './suppliersPlan';
import { offeredWork } from './offeredWork';
import { dayOfferedForJob } from './availableForJob';
import { holdsDate } from './dateHold';
import { weeklyMeetingDue } from './weeklyStart';
import { dayThenJob } from './dayThenJob';
import { linesParts } from './lineParts';
import { retypedCommitment } from './meetsAtPlace';
import { sumSaidBefore } from './sumOfSentence';
import { billTermsDue, dateContext, resolveDue, type DueDate } from './dates';
import { headingItem, bindNamedSide, describesOffer, lineSide, type ListHeading } from './lists';
import { ListReader } from './listReader';
import { headingDueFor } from './headingDay';
import { addListSiblings } from './listSiblings';
import { guessDayFirst, homeCurrencyOf } from './locale';
import { mergeMeetingProposals, type Placed } from './meetings';
import { findMoney, paymentTerms } from './money';
import { conditionalSentence, isOutOfOffice } from './noise';
import { isMailingToSkip } from './mailings';
import { addressedSide } from './addressee';
import { normalizeText } from './normalize';
import { writersOwnAct } from './writersOwnAct';
import { creditBack, payerOfClause } from './creditBack';
import { ownerOf, sidesOf, standardBindsSupplier } from './owner';
import { mergePaymentSchedules } from './paymentSchedule';
import { suppliesThing } from './obligation';
import { liveRanges } from './quoted';
import { installPatternGates } from './patternGates';
import { readingAtLength } from './textScans';
import { DATE_HINT } from './dateHint';
import { groupClauses } from './groupClauses';
import { parseRecurrence } from './recurrence';
import { splitClauses, splitSentences } from './sentences';
import { splitInlineSchedules } from './inlineSchedule';
import { clauseBesideSignal, detectSignal, reportsOnly, type SignalDraft } from './signals';
import { askFoundByModel, IntentReading, isAsk, type IntentOptions } from './intent';
import { asksThePrice } from './moneyAsks';
import { modelMayOwe, obligationFoundByModel, owesByModel } from './obligationByModel';
import type { ExtractionInput, ExtractionMessage, Span } from './types';
import { ClauseVeto } from './clauseVeto';
import { splitOnDates } from './splitOnDates';
import { namesNoDueDay } from './availabilityAsk';
import { setsReadersPart } from './conditionalAsks';
import { purposeOfAsk } from './askTails';
import {
  lazySentenceNeverAsks,
  lazyNames,
  lazyOwnPayee,
  lazyPayee,
  lazyPayer,
  lazySentenceIntent,
  memoDue,
  ThreadEvidence,
} from './lazyReadings';
import {
  classifyOnce,
  original,
  roundConfidence,
  underBidiControl,
  type MessageContext,
} from './messageContext';

export type { ExtractionInput, ExtractionMessage } from './types';
export type { ExtractionResult } from '../core/expectation';
export type { IntentOptions } from './intent';
export { askConfidenceOf } from './intent';

export const EXTRACT_PATTERNS = {
  /** Cheap test before running the date parser: does the clause mention anything date-like? */
  dateHint: DATE_HINT,
} as const;

/** Sentences longer than this are not prose (logs, base64, minified markup): skipped. */
const MAX_SENTENCE = 1500;

interface SignalFound {
  signal: Signal;
  draft: SignalDraft;
}

function signalFor(ctx: MessageContext, span: Span, clause: string): SignalFound | null {
  const draft = detectSignal(clause, ctx.sides.writer, ctx.sides.reader);
  if (!draft) return null;
  const at = original(ctx, span);
  const signal: Signal = {
    type: draft.type,
    messageId: ctx.message.id,
    text: ctx.message.text.slice(at.start, at.end),
    start: at.start,
    end: at.end,
    owner: draft.owner,
    subject: draft.subject,
  };
  if (draft.type === 'drift') {
    if (draft.wantsNewDue)
      signal.newDue = EXTRACT_PATTERNS.dateHint.test(clause) ? resolveDue(clause, ctx.dates).due : null;
    signal.newAmount = findMoney(clause, ctx.home)[0]?.money ?? null;
    if (draft.addedScope) signal.addedScope = draft.addedScope;
  }
  return { signal, draft };
}

function expectationFor(
  ctx: MessageContext,
  span: Span,
  clause: string,
  conditionalSentence: boolean,
  sentenceNeverAsks: () => boolean = () => false,
  sentenceIntent?: () => IntentReading,
  headed = false,
): SuggestedExpectation | null {
  const money = findMoney(clause, ctx.home)[0]?.money ?? null;
  const hinted = EXTRACT_PATTERNS.dateHint.test(clause);
  let cls: Classification | null = classifyOnce(ctx, clause, money !== null);
  let due: DueDate | null = null;
  // "Saturday 10 October is free, and we can have the brewhouse ready from 10:00": that day's work.
  const thenJob = dayThenJob(clause);
  const offered =
    !cls || cls.kind === 'meeting' || thenJob ? dayOfferedForJob(ctx, clause, hinted, thenJob) : null;
  if (offered?.due === null) return null;
  if (offered) [due, cls] = [offered, { frame: 'commit', kind: 'deliverable', confidence: 0.7 }];
  const intent = new IntentReading(clause, cls, ctx.intent, sentenceIntent);
  const veto = new ClauseVeto(clause, conditionalSentence, sentenceNeverAsks, ctx.names);
  if (!cls && hinted && mayNeedDate(clause) && !veto.rule()) {
    // Only a clause the rules would read once dated is worth the date parser (the costliest
    // step); `due` stays unread otherwise, and is read below if the model finds an ask.
    const dated = retypedCommitment(clause, classify(clause, money !== null, true));
    // A telegraphic list line ("- Usability report by end of June") takes its owner from its heading.
    if (dated && !(dated.bare && headed)) {
      due = resolveDue(clause, ctx.dates);
      if (due.due || promisedForWeekOrMonth(dated, clause)) cls = dated;
    }
  }
  // A list line the rules pass over takes its item from its heading (listReader.ts), not the model.
  const fromModel =
    (!cls
      ? !headed && intent.modelAsks()
      : cls.frame === 'commit' && !thenJob && intent.overridesCommit() && !writersOwnAct(clause)) &&
    !veto.ask();
  if (fromModel) cls = askFoundByModel(clause, money !== null);
  // What the rules do not know how to say may still owe something: the obligation model reads
  // the clauses they pass over (not a list line, which takes its item from its heading).
  const owes =
    !cls && !headed && !veto.rule() && modelMayOwe(clause)
      ? owesByModel(clause, { rule: null }, ctx.intent)
      : null;
  if (owes !== null) cls = obligationFoundByModel(clause, money !== null, owes);
  if (!cls) return null;
  // Asks are the model's call, and their confidence is its calibrated one.
  const modelsCall = fromModel || isAsk(cls);
  // "What sort of budget are we looking at?": a question for the price, which the annotation guide
  // always counts, is offered even when the model leans the other way (at its own confidence).
  const priceAsked = modelsCall && !fromModel && asksThePrice(clause);
  // So is what the writer must have by a day for their side to hold ("April 28 is doable if we have
  // a signed order by March 7"), which the guide counts as the reader's ask, and the reader's part
  // put as a condition ("If you can send a revised sketch with those changes").
  const conditionSet = modelsCall && !fromModel && setsReadersPart(clause);
  if (
    modelsCall
      ? (!intent.asks() && !priceAsked && !conditionSet) || veto.ask()
      : veto.rule() || intent.userWithdraws(cls.confidence)
  )
    return null;
  const model = !modelsCall && cls.frame === 'commit' && cls.kind === 'deliverable';
  if (model && !offered && intent.readsAsStatus() && !suppliesThing(clause) && !holdsDate(clause))
    return null;
  due ??= hinted ? resolveDue(clause, ctx.dates) : { due: null };
  // A bare dated item in the supplier's message is its own plan, not an ask (suppliersPlan.ts);
  // "We could drill them on Tuesday 21 July" is the writer's work offered for a day (offeredWork.ts).
  cls = suppliersOwnItem(ctx, clause, cls, due.due, owes !== null) ?? offeredWork(clause, cls) ?? cls;
  // A quality bar holds for the whole job; an ask whether a day is free owes nothing by it.
  if (due.due && namesNoDueDay(cls.kind, clause)) due = { due: null };
  // "a weekly check-in on Fridays at 8am": its first occurrence (weeklyStart.ts).
  if (cls.kind === 'meeting' && !due.due) due = weeklyMeetingDue(clause, ctx.dates) ?? due;
  const at = original(ctx, span);
  // An ask turned to one recipient by name ("Gordon, we need this signed before the 15th") binds
  // that recipient's side, though the message went to the other.
  const addressed =
    cls.frame === 'request' ? addressedSide(ctx.norm, span.start, span.end, ctx.addressee) : null;
  // Asks and the obligation model's findings carry the models' calibrated confidence.
  const confidence = modelsCall
    ? intent.confidence()
    : owes !== null
      ? owes
      : cls.confidence + (due.due ? 0.1 : 0) + (money ? 0.05 : 0);
  const expectation: SuggestedExpectation = {
    messageId: ctx.message.id,
    kind: cls.kind,
    owner:
      addressed ??
      ownerOf(
        cls.frame,
        ctx.sides,
        payerOfClause(clause, ctx.payer),
        standardBindsSupplier(cls.kind, ctx.sides, ctx.payee),
      ),
    text: ctx.message.text.slice(at.start, at.end),
    start: at.start,
    end: at.end,
    due: due.due,
    amount: money,
    confidence: roundConfidence(confidence),
  };
  if (addressed === null && !creditBack(clause)) ctx.payments.note(expectation, cls.frame, ctx.ownPayee);
  if (due.dueTime) expectation.dueTime = due.dueTime;
  if (money && underBidiControl(ctx, at)) expectation.amountSuspect = true;
  const recurrence = parseRecurrence(clause);
  if (recurrence) expectation.recurrence = recurrence;
  if (cls.kind === 'payment') {
    const terms = paymentTerms(clause);
    if (terms) expectation.terms = terms;
  }
  return expectation;
}

function extractMessage(
  message: ExtractionMessage,
  input: ExtractionInput,
  thread: ThreadEvidence,
  intent: IntentOptions,
): ExtractionResult {
  const result: ExtractionResult = { expectations: [], signals: [] };
  const normalized = normalizeText(message.text);
  const norm = normalized.text;
  const subject = message.subject ?? input.subject;
  if (isOutOfOffice(subject, norm)) return result;
  const sides = sidesOf(message.from, message.to, message.cc, input.self);
  // A mailing's footer ("Manage email preferences") marks a newsletter, unless the user wrote the
  // message (a renewal notice sent from a sales tool) or the footer is only in the quoted history.
  if (isMailingToSkip(message, norm, input)) return result;
  const live = liveRanges(norm);
  const ownPayee = lazyOwnPayee(message, norm, live, sides, thread);
  const payee = lazyPayee(ownPayee, thread);
  const ctx: MessageContext = {
    message,
    norm,
    normalized,
    sides,
    dates: dateContext(message.sentAt, input.timeZone, () =>
      guessDayFirst(message.from.email, thread.locale()),
    ),
    payer: lazyPayer(payee),
    payee,
    ownPayee,
    names: lazyNames(message),
    addressee: thread.addressees(message),
    home: homeCurrencyOf(message.from.email, input.timeZone),
    classified: new Map(),
    intent,
    payments: thread.payments,
  };
  const sentences = splitInlineSchedules(norm, splitSentences(norm, live));
  const placed: Placed[] = [];
  const lists = new ListReader(norm, sentences, ctx.names);
  sentences.forEach((sentence, index) => {
    if (sentence.end - sentence.start > MAX_SENTENCE) return;
    const sentenceText = norm.slice(sentence.start, sentence.end);
    // The list reader and the sentence's own tests put it to more patterns than the gates let
    // run before a scan (textScans.ts); a clause that is all of it is read at length anyway.
    readingAtLength(sentenceText);
    const { heading: heads, item, bulleted } = lists.step(index, sentenceText);
    // A heading ("What we need from you:") speaks through the lines below it, not by itself.
    if (heads) return;
    const heading = lists.current;
    const conditional = conditionalSentence(sentenceText);
    // Marketing and a sign-off's opening are judged on the whole sentence ("If you'd like to no
    // longer receive these, please opt out", "If you have questions, please call us").
    const neverAsks = lazySentenceNeverAsks(sentenceText);
    const before = placed.length;
    const signalsBefore = result.signals.length;
    const spans = groupClauses(ctx, splitClauses(norm, sentence));
    // A clause cut from a conditional sentence has lost its frame ("If you have any questions, |
    // please contact us"): its ask must also read as one in the whole sentence.
    const sentenceIntent =
      conditional && spans.length > 1 ? lazySentenceIntent(ctx, sentenceText) : undefined;
    for (const span of spans) {
      // The sentence's own string when the clause is all of it: the gates then know it at once (textScans.ts).
      const whole = span.start === sentence.start && span.end === sentence.end;
      const clause = whole ? sentenceText : norm.slice(span.start, span.end);
      readingAtLength(clause);
      const found = signalFor(ctx, span, clause);
      if (found) result.signals.push(found.signal);
      const readable = purposeOfAsk(norm, span, clause)
        ? null
        : clauseBesideSignal(clause, found?.draft ?? null);
      const expectation =
        readable === null
          ? null
          : expectationFor(
              ctx,
              span,
              readable,
              conditional,
              neverAsks,
              sentenceIntent,
              item && heading !== null,
            );
      // "Invoice … is attached, net 30": the bill sent now (the signal) is what its terms count from.
      if (expectation?.kind === 'payment' && readable !== clause)
        expectation.due = billTermsDue(clause, ctx.dates) ?? expectation.due;
      // "…is attached; payment within a fortnight, please": the sum said before it (sumOfSentence.ts).
      if (expectation?.kind === 'payment' && !expectation.amount && placed.length === before)
        expectation.amount = sumSaidBefore(norm.slice(sentence.start, span.start), clause, ctx.home);
      if (expectation)
        for (const e of splitOnDates(ctx, expectation, span)) {
          if (e !== expectation) ctx.payments.copy(expectation, e);
          placed.push({ expectation: e, sentence: index });
        }
    }
    if (!heading || !item) return;
    const list: ListHeading = heading;
    const headingDue = (kind: ExpectationKind) => headingDueFor(list, kind, ctx.dates);
    // The side shown paying lists what it wants: its bare lines are the other side's to supply.
    const writerBuys = () => ctx.payee() === ctx.sides.reader;
    // A line that only reports a delivery or a later day ("2) The final source will only be ready
    // on 8 July") is that signal, not an item its heading asks for; an ask to move one stays one.
    if (placed.length === before && reportsOnly(result.signals.slice(signalsBefore), sentenceText)) return;
    if (placed.length === before) {
      const due = resolveDue(sentenceText, ctx.dates);
      // An unbulleted line that only describes the offer owes nothing (lists.ts describesOffer).
      const plain = describesOffer(list, sentenceText, bulleted, due.due !== null, ctx.home);
      if (plain && !lineSide(sentenceText, ctx.names()) && !writerBuys()) return;
      const e = headingItem(
        sentenceText,
        list,
        ctx.names(),
        ctx.sides,
        ctx.payer,
        ctx.home,
        writerBuys,
        bulleted,
      );
      if (!e) return;
      // "Top-line report by 30 April, full report by 15 May": one item per dated part, as in prose.
      // Each part's day is read once: the split reads it, and the part keeps it.
      const dueOf = memoDue(ctx);
      const parts = due.due ? linesParts(ctx, sentence, dueOf) : [sentence];
      for (const part of parts) {
        const at = original(ctx, part);
        const own = parts.length > 1 ? dueOf(norm.slice(part.start, part.end)) : due;
        const expectation: SuggestedExpectation = {
          messageId: message.id,
          ...e,
          text: message.text.slice(at.start, at.end),
          start: at.start,
          end: at.end,
          due: own.due ?? headingDue(e.kind),
          ...(own.dueTime ? { dueTime: own.dueTime } : {}),
        };
        ctx.payments.note(expectation, 'heading', ctx.ownPayee);
        placed.push({ expectation, sentence: index });
      }
    } else {
      const items = placed.slice(before).map((p) => p.expectation);
      for (const e of items) e.due ??= headingDue(e.kind);
      bindNamedSide(sentenceText, ctx.names(), ctx.sides, items, list, writerBuys);
    }
  });
  addListSiblings(ctx, placed, sentences.length);
  result.expectations = mergeMeetingProposals(mergePaymentSchedules(placed)).map((p) => p.expectation);
  return result;
}

/**
 * Proposes the expectations and signals in a thread, message by message in thread order.
 * `intent` may name another intent model (cross-validation) and the user's corrections.
 */
export function extractThread(input: ExtractionInput, intent: IntentOptions = {}): ExtractionResult {
  installPatternGates();
  const thread = new ThreadEvidence(input);
  const out: ExtractionResult = { expectations: [], signals: [] };
  for (const message of input.messages) {
    const r = extractMessage(message, input, thread, intent);
    // One by one: a spread passes every element as an argument, and a 5 MB message's
    // ~150,000 suggestions overflow the stack (issue 10).
    for (const e of r.expectations) out.expectations.push(e);
    for (const s of r.signals) out.signals.push(s);
  }
  thread.payments.align(out.expectations);
  return out;
}
