/**
 * What the writer's side gets ready for the reader's job: "We'll have oat milk on hand for the
 * flat whites", "we'll have five tables ready in the canteen", "We'll make a gluten-free stew for
 * that guest", "We'll wrap three bars per participant", "I'll bring my own spittoons and water
 * jugs". The gold set annotates such clauses as the writer's deliverables (23 of 24 "we'll have …
 * ready / on hand" sentences of the tuning part), but the commitment model reads them as status:
 * it learned "we'll have" and "for the" mostly from news ("we'll have patchy signal", "I'll be
 * in the office for the day"), and "bring" mostly from people brought along ("I'll bring our
 * director"). `suppliesThing` (obligation.ts) asks here so the model does not withdraw them.
 */
export const PREPARED_THING_PATTERNS = {
  /** "we'll have X ready / on hand / waiting / set up / on the bench" (not "we'll have to", "no", "limited …"). */
  readied:
    /\b(?:i|we)(?:'ll| will)(?: also| then| already)? have (?!(?:to|no|limited|patchy|little|less|more time|a (?:look|chat|think|word|call|meeting|break|rest))\b)(?:[\w'&./×-]{1,20} ){1,8}?(?:ready|on hand|waiting|on the bench|set up|laid out)\b/i,
  /** "We'll make / prepare / cook / wrap X for the six vegan participants / per participant". */
  madeFor:
    /\b(?:i|we)(?:'ll| will)(?: also| then)? (?:make|prepare|cook|bake|wrap|pack) (?!(?:it|them|this|that|sure|do|her|him|you|time|room|space|contact|arrangements?|an? (?:loss|profit|decision|start|difference|mistake|change|move|call|booking|payment|claim|complaint|note|point|case|offer|effort))\b)(?:[\w'&.-]{1,20} ){1,8}?(?:for (?:the|each|every|all|that|this|those|these|your|any|\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)|per) [\w-]{2,20}/i,
  /** The same with the people fronted: "For the two vegetarians we'll make Älplermagronen". */
  forPeopleMade:
    /^\W{0,3}for (?:the|each|every|all|that|this|those|these|your|any|\d{1,3}|two|three|four|five|six) (?:[\w-]{2,20} ){0,3}?[\w-]{2,20},? (?:i|we)(?:'ll| will) (?:make|prepare|cook|bake|have)\b/i,
  /** "I'll bring my own spittoons", "I'll bring an older cendré too": a thing, not a person brought along. */
  broughtThing:
    /\b(?:i|we)(?:'ll| will)(?: also)? bring (?:(?:my|our) own|an? (?:older|newer|spare|extra|second|few|couple|selection|range|sample|box|bottle|case|tray|set)|some|a few|last year's|this year's|plenty of)\b/i,
  /** People brought along: "our own team", "a colleague", "some of the team". */
  people:
    /\bbring (?:(?:my|our) own (?:team|crew|staff|people|engineers?|technicians?|musicians?|chef)|an? (?:second|extra|spare) (?:pair of hands|person|colleague|engineer|technician|helper|member)|some (?:of )?(?:the team|colleagues|friends|people|help))\b/i,
} as const;

/** Whether a future clause of the writer's side readies or brings a thing for the reader's job. */
export function preparesThing(clause: string): boolean {
  if (!clause.includes('ll ') && !clause.includes('will ')) return false;
  const P = PREPARED_THING_PATTERNS;
  if (P.readied.test(clause) || P.madeFor.test(clause) || P.forPeopleMade.test(clause)) return true;
  return P.broughtThing.test(clause) && !P.people.test(clause);
}
