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
}

export interface ApplyResult {
  /** Mark ids whose quote was found and marked. */
  applied: string[];
  /** Mark ids whose message is not on screen or whose quote is not in its body. */
  missing: string[];
}
