/**
 * A clause opened by a name and a comma asks that person, whoever else reads the message:
 * "Gordon, we need this signed before the 15th" from a client who copied in Gordon, their own
 * procurement colleague, binds the client, not the user it was sent to; "Carla, can you pay
 * PA-20931 today" to the writer's own front desk is the writer's side paying. The name must be the
 * first name of exactly one of the message's To and Cc recipients, so a common word ("Also,")
 * or a name two recipients share decides nothing.
 */
import type { Side } from '../core/expectation';
import type { Identity, Person } from '../core/mail';
import { isOurs } from './owner';
import { nameKey } from './partyNames';

export const ADDRESSEE_PATTERNS = {
  /** A name and a comma opening the clause: "Gordon, we need this signed". */
  opening: /^\W{0,3}(\p{Lu}[\p{L}'’-]{1,20}),\s/u,
  /** The same just before the clause, which its comma cut off: "… lab invoices - Carla, | can you pay". */
  before: /(?:[.!?:;][^\S\n]{1,3}|\n[^\S\n]{0,3}|\s[-–—][^\S\n]{1,3})(\p{Lu}[\p{L}'’-]{1,20}),[^\S\n]{1,3}$/u,
  /** Every such name in a text, with the rest of its sentence: what billing evidence reads. */
  turn: /(?:^|[.!?:;][^\S\n]{1,3}|\n[^\S\n]{0,3}|\s[-–—][^\S\n]{1,3})(\p{Lu}[\p{L}'’-]{1,20}),[^\S\n]{1,3}([^.!?\n]{1,300})/gu,
};

/** The side of the one recipient a first name names, or null. */
export type AddresseeSide = (name: string) => Side | null;

/** Who each recipient's first name stands for: the user's side for one of the user's addresses or domains. */
export function addresseeSides(to: Person[], cc: Person[], self: Identity): AddresseeSide {
  const recipients = [...to, ...cc];
  return (name) => {
    const key = nameKey(name);
    if (key.length < 2) return null;
    const named = recipients.filter((p) => nameKey(p.name.trim().split(/\s+/)[0] ?? '') === key);
    return named.length === 1 ? (isOurs(named[0]!, self) ? 'us' : 'client') : null;
  };
}

/** The side of the recipient a clause (`start`..`end` of `text`) turns to by name, or null. */
export function addressedSide(text: string, start: number, end: number, sideOf: AddresseeSide): Side | null {
  const P = ADDRESSEE_PATTERNS;
  const from = Math.max(0, start - 40);
  // A clause at the very start of the text has a line break before it.
  const before = (from === 0 ? '\n' : '') + text.slice(from, start);
  const named = P.opening.exec(text.slice(start, Math.min(end, start + 40))) ?? P.before.exec(before);
  return named ? sideOf(named[1]!) : null;
}

/**
 * The sentences of `text` that turn by name to one of the writer's own side ("Carla, can you pay
 * PA-20931 today?"), and the rest of the text. Only in a message to the other side: in one among
 * our own people, everyone is the writer's side anyway.
 */
export function turnsToOwnSide(
  text: string,
  writer: Side,
  sideOf: AddresseeSide,
): { own: string; rest: string } | null {
  const own: string[] = [];
  let rest = '';
  let last = 0;
  const turn = new RegExp(ADDRESSEE_PATTERNS.turn.source, ADDRESSEE_PATTERNS.turn.flags);
  for (let m = turn.exec(text); m !== null; m = turn.exec(text)) {
    if (sideOf(m[1]!) !== writer) continue;
    const at = m.index + m[0].length - m[2]!.length;
    own.push(m[2]!);
    rest += text.slice(last, at);
    last = m.index + m[0].length;
  }
  return own.length === 0 ? null : { own: own.join('\n'), rest: rest + text.slice(last) };
}
