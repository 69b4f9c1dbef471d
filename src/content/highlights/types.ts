import type { ExpectationStatus, Side } from '../../core';

/** A suggestion not yet accepted is marked too, so the reader sees what Accord found. */
export type MarkStatus = 'suggested' | ExpectationStatus;

/** One sentence to mark in the open thread, and the sidebar entry it stands for. */
export interface Mark {
  /** The sidebar entry: an item id, or a suggestion key "<messageId>:<start>". */
  id: string;
  /** The message whose body holds the quote (the adapter's message id). */
  messageId: string;
  /** The sentence as the adapter read it (bodyText's whitespace, not the DOM's). */
  quote: string;
  status: MarkStatus;
  /** What is owed, in a few words: the tooltip's first line and the chip's accessible name. */
  label: string;
  owner?: Side;
  /** `YYYY-MM-DD`. */
  due?: string | null;
  /** Shown on the chip instead of the status (the "+N more" chip). */
  chipText?: string;
}

export interface ApplyResult {
  /** Mark ids whose quote was found and marked. */
  applied: string[];
  /** Mark ids whose message is not on screen or whose quote is not in its body. */
  missing: string[];
  /** Mark ids left unmarked because their message already has the most it may have. */
  capped?: string[];
}

export interface HighlightOptions {
  /** Marks per message beyond this are not applied but counted on the message's "more" chip. */
  maxPerMessage?: number;
  /** Sentences already left out upstream (the worker's cap), by message id. */
  more?: Record<string, number>;
}
