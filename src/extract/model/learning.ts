/**
 * Learning from one user (their accepts, edits, dismissals and items added from a sentence):
 * small offsets on the words of the sentence, added to the shipped model's score when that
 * user's threads are read (see IntentReading). Pure: the ledger stores the result
 * (src/ledger/learning.ts) and it never leaves the browser.
 *
 * Each piece of evidence is one logistic-regression step on the sentence's word features
 * (unigrams and bigrams but common words, never the cues, so dismissing one question does not
 * silence every question): the offsets move the sentence's score by `RATE × (wanted − offered confidence)`,
 * shared across its words, so a phrasing dismissed a handful of times falls below the threshold
 * and sentences sharing most of its words follow it.
 */
import { tokens, wordFeatures } from './features';
import type { IntentAdjustment } from './intentModel';

/** How far one piece of evidence moves the sentence's score, in log-odds, at most. */
export const LEARNING_RATE = 3;
/** No single word may move a score by more than this. */
const MAX_OFFSET = 3;
/** Offsets smaller than this are forgotten, and at most MAX_FEATURES are kept (the strongest). */
const MIN_OFFSET = 0.005;
const MAX_FEATURES = 4000;

/**
 * Words too common to say anything about a phrasing: learning skips them alone and in pairs of
 * them, so teaching "The timesheets go to Priya" does not lift every sentence with "to the".
 */
const COMMON = new Set(
  '<s> 0 a an the to of and or in on for at by with from as is are was be it this that our your my their'.split(
    ' ',
  ),
);

/** The features one piece of evidence teaches: the sentence's words and pairs, minus common ones. */
export function learnableFeatures(sentence: string): string[] {
  return wordFeatures(tokens(sentence)).filter((f) => {
    if (f.startsWith('w:')) return !COMMON.has(f.slice(2));
    const [first, second] = f.slice(2).split('_');
    return !(COMMON.has(first!) && COMMON.has(second!));
  });
}

export interface LearnedIntent extends IntentAdjustment {
  offsets: Record<string, number>;
  /** How many of each piece of evidence it learned from. */
  accepted: number;
  dismissed: number;
  added: number;
  updatedAt: string | null;
}

export type Evidence = 'accepted' | 'dismissed' | 'added';

export function emptyLearning(): LearnedIntent {
  return { offsets: {}, accepted: 0, dismissed: 0, added: 0, updatedAt: null };
}

/**
 * One step of learning. `offered` is the confidence the suggestion was shown with (for an item
 * added by hand, how likely the sentence already looked to be an ask: usually low).
 */
export function learn(
  state: LearnedIntent,
  sentence: string,
  evidence: Evidence,
  offered: number,
  now: Date,
): LearnedIntent {
  const features = learnableFeatures(sentence);
  const next: LearnedIntent = { ...state, offsets: { ...state.offsets }, [evidence]: state[evidence] + 1 };
  next.updatedAt = now.toISOString();
  if (features.length === 0) return next;
  const wanted = evidence === 'dismissed' ? 0 : 1;
  const p = Math.min(0.99, Math.max(0.01, offered));
  const step = (LEARNING_RATE * (wanted - p)) / features.length;
  for (const f of features) {
    const value = Math.max(-MAX_OFFSET, Math.min(MAX_OFFSET, (next.offsets[f] ?? 0) + step));
    if (Math.abs(value) < MIN_OFFSET) delete next.offsets[f];
    else next.offsets[f] = Math.round(value * 10000) / 10000;
  }
  const keys = Object.keys(next.offsets);
  if (keys.length > MAX_FEATURES) {
    keys.sort((a, b) => Math.abs(next.offsets[b]!) - Math.abs(next.offsets[a]!));
    for (const k of keys.slice(MAX_FEATURES)) delete next.offsets[k];
  }
  return next;
}

/** A feature as the words a person would recognise ("b:<s>_i'll" → "starting “I'll”"). */
function phrase(feature: string): string | null {
  const body = feature.slice(2);
  if (feature.startsWith('w:')) return `“${body}”`;
  if (!feature.startsWith('b:')) return null;
  const [first, second] = body.split('_');
  if (first === '<s>') return `starting “${second}”`;
  return `“${first} ${second}”`;
}

export interface LearnedSummary {
  /** Phrasings offered less often now, strongest first. */
  less: string[];
  /** Phrasings found more often now, strongest first. */
  more: string[];
  accepted: number;
  dismissed: number;
  added: number;
}

/** What it has learned, in words: the phrasings whose offsets moved most either way. */
export function summarize(state: LearnedIntent, top = 6): LearnedSummary {
  const entries = Object.entries(state.offsets)
    // Bigrams say more than single words; a one-letter word or a number says nothing.
    .filter(([f]) => f.startsWith('b:') || (f.startsWith('w:') && f.length > 4))
    .sort(([fa, a], [fb, b]) => Math.abs(b) - Math.abs(a) || (fa < fb ? -1 : 1));
  const pick = (sign: number) =>
    entries
      .filter(([, v]) => Math.sign(v) === sign && Math.abs(v) >= 0.05)
      .slice(0, top)
      .flatMap(([f]) => phrase(f) ?? []);
  return {
    less: pick(-1),
    more: pick(1),
    accepted: state.accepted,
    dismissed: state.dismissed,
    added: state.added,
  };
}
