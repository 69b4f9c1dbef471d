/**
 * Who the names in a message stand for: the first names and domain labels of the writer's side
 * (the writer and colleagues copied at the same company) and of the reader's, and which side a
 * name written in a line ("Anjali", "Greenleaf IT", "Client") belongs to. Lists and their
 * headings (lists.ts) read lines' owners from them.
 */
import { domainOf, isFreeMail } from '../clients/clientKey';
import type { Person } from '../core/mail';
import { LIST_PATTERNS } from './listPatterns';

/** The side a list heading or line names: the message's writer, its reader, or neither. */
export type HeadingSide = 'writer' | 'reader' | null;

/** Names that stand for each side in this message: first names and the first label of domains. */
export interface PartyNames {
  writer: string[];
  reader: string[];
}

/**
 * A name as compared: lower case, letters only, accents folded ("Tomás" is "tomas", not "toms")
 * and "&" read as "and" ("Oak & Oar" is "oakandoar", as in oakandoar.com).
 */
export function nameKey(word: string): string {
  // An ASCII word (nearly every one) keys the same without normalising: its letters lower-cased,
  // "&" as "and", nothing else. Read in every line of a list (`sideOfName`), the three passes and
  // normalisation were about 1% of extraction (profiled 2026-12-05).
  let key = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return foldedKey(word);
    const c = code >= 65 && code <= 90 ? code + 32 : code;
    if (c >= 97 && c <= 122) key += String.fromCharCode(c);
    else if (c === 38) key += 'and';
  }
  return key;
}

/** `nameKey` of any word: decomposed, marks dropped, lower-cased, letters kept. */
function foldedKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(LIST_PATTERNS.nonLetters, '');
}

function domainLabel(email: string): string {
  const domain = email.slice(email.lastIndexOf('@') + 1);
  return nameKey(domain.split('.')[0] ?? '');
}

/** Titles written before a name ("Dr Arjun Pillai"): not the name a line calls the person by. */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'sir', 'dame']);

/**
 * The names a person goes by in a line: the first word of their name, or the word after a title
 * ("Dr Arjun Pillai" is "Arjun"), and, for a name written family name first ("Tan Wei Ling"), the
 * given names run together as their address writes them (weiling@…), so "Wei Ling: send the
 * form" finds her.
 */
function personKeys(p: Person, out: string[]): void {
  const words = p.name
    .split(/\s+/)
    .map(nameKey)
    .filter((w) => w.length > 0);
  const at = TITLES.has(words[0] ?? '') ? 1 : 0;
  const first = words[at] ?? '';
  if (first.length > 1) out.push(first);
  const local = nameKey(p.email.slice(0, p.email.indexOf('@')));
  for (let i = at + 1; i < words.length; i++) {
    const rest = words.slice(i).join('');
    if (rest.length > 3 && local.startsWith(rest)) out.push(rest);
  }
}

function namesOf(people: Person[]): string[] {
  const out: string[] = [];
  for (const p of people) {
    personKeys(p, out);
    const label = domainLabel(p.email);
    if (label.length > 2) out.push(label);
  }
  return out;
}

export function partyNames(from: Person, to: Person[], cc: Person[]): PartyNames {
  // A recipient at the writer's own domain is the writer's colleague, copied in to act
  // ("cc Anjali … Anjali – share the content calendar by Friday"), not the reader's side.
  // Not on a free-mail domain, where two addresses say nothing about a shared employer.
  const writerDomain = domainOf(from.email);
  const shared = writerDomain !== '' && !isFreeMail(writerDomain);
  const colleague = (p: Person) => shared && domainOf(p.email) === writerDomain;
  const recipients = [...to, ...cc];
  return {
    writer: namesOf([from, ...recipients.filter(colleague)]),
    reader: namesOf(recipients.filter((p) => !colleague(p))),
  };
}

/** A name's first one and two words run together, when long enough to name a company ("greenleaf", "bluecrab"). */
function leadingWords(name: string): string[] {
  const words = name.trim().split(/\s+/).map(nameKey);
  const out: string[] = [];
  if (words.length < 2) return out;
  // Long enough not to be any word a domain opens with ("Green", "North", "Summit", "Design").
  const one = words[0]!;
  if (one.length >= 7) out.push(one);
  const two = one + (words[1] ?? '');
  if (words.length >= 3 && two.length >= 8) out.push(two);
  return out;
}

/** Which side a name (a person or a company as written) belongs to, by first name or domain. */
export function sideOfName(name: string, names: PartyNames): HeadingSide {
  const k = nameKey(name);
  if (k.length < 2) return null;
  if (k === 'you' || k === 'your' || k === 'yours') return 'reader';
  if (k === 'we' || k === 'us' || k === 'our' || k === 'me') return 'writer';
  // "Client to provide copy": the writer names the other side by its role.
  if (k === 'client' || k === 'theclient' || k === 'customer' || k === 'thecustomer') return 'reader';
  // A company named by its first words and a team ("Greenleaf IT", "Blue Crab finance team",
  // "Harrow crew") opens its domain (greenleafgrocers.com.au, bluecrabhealth.org).
  const heads = leadingWords(name);
  // "Marlow & Stern" is marlowstern.com as often as oliveandthread.com: both spellings are tried.
  const keys = name.includes('&') ? [k, nameKey(name.replace(/&/g, ' '))] : [k];
  const matches = (list: string[]) =>
    // A domain often wraps the name ("North Coast" in visitnorthcoast.com.au).
    list.some((n) =>
      keys.some(
        (key) =>
          n === key ||
          (n.length > 3 && (n.startsWith(key) || key.startsWith(n))) ||
          (key.length >= 6 && n.includes(key)) ||
          heads.some((h) => n.length > h.length && n.startsWith(h)),
      ),
    );
  const w = matches(names.writer);
  const r = matches(names.reader);
  if (w === r) return null;
  return w ? 'writer' : 'reader';
}

/**
 * A line that is the writer's name, as a signature opens: "Sam Price" is no heading over the
 * lines below it, though "Price" names one ("Pricing", "Price").
 */
export function isWritersName(line: string, names: PartyNames): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length > 3 || !words.every((w) => /^[A-Z][\w'-]*$/.test(w))) return false;
  return names.writer.includes(nameKey(words[0] ?? ''));
}
