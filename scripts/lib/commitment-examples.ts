/**
 * Training examples for the commitment model (does a clause the rules read as a commitment
 * oblige one side to the other, or only report status?), from two sources:
 * - test/data/commitment/labels.tsv: real email sentences labelled by hand (O obligation,
 *   S status, A ask; asks are left out), grouped by their text;
 * - the gold set: every deliverable extraction offers on a gold thread while keeping every
 *   commitment, labelled an obligation when it overlaps a gold expectation of its message and
 *   status when it does not. Grouped by thread, with the same group names as the intent
 *   model's examples, so both models can share one fold assignment.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractThread, type IntentOptions } from '../../src/extract/index';
import type { CommitmentModel } from '../../src/extract/model/commitmentModel';
import type { GoldThread } from './gold-score';
import { featuresOf, goldGroup } from './intent-examples';
import type { Example } from './intent-train';

export const COMMITMENT_LABELS = resolve(import.meta.dirname, '../../test/data/commitment/labels.tsv');

/** A model that never withdraws a commitment: what the rules alone would offer. */
export const KEEP_EVERY_COMMITMENT: CommitmentModel = { bias: 0, weights: {}, statusBelow: -Infinity };

export interface CommitmentRow {
  label: 'O' | 'S' | 'A';
  text: string;
}

export function loadCommitmentRows(file = COMMITMENT_LABELS): CommitmentRow[] {
  const rows: CommitmentRow[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab === -1) continue;
    const label = line.slice(0, tab).trim();
    if (label !== 'O' && label !== 'S' && label !== 'A') throw new Error(`${file}: bad label "${label}"`);
    rows.push({ label, text: line.slice(tab + 1) });
  }
  return rows;
}

export function commitmentRowExamples(rows: CommitmentRow[]): Example[] {
  return rows
    .filter((r) => r.label !== 'A')
    .map((r) => ({
      features: featuresOf(r.text),
      label: r.label === 'O',
      // Letters and digits only, so near-duplicates (other quote marks, spacing) share a fold.
      group: 'commitment:' + r.text.toLowerCase().replace(/[^a-z0-9]+/g, ''),
    }));
}

export interface GoldCandidate {
  text: string;
  label: boolean;
  group: string;
}

/** The deliverables offered on each gold thread with every commitment kept, labelled from the gold. */
export function goldCommitmentCandidates(threads: GoldThread[], intent: IntentOptions = {}): GoldCandidate[] {
  const out: GoldCandidate[] = [];
  threads.forEach((t, ti) => {
    const found = extractThread(t.thread, { ...intent, commitment: KEEP_EVERY_COMMITMENT }).expectations;
    for (const e of found) {
      if (e.kind !== 'deliverable') continue;
      const message = t.thread.messages.find((m) => m.id === e.messageId)!;
      const obliges = t.expected.some((g) => {
        if (g.messageId !== e.messageId) return false;
        const at = message.text.indexOf(g.snippet);
        return at < e.end && at + g.snippet.length > e.start;
      });
      out.push({ text: e.text, label: obliges, group: goldGroup(t, ti) });
    }
  });
  return out;
}

export function goldCommitmentExamples(candidates: GoldCandidate[]): Example[] {
  return candidates.map((c) => ({ features: featuresOf(c.text), label: c.label, group: c.group }));
}
