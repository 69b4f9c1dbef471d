/**
 * An outcome the writer's side wants by a day, said without asking (issue 9): "We'd like
 * everything moved by 31 July", "We want to be live by October 1", "Owner wants the first flight
 * done by Feb 4". The reader makes it happen: a request, when the clause names a day.
 */
export const WANT_PATTERNS = {
  wantedBy:
    /\b(?:(?:i|we)(?:'d| would)?|(?:the )?(?:owner|client|board|boss|ceo|cfo|director|principal|management|landlord|customer)s? (?:would)?) ?(?:like|love|want|wants|need|needs|require|requires)(?! to (?!be\b))(?: (?:it|this|them|everything|all of it|us))?(?: to be)? (?:(?:all|both|the|our|your|these|those|each) ){0,2}(?:[\w-]{2,20} ){0,3}?(?:by|before|no later than) (?=\w)/i,
} as const;

export function wantedByDay(clause: string): boolean {
  return WANT_PATTERNS.wantedBy.test(clause);
}
