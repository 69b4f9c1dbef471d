/**
 * The writer's situation, set out before the ask: "We have 2 pallets of laptops ready at our
 * supplier's warehouse in JAFZA.", "We have a piano and a 2019 Subaru to ship.", "Also, we have a
 * wedding of 140 guests on Saturday 15 August." What the writer has asks nothing of the reader;
 * the ask follows in a sentence of its own ("Can you quote door-to-door?"), which is the item.
 * The tuning part annotates 2 of 47 such openings, and those only for a promise later in the
 * sentence. A need or a wish said in the same clause ("… that we need translated", "… and we'd
 * love you to play") keeps it.
 */
export const SITUATION_PATTERNS = {
  /** "We have a …", "Also, we've got 19 certificates …": what the writer's side has. */
  weHave:
    /^\W{0,3}(?:(?:also|and|so|now|ok|okay|well|right),? )?we(?:'ve| have)(?: got)? (?:a|an|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|some|about|around|approx\.?|another|one)\b/i,
  /** An ask, a need or a time in the same clause. */
  askInIt:
    /\?|\b(?:need|needs|needed|want|wants|would like|'d like|love|please|pls|kindly|could|can|would|will you|by|before|until|asap|urgent(?:ly)?|quote|price|help)\b/i,
} as const;

/** Whether the clause only sets out what the writer's side has. */
export function writersSituation(clause: string): boolean {
  return SITUATION_PATTERNS.weHave.test(clause) && !SITUATION_PATTERNS.askInIt.test(clause);
}
