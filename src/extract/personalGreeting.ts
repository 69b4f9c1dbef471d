/**
 * Whether a message opens by greeting one of its readers by name ("Hi Kevin,", "Dear Dr Smith",
 * "Kia ora Mereana"). Sales tools put a mailing's footer ("Unsubscribe from promotional emails
 * here") under every message a rep sends, so the footer alone does not make a newsletter: in the
 * tuning part, 7 of the 10 messages with such a footer that held promises greeted their reader by
 * name, and none of the 4 true mailings did ("Hi there,").
 */
import type { Person } from '../core/mail';
import { nameKey } from './partyNames';

export const PERSONAL_GREETING_PATTERNS = {
  /** The greeting word and up to three words after it, on the first line that has text. */
  greeting:
    /^[^\S\n]{0,8}(?:hi|hello|hey|hiya|dear|morning|good (?:morning|afternoon|evening)|kia ora|hallo|bonjour|hola|ciao|ol[aá]|namaste|greetings)\b[ ,]{1,3}([^\s,!:]{1,30}(?: [^\s,!:]{1,30}){0,2})/i,
};

/** Titles that may stand between the greeting and the name ("Dear Dr Smith"). */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'prof', 'professor', 'sir', 'madam']);

/**
 * Every word by which a reader may be greeted, compared as partyNames.ts compares names
 * (`nameKey`): the words of their display name and of their address's local part.
 */
function namesOf(readers: readonly Person[]): Set<string> {
  const names = new Set<string>();
  for (const r of readers) {
    const local = r.email.split('@')[0] ?? '';
    for (const w of [...r.name.split(/[\s,]+/), ...local.split(/[._-]+/)]) {
      const key = nameKey(w);
      if (key.length >= 2) names.add(key);
    }
  }
  return names;
}

/** Whether the first line of `written` greets one of `readers` by a word of their name. */
export function greetsReaderByName(written: string, readers: readonly Person[]): boolean {
  const start = written.search(/\S/);
  if (start < 0) return false;
  const greeted = PERSONAL_GREETING_PATTERNS.greeting.exec(written.slice(start, start + 200));
  if (!greeted) return false;
  const names = namesOf(readers);
  for (const word of greeted[1]!.split(' ')) {
    const key = nameKey(word);
    if (TITLES.has(key)) continue;
    return names.has(key);
  }
  return false;
}
