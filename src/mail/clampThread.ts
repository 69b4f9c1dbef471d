/**
 * Cuts a thread read from any host down to what the worker accepts (MAIL_LIMITS), and says
 * what was cut. Host-neutral: every adapter's thread goes through it before it is sent.
 * What cannot be cut without changing its meaning (ids, addresses, the link) is left as it
 * is, and the worker still refuses it.
 */
import type { MailMessage, Person, Thread } from '../core';
import { MAIL_LIMITS } from '../core/mailLimits';

export interface ClampedThread {
  thread: Thread;
  /** One plain sentence per kind of cut, for the panel; empty when nothing was cut. */
  truncated: string[];
}

export function clampThread(thread: Thread): ClampedThread {
  const counts = { names: 0, bodies: 0, subjects: 0, recipients: 0 };
  const cut = (text: string, max: number, what: keyof typeof counts): string => {
    if (text.length <= max) return text;
    counts[what]++;
    return cutAt(text, max);
  };
  const person = (p: Person): Person =>
    p.name.length <= MAIL_LIMITS.nameChars ? p : { ...p, name: cut(p.name, MAIL_LIMITS.nameChars, 'names') };
  const people = (list: Person[]): Person[] => {
    if (list.length > MAIL_LIMITS.recipients) counts.recipients++;
    return list.slice(0, MAIL_LIMITS.recipients).map(person);
  };
  // The latest messages are the ones a reader acts on: an over-long thread keeps its end.
  const dropped = Math.max(0, thread.messages.length - MAIL_LIMITS.messages);
  const messages = thread.messages.slice(dropped).map((m): MailMessage => ({
    ...m,
    from: person(m.from),
    to: people(m.to),
    cc: people(m.cc),
    text: cut(m.text, MAIL_LIMITS.bodyChars, 'bodies'),
    ...(m.subject === undefined ? {} : { subject: cut(m.subject, MAIL_LIMITS.subjectChars, 'subjects') }),
  }));
  const subject = cut(thread.subject, MAIL_LIMITS.subjectChars, 'subjects');
  const truncated = describe(counts, dropped);
  if (truncated.length === 0) return { thread, truncated };
  return { thread: { ...thread, subject, messages }, truncated };
}

/** The first `max` code units, without splitting a surrogate pair. */
function cutAt(text: string, max: number): string {
  const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

function describe(
  counts: { names: number; bodies: number; subjects: number; recipients: number },
  dropped: number,
) {
  const n = (count: number, one: string, many: string) => (count === 1 ? one : `${count} ${many}`);
  const notes: string[] = [];
  if (counts.bodies > 0)
    notes.push(
      `${n(counts.bodies, 'A message', 'messages')} longer than ${MAIL_LIMITS.bodyChars.toLocaleString('en')} characters ${counts.bodies === 1 ? 'was' : 'were'} read only up to that point.`,
    );
  if (counts.names > 0)
    notes.push(
      `${n(counts.names, 'A name', 'names')} longer than ${MAIL_LIMITS.nameChars} characters ${counts.names === 1 ? 'was' : 'were'} shortened.`,
    );
  if (counts.subjects > 0)
    notes.push(
      `A subject longer than ${MAIL_LIMITS.subjectChars.toLocaleString('en')} characters was shortened.`,
    );
  if (counts.recipients > 0)
    notes.push(`Only the first ${MAIL_LIMITS.recipients} recipients of a message were read.`);
  if (dropped > 0)
    notes.push(
      `This thread has more than ${MAIL_LIMITS.messages} messages; the ${n(dropped, 'oldest one was', 'oldest were')} not read.`,
    );
  return notes;
}
