import type { Identity, Person, Thread } from '../core';
import {
  clientKeyFor,
  domainOf,
  isFreeMail,
  isOwnAddress,
  nameFromDomain,
  type ClientKey,
} from './clientKey';

/** One organisation (or free-mail person) on the other side of a thread. */
export interface ClientCandidate {
  key: ClientKey;
  suggestedName: string;
  people: Person[];
  /** How present this side is on the thread; the highest is the thread's client. */
  weight: number;
}

export interface ThreadClients {
  primary: ClientCandidate | null;
  /** Other organisations on the thread, most present first. */
  others: ClientCandidate[];
}

// Writing a message says more about who the thread is with than being copied on it.
const WEIGHT = { from: 3, to: 1, cc: 0.5, latestSender: 2 } as const;

/**
 * Works out the client behind a thread from its participants, the user's own addresses
 * and domains excluded. Ties go to the side that wrote most recently.
 */
export function resolveThreadClients(thread: Thread, self: Identity): ThreadClients {
  const byKey = new Map<ClientKey, ClientCandidate>();
  const add = (person: Person, weight: number) => {
    if (!person.email || isOwnAddress(person.email, self)) return;
    const key = clientKeyFor(person);
    const candidate = byKey.get(key) ?? { key, suggestedName: suggestName(person), people: [], weight: 0 };
    if (!candidate.people.some((p) => p.email === person.email.toLowerCase())) {
      candidate.people.push({ name: person.name, email: person.email.toLowerCase() });
    }
    candidate.weight += weight;
    byKey.set(key, candidate);
  };

  thread.messages.forEach((message) => {
    add(message.from, WEIGHT.from);
    message.to.forEach((p) => add(p, WEIGHT.to));
    message.cc.forEach((p) => add(p, WEIGHT.cc));
  });
  const latestOther = [...thread.messages].reverse().find((m) => !isOwnAddress(m.from.email, self));
  if (latestOther) {
    const candidate = byKey.get(clientKeyFor(latestOther.from));
    if (candidate) candidate.weight += WEIGHT.latestSender;
  }

  const ranked = [...byKey.values()].sort((a, b) => b.weight - a.weight);
  return { primary: ranked[0] ?? null, others: ranked.slice(1) };
}

function suggestName(person: Person): string {
  const domain = domainOf(person.email);
  if (isFreeMail(domain)) return person.name.trim() || person.email.toLowerCase();
  return nameFromDomain(domain);
}
