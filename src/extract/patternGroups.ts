/**
 * Every table of patterns the rules use, by name (not the pipeline's own in index.ts, so this
 * module imports no pipeline and index.ts can read it): patterns.ts registers them for the
 * ReDoS test, patternGates.ts gates them.
 */
import { ADDRESSEE_PATTERNS } from './addressee';
import { APOSTROPHE_PATTERNS } from './apostrophes';
import { CALL_PROMISE_PATTERNS } from './callPromise';
import { SERVICE_OFFER_PATTERNS } from './serviceOffer';
import { CLASSIFY_PATTERNS } from './classifyPatterns';
import { CONTACT_BLOCK_PATTERNS } from './contactBlock';
import { COLLEAGUE_PATTERNS } from './colleagues';
import { COORDINATION_PATTERNS } from './coordination';
import { BILL_TERMS_PATTERNS } from './billTerms';
import { DATE_PATTERNS } from './dates';
import { DAY_SPAN_PATTERNS } from './daySpans';
import { ATTENDEE_PATTERNS } from './attendees';
import { ATTACHED_NOW_PATTERNS, DONE_ACT_PATTERNS, ORDER_SENT_PATTERNS } from './doneActs';
import { FOLLOW_UP_PATTERNS } from './groupClauses';
import { FRONTED_PATTERNS } from './frontedHandOver';
import { HANDED_PATTERNS } from './handedThings';
import { INDIRECT_ASK_PATTERNS } from './indirectAsks';
import { INLINE_SCHEDULE_PATTERNS } from './inlineSchedule';
import { INTENT_PATTERNS } from './intent';
import { OBLIGATION_FOUND_PATTERNS } from './obligationByModel';
import { LIST_PATTERNS } from './listPatterns';
import { LOCALE_PATTERNS } from './locale';
import { NOTICE_PATTERNS } from './notices';
import { REGARDS_PATTERNS } from './regards';
import { MEETING_PATTERNS } from './meetings';
import { FEATURE_PATTERNS } from './model/features';
import { MONEY_PATTERNS } from './money';
import { MONEY_ASK_PATTERNS } from './moneyAsks';
import { WANT_PATTERNS } from './wants';
import { NOISE_PATTERNS } from './noise';
import { NON_DEADLINE_PATTERNS } from './nonDeadlines';
import { LIST_SIBLING_PATTERNS } from './listSiblings';
import { CREDIT_BACK_PATTERNS } from './creditBack';
import { SENDS_TO_READER_PATTERNS } from './sendsToReader';
import { NOT_OWED_PATTERNS } from './notOwed';
import { CONDITION_SPLIT_PATTERNS } from './conditionSplit';
import { CONDITIONAL_ASK_PATTERNS } from './conditionalAsks';
import { WRITERS_OWN_ACT_PATTERNS } from './writersOwnAct';
import { ASK_TAIL_PATTERNS } from './askTails';
import { OFFERED_VISIT_PATTERNS } from './offeredVisit';
import { HOLIDAY_PATTERNS } from './holidays';
import { NTH_WEEKDAY_PATTERNS } from './nthWeekday';
import { NORMALIZE_PATTERNS } from './normalize';
import { OBLIGATION_PATTERNS } from './obligation';
import { PAYEE_PATTERNS } from './payee';
import { PERSONAL_GREETING_PATTERNS } from './personalGreeting';
import { PAYMENT_TERMS_PATTERNS } from './paymentTerms';
import { PRICE_PATTERNS } from './prices';
import { PREPARED_THING_PATTERNS } from './preparedThing';
import { THING_BAR_PATTERNS } from './thingBars';
import { SUM_OF_SENTENCE_PATTERNS } from './sumOfSentence';
import { DAY_THEN_JOB_PATTERNS } from './dayThenJob';
import { MEETS_AT_PLACE_PATTERNS } from './meetsAtPlace';
import { PAST_REPORT_PATTERNS } from './pastReport';
import { EVENT_INTRO_PATTERNS } from './eventIntro';
import { REACHES_WRITER_PATTERNS } from './reachesWriter';
import { PRESENT_BAR_PATTERNS } from './presentBars';
import { PURPOSE_SPLIT_PATTERNS } from './purposeSplit';
import { QUOTED_PATTERNS } from './quoted';
import { FOREIGN_HISTORY_PATTERNS } from './foreignHistory';
import { RECURRENCE_PATTERNS } from './recurrence';
import { RECURRING_START_PATTERNS } from './recurringStart';
import { SENT_TIME_PATTERNS } from './sentTime';
import { SENTENCE_PATTERNS } from './sentences';
import { SITUATION_PATTERNS } from './situation';
import { THING_ON_ITS_WAY_PATTERNS } from './thingOnItsWay';
import { TELEGRAPHIC_PATTERNS } from './telegraphic';
import { SIGNAL_PATTERNS } from './signals';
import { TIME_OFFER_PATTERNS } from './timeOffers';
import { BARE_STANDARD_PATTERNS, FUTURE_BAR_PATTERNS, STANDARD_PATTERNS } from './standards';
import { SUGGESTION_PATTERNS } from './suggestions';
import { SUPPLIERS_PLAN_PATTERNS } from './suppliersPlan';
import { WEEKLY_START_PATTERNS } from './weeklyStart';
import { WARRANTY_PATTERNS } from './warranties';
import { WORK_SPAN_PATTERNS } from './workSpan';
import { CONFIRMED_BOOKING_PATTERNS } from './confirmedBooking';
import { SUPPLIED_OUTRIGHT_PATTERNS } from './suppliedOutright';
import { AVAILABLE_FOR_JOB_PATTERNS } from './availableForJob';
import { AVAILABILITY_ASK_PATTERNS } from './availabilityAsk';
import { DATE_HOLD_PATTERNS } from './dateHold';
import { NEWS_ONLY_PATTERNS } from './newsOnly';
import { OTHER_LANGUAGE_PATTERNS } from './otherLanguage';
import { COUNT_AFTER_DATE_PATTERNS } from './countAfterDate';
import { DRESS_CODE_PATTERNS } from './dressCode';
import { MONTH_FIRST_PATTERNS } from './monthFirst';
import { SAME_DAY_PATTERNS } from './sameDayNamed';
import { WEEK_OR_MONTH_PATTERNS } from './weekOrMonthPromise';
import { OFFERED_WORK_PATTERNS } from './offeredWork';

