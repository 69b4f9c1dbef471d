/**
 * The email-intent sentences (../shared/data/email-intent/train.tsv beside the repository):
 * loading, the one-message-thread wrapper, and the keyword-rule baseline from issue 3.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExtractionInput } from '../../src/extract/types';

/**
 * Beside the repository (../shared/data/email-intent/train.tsv), or one level further up for a
 * worktree kept in a sub-folder; ACCORD_INTENT_FILE names another copy.
 */
export const INTENT_FILE =
  process.env.ACCORD_INTENT_FILE ??
  [
    resolve(import.meta.dirname, '../../../shared/data/email-intent/train.tsv'),
    resolve(import.meta.dirname, '../../../../shared/data/email-intent/train.tsv'),
  ].find((f) => existsSync(f)) ??
  resolve(import.meta.dirname, '../../../shared/data/email-intent/train.tsv');

export interface IntentRow {
  label: boolean;
  text: string;
}

/** Rows of the file, or null when it is not there (it lives outside the repository). */
export function loadIntent(file = INTENT_FILE): IntentRow[] | null {
  if (!existsSync(file)) return null;
  const rows: IntentRow[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab === -1) continue;
    const label = line.slice(0, tab).trim();
    if (label !== 'Yes' && label !== 'No') continue;
    rows.push({ label: label === 'Yes', text: line.slice(tab + 1) });
  }
  return rows;
}

/** A sentence as a one-message thread written by a client to us. */
export function asClientThread(text: string): ExtractionInput {
  return {
    self: { emails: ['am@agency.example'], domains: ['agency.example'] },
    timeZone: 'America/New_York',
    messages: [
      {
        id: 'm1',
        from: { name: 'Client', email: 'client@client.example' },
        to: [{ name: 'Account Manager', email: 'am@agency.example' }],
        cc: [],
        sentAt: '2026-03-02T09:15:00-05:00',
        text,
      },
    ],
  };
}

/** The keyword rule from issue 3, the baseline to beat. */
export const KEYWORD_RULE =
  /\b(?:please|can you|could you|would you|will you|let me know|let's|can we|could we|shall we|would like to|need you to|want you to)\b|\?/i;

export function keywordBaseline(text: string): boolean {
  return KEYWORD_RULE.test(text);
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(pairs: { predicted: boolean; label: boolean }[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of pairs) {
    if (p.predicted && p.label) tp++;
    else if (p.predicted) fp++;
    else if (p.label) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
