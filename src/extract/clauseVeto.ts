/**
 * The vetoes on one clause: noise, conditionals and marketing stop the rules' findings; noise
 * that never asks, accepted times and mere status stop asks, whatever the model reads.
 */
import { givesNewsOnly } from './newsOnly';
import { CLASSIFY_PATTERNS } from './classifyPatterns';
import { ownSchedule } from './frontedHandOver';
import { isTimeAcceptance } from './meetings';
import { introducesSomeone, NOISE_PATTERNS, sentenceNoise, type NoiseReason } from './noise';
import { offersToMeet } from './indirectAsks';
import { TIME_OFFER_PATTERNS } from './timeOffers';
import { onlyStatus } from './obligation';
import { internalStep, ownMeans, tentativePlan, thirdPartyPaid } from './notOwed';
import { doneAndArriving, handedOverNow, orderSentNow, workReportedDone } from './doneActs';
import { bringsOwnPeople } from './attendees';
import { isContactDetailsOnly } from './contactBlock';
import { writersSituation } from './situation';
import { STANDARD_PATTERNS } from './standards';
import { undatedSuggestion } from './suggestions';
import { noticeOnly } from './notices';
import { passesOnRegards } from './regards';
import { reportsPastOnly } from './pastReport';
import { opensWithOwnEvent } from './eventIntro';
import type { PartyNames } from './partyNames';

/** A salary or a budget stated, with nothing owed on it (noise.ts). */
function sumNotOwed(clause: string): boolean {
  const P = NOISE_PATTERNS;
  return P.sumNotOwed.test(clause) && P.currencyAmount.test(clause) && !P.owedAfterAll.test(clause);
}

/** Where to meet, said of a meeting already set: no new item unless it names a day. */
function meetingLogistics(clause: string): boolean {
  if (!clause.includes('meet') && !clause.includes('see you')) return false;
  return NOISE_PATTERNS.meetingLogistics.test(clause) && !namesWhenOrWhy(clause);
}

/** "Happy to jump on a call if anything needs discussing": an offer on a need, with no time named. */
function offerIfNeeded(clause: string): boolean {
  return (
    NOISE_PATTERNS.offerIfNeeded.test(clause) &&
    !TIME_OFFER_PATTERNS.day.test(clause) &&
    !WEEK_OR_END.test(clause)
  );
}

/** "next week", "this month", "end of": a time named without a day. */
const WEEK_OR_END = /\b(?:next|this) (?:week|month)\b|\bend of\b/i;

/** A day, a week or a purpose named: "on Tuesday", "next week", "to walk through the plans", "after the walkthrough". */
function namesWhenOrWhy(clause: string): boolean {
  return TIME_OFFER_PATTERNS.day.test(clause) || WEEK_OR_END.test(clause) || PURPOSE_OR_TODAY.test(clause);
}

const PURPOSE_OR_TODAY = /\b(?:to|after|before|tonight|today)\b/i;

/** Why an ask matters, when what it is for names no day (noise.ts `reasonForAsk`). */
function reasonForAsk(clause: string): boolean {
  if (!NOISE_PATTERNS.reasonForAsk.test(clause)) return false;
  const purpose = clause.search(/ (?:for|before|to) /);
  return purpose < 0 || !datedPurpose(clause.slice(purpose));
}

/** "for the filing on March 31", "before Friday's board meeting", "for next week". */
function datedPurpose(text: string): boolean {
  return TIME_OFFER_PATTERNS.day.test(text) || WEEK_OR_END.test(text) || /\d/.test(text);
}

/** Noise that is never an ask, whatever the model reads in it. */
const NEVER_ASKS = new Set<NoiseReason>(['pleasantry', 'marketing', 'ooo', 'other-language']);

/**
 * A conditional or noisy clause (past, negated, hypothetical) may still ask something, and
 * the model reads that better than the rules ("Did you get my message?", "If you're free
 * tomorrow, call me"); pleasantries and marketing never become suggestions. The noise is read
 * once, and only if asked for (a small class rather than closures made for every clause).
 */
export class ClauseVeto {
  private noise: NoiseReason | undefined;
  // Each answer is kept: extraction asks both, some of them twice, for one clause.
  private nothingNew: boolean | undefined;
  private ruleVetoed: boolean | undefined;
  private askVetoed: boolean | undefined;

  constructor(
    private readonly clause: string,
    private readonly conditionalSentence: boolean,
    /**
     * Marketing and a sign-off's opening are judged on the whole sentence ("If you'd like to no
     * longer receive these, please opt out", "If you have questions, please call us").
     */
    private readonly sentenceNeverAsks: () => boolean,
    /** Who the names in the message stand for: a payee neither side is named by is a third party. */
    private readonly names: () => PartyNames = () => ({ writer: [], reader: [] }),
  ) {}

