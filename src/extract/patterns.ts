/**
 * Every regular expression the extractor uses, in one registry, so the ReDoS test can check
 * them all (test/unit/extract/redos.test.ts also fails if a module exports one missing here).
 */
import { CLASSIFY_PATTERNS } from './classify';
import { COLLEAGUE_PATTERNS } from './colleagues';
import { COORDINATION_PATTERNS } from './coordination';
import { DATE_PATTERNS } from './dates';
import { EXTRACT_PATTERNS } from './index';
import { INTENT_PATTERNS } from './intent';
import { LIST_PATTERNS } from './lists';
import { LOCALE_PATTERNS } from './locale';
import { MEETING_PATTERNS } from './meetings';
import { FEATURE_PATTERNS } from './model/features';
import { MONEY_PATTERNS } from './money';
import { MONEY_ASK_PATTERNS } from './moneyAsks';
import { NOISE_PATTERNS } from './noise';
import { NON_DEADLINE_PATTERNS } from './nonDeadlines';
import { NTH_WEEKDAY_PATTERNS } from './nthWeekday';
import { NORMALIZE_PATTERNS } from './normalize';
import { OBLIGATION_PATTERNS } from './obligation';
import { PAYEE_PATTERNS } from './payee';
import { PRICE_PATTERNS } from './prices';
import { QUOTED_PATTERNS } from './quoted';
import { RECURRENCE_PATTERNS } from './recurrence';
import { SENT_TIME_PATTERNS } from './sentTime';
import { SENTENCE_PATTERNS } from './sentences';
import { SIGNAL_PATTERNS } from './signals';
import { WANT_PATTERNS } from './wants';
import { BARE_STANDARD_PATTERNS, STANDARD_PATTERNS } from './standards';

const GROUPS = {
  classify: CLASSIFY_PATTERNS,
  colleagues: COLLEAGUE_PATTERNS,
  coordination: COORDINATION_PATTERNS,
  dates: DATE_PATTERNS,
  extract: EXTRACT_PATTERNS,
  features: FEATURE_PATTERNS,
  intent: INTENT_PATTERNS,
  lists: LIST_PATTERNS,
  locale: LOCALE_PATTERNS,
  meetings: MEETING_PATTERNS,
  wants: WANT_PATTERNS,
  moneyAsks: MONEY_ASK_PATTERNS,
  money: MONEY_PATTERNS,
  noise: NOISE_PATTERNS,
  nonDeadlines: NON_DEADLINE_PATTERNS,
  nthWeekday: NTH_WEEKDAY_PATTERNS,
  normalize: NORMALIZE_PATTERNS,
  obligation: OBLIGATION_PATTERNS,
  payee: PAYEE_PATTERNS,
  prices: PRICE_PATTERNS,
  quoted: QUOTED_PATTERNS,
  recurrence: RECURRENCE_PATTERNS,
  sentences: SENTENCE_PATTERNS,
  sentTime: SENT_TIME_PATTERNS,
  signals: SIGNAL_PATTERNS,
  standards: STANDARD_PATTERNS,
  bareStandards: BARE_STANDARD_PATTERNS,
} as const;

/** `group.name` → pattern, e.g. `money.prefixed`. */
export const ALL_PATTERNS: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries(GROUPS).flatMap(([group, patterns]) =>
    Object.entries(patterns as Record<string, RegExp>).map(([name, re]) => [`${group}.${name}`, re]),
  ),
);