export const PATTERN_GROUPS = {
  addressee: ADDRESSEE_PATTERNS,
  attendees: ATTENDEE_PATTERNS,
  apostrophes: APOSTROPHE_PATTERNS,
  callPromise: CALL_PROMISE_PATTERNS,
  serviceOffer: SERVICE_OFFER_PATTERNS,
  classify: CLASSIFY_PATTERNS,
  colleagues: COLLEAGUE_PATTERNS,
  contactBlock: CONTACT_BLOCK_PATTERNS,
  notices: NOTICE_PATTERNS,
  regards: REGARDS_PATTERNS,
  coordination: COORDINATION_PATTERNS,
  dates: DATE_PATTERNS,
  daySpans: DAY_SPAN_PATTERNS,
  billTerms: BILL_TERMS_PATTERNS,
  doneActs: DONE_ACT_PATTERNS,
  followUp: FOLLOW_UP_PATTERNS,
  attachedNow: ATTACHED_NOW_PATTERNS,
  orderSent: ORDER_SENT_PATTERNS,
  situation: SITUATION_PATTERNS,
  suggestions: SUGGESTION_PATTERNS,
  weeklyStart: WEEKLY_START_PATTERNS,
  features: FEATURE_PATTERNS,
  fronted: FRONTED_PATTERNS,
  handed: HANDED_PATTERNS,
  indirectAsks: INDIRECT_ASK_PATTERNS,
  inlineSchedule: INLINE_SCHEDULE_PATTERNS,
  intent: INTENT_PATTERNS,
  obligationFound: OBLIGATION_FOUND_PATTERNS,
  lists: LIST_PATTERNS,
  listSiblings: LIST_SIBLING_PATTERNS,
  creditBack: CREDIT_BACK_PATTERNS,
  sendsToReader: SENDS_TO_READER_PATTERNS,
  writersOwnAct: WRITERS_OWN_ACT_PATTERNS,
  askTails: ASK_TAIL_PATTERNS,
  offeredVisit: OFFERED_VISIT_PATTERNS,
  locale: LOCALE_PATTERNS,
  meetings: MEETING_PATTERNS,
  moneyAsks: MONEY_ASK_PATTERNS,
  wants: WANT_PATTERNS,
  money: MONEY_PATTERNS,
  noise: NOISE_PATTERNS,
  nonDeadlines: NON_DEADLINE_PATTERNS,
  notOwed: NOT_OWED_PATTERNS,
  nthWeekday: NTH_WEEKDAY_PATTERNS,
  holidays: HOLIDAY_PATTERNS,
  conditionSplit: CONDITION_SPLIT_PATTERNS,
  conditionalAsks: CONDITIONAL_ASK_PATTERNS,
  normalize: NORMALIZE_PATTERNS,
  obligation: OBLIGATION_PATTERNS,
  payee: PAYEE_PATTERNS,
  personalGreeting: PERSONAL_GREETING_PATTERNS,
  prices: PRICE_PATTERNS,
  preparedThing: PREPARED_THING_PATTERNS,
  thingBars: THING_BAR_PATTERNS,
  sumOfSentence: SUM_OF_SENTENCE_PATTERNS,
  dayThenJob: DAY_THEN_JOB_PATTERNS,
  meetsAtPlace: MEETS_AT_PLACE_PATTERNS,
  pastReport: PAST_REPORT_PATTERNS,
  eventIntro: EVENT_INTRO_PATTERNS,
  reachesWriter: REACHES_WRITER_PATTERNS,
  paymentTerms: PAYMENT_TERMS_PATTERNS,
  quoted: QUOTED_PATTERNS,
  foreignHistory: FOREIGN_HISTORY_PATTERNS,
  recurrence: RECURRENCE_PATTERNS,
  recurringStart: RECURRING_START_PATTERNS,
  sentences: SENTENCE_PATTERNS,
  sentTime: SENT_TIME_PATTERNS,
  signals: SIGNAL_PATTERNS,
  telegraphic: TELEGRAPHIC_PATTERNS,
  timeOffers: TIME_OFFER_PATTERNS,
  standards: STANDARD_PATTERNS,
  bareStandards: BARE_STANDARD_PATTERNS,
  suppliersPlan: SUPPLIERS_PLAN_PATTERNS,
  futureBars: FUTURE_BAR_PATTERNS,
  presentBars: PRESENT_BAR_PATTERNS,
  purposeSplit: PURPOSE_SPLIT_PATTERNS,
  thingOnItsWay: THING_ON_ITS_WAY_PATTERNS,
  warranties: WARRANTY_PATTERNS,
  workSpan: WORK_SPAN_PATTERNS,
  confirmedBooking: CONFIRMED_BOOKING_PATTERNS,
  suppliedOutright: SUPPLIED_OUTRIGHT_PATTERNS,
  availableForJob: AVAILABLE_FOR_JOB_PATTERNS,
  availabilityAsk: AVAILABILITY_ASK_PATTERNS,
  dateHold: DATE_HOLD_PATTERNS,
  newsOnly: NEWS_ONLY_PATTERNS,
  otherLanguage: OTHER_LANGUAGE_PATTERNS,
  countAfterDate: COUNT_AFTER_DATE_PATTERNS,
  dressCode: DRESS_CODE_PATTERNS,
  monthFirst: MONTH_FIRST_PATTERNS,
  sameDay: SAME_DAY_PATTERNS,
  weekOrMonth: WEEK_OR_MONTH_PATTERNS,
  offeredWork: OFFERED_WORK_PATTERNS,
} as const;