  private noiseOf(): NoiseReason {
    return this.noise === undefined ? (this.noise = sentenceNoise(this.clause)) : this.noise;
  }

  /**
   * No new item, whoever reads it: a check back on the item before ("Does that suit?", a bare
   * "Let me know."), an offer to talk waiting on a need, why an ask matters, directions to a
   * meeting already set, the reader's option or time taken ("Thursday works best for us – I'll
   * pencil it in"), a promise that names nothing ("I'll keep you posted."), someone brought into
   * the thread ("Also cc'ing Mereana"), a third party awaited ("I expect their go by Friday"),
   * the writer's own step ("I'll chase the loan agreement with legal"), a hand-over already made
   * whose arrival is ahead ("shipped this morning, should be with you tomorrow"), a purchase order
   * sent with no term beside it ("PO 7700418 attached for A$9,590 + GST"), advice with no day or
   * sum to it ("I'd suggest a 30-minute walkthrough of the plan"), the writer's
   * people coming to a meeting ("I'll bring our director"), a street address, a signature's line
   * of phone and web address, regards passed on, or a sentence that never asks.
   */
  private addsNothing(): boolean {
    const clause = this.clause;
    return (this.nothingNew ??=
      NOISE_PATTERNS.backReference.test(clause) ||
      NOISE_PATTERNS.bareFollowUp.test(clause) ||
      NOISE_PATTERNS.bareUpdate.test(clause) ||
      offerIfNeeded(clause) ||
      reasonForAsk(clause) ||
      meetingLogistics(clause) ||
      NOISE_PATTERNS.choiceMade.test(clause) ||
      givesNewsOnly(clause) ||
      isTimeAcceptance(clause) ||
      introducesSomeone(clause) ||
      NOISE_PATTERNS.awaitsOthers.test(clause) ||
      NOISE_PATTERNS.addressLine.test(clause) ||
      NOISE_PATTERNS.addressWithPostcode.test(clause) ||
      isContactDetailsOnly(clause) ||
      passesOnRegards(clause) ||
      NOISE_PATTERNS.eventDate.test(clause) ||
      internalStep(clause) ||
      tentativePlan(clause) ||
      doneAndArriving(clause) ||
      orderSentNow(clause) ||
      undatedSuggestion(clause) ||
      bringsOwnPeople(clause) ||
      this.sentenceNeverAsks());
  }

  /** Whether the rules' own finding is vetoed. */
  rule(): boolean {
    return (this.ruleVetoed ??=
      (this.conditionalSentence && !NOISE_PATTERNS.directAsk.test(this.clause)) ||
      this.noiseOf() !== null ||
      sumNotOwed(this.clause) ||
      ownMeans(this.clause) ||
      thirdPartyPaid(this.clause, this.names()) ||
      this.addsNothing());
  }

  /** Whether an ask is vetoed, whatever the model says. */
  ask(): boolean {
    return (this.askVetoed ??=
      NEVER_ASKS.has(this.noiseOf()) ||
      this.addsNothing() ||
      CLASSIFY_PATTERNS.acceptsInvite.test(this.clause) ||
      // The writer's proposed schedule for its own work ("The dataset would be delivered by 21 May").
      ownSchedule(this.clause) ||
      (NOISE_PATTERNS.faultReport.test(this.clause) && !NOISE_PATTERNS.faultAsk.test(this.clause)) ||
      ((NOISE_PATTERNS.reportNoAsk.test(this.clause) || NOISE_PATTERNS.handedRemainder.test(this.clause)) &&
        !NOISE_PATTERNS.replyWanted.test(this.clause)) ||
      NOISE_PATTERNS.ifUrgent.test(this.clause) ||
      // "Please note the factory is closed from 3 to 21 August": it informs, and asks nothing.
      noticeOnly(this.clause) ||
      // "Signed agreement attached, with our bank details on page 4": handed over, nothing asked.
      handedOverNow(this.clause) ||
      // "The install crew finished early, by 3pm": a report; "It must be a relief": a guess.
      workReportedDone(this.clause) ||
      reportsPastOnly(this.clause) ||
      opensWithOwnEvent(this.clause) ||
      STANDARD_PATTERNS.guess.test(this.clause) ||
      // "We have 2 pallets of laptops ready at our supplier's warehouse": the writer's situation.
      writersSituation(this.clause) ||
      (NOISE_PATTERNS.declinesOrThanks.test(this.clause) && !NOISE_PATTERNS.askBeside.test(this.clause)) ||
      (onlyStatus(this.clause) && !offersToMeet(this.clause)));
  }
}
