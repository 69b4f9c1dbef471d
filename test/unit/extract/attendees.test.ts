/**
 * Who from the writer's side comes to a meeting is no item (issue 9, 5 December 2026, midday):
 * the annotators never count "I'll bring our director", only the meeting and what is brought.
 * Every sentence was written for this file. Sent Monday 2 March 2026 in New York.
 */
import { describe, expect, it } from 'vitest';
import { bringsOwnPeople } from '../../../src/extract/attendees';
import { CLIENT, itemsOf, US } from './helpers';

const brief = (text: string, from = CLIENT) => itemsOf(text, from).map((e) => [e.kind, e.owner]);

describe("the writer's people coming along", () => {
  it.each([
    "Thursday at 2 works – I'll bring our finance director, Paula.",
    "The 9th at 11 is fine, I'll bring two of our board members.",
    "I'll bring Magnus and our site foreman, Ivo Petrov.",
    "Tuesday at 4 suits – I'll have our procurement lead, Hana Ito, join.",
    "I'll have our office manager, Rhys, on the call too.",
    'Monday 10am works, our CTO will join too.',
    'Wednesday at 9 works for the walkthrough; our safety officer, Lena Berg, will attend with me.',
    'Oskar and I will come down, plus maybe someone from our events team.',
    "I'll bring Hattie, who does most of our gilding these days.",
    // 6 December 2026, afternoon: any job, named with its holder between commas.
    "Friday at 10 is fine - I'll have our yard foreman, Gus Ahern, dial in too.",
    "I'll have our harbour master, Nell, on the call as well, since she signs off the berths.",
  ])('"%s" is no item', (text) => {
    expect(bringsOwnPeople(text)).toBe(true);
    expect(brief(text)).toEqual([]);
    expect(brief(text, US)).toEqual([]);
  });
});

describe('what stays an item', () => {
  it('a thing brought', () => {
    expect(bringsOwnPeople("I'll bring the fabric swatches so you can choose.")).toBe(false);
    expect(brief("I'll bring the fabric swatches so you can choose.", US)).toEqual([['deliverable', 'us']]);
  });

  it('a person brought to do a job', () => {
    expect(bringsOwnPeople("I'll bring our arborist so we can inspect the crown.")).toBe(false);
  });

  it('a colleague set to act', () => {
    expect(bringsOwnPeople("I'll have Beatrix send the signed order form by Friday.")).toBe(false);
    expect(bringsOwnPeople("I'll have our surveyor, Dan, there to measure the walls.")).toBe(false);
  });

  it('a time still offered or proposed beside the attendees', () => {
    expect(bringsOwnPeople("Thursday afternoon would suit – I'll bring Ivo.")).toBe(false);
    expect(bringsOwnPeople('Site visit Thu 12/3 at 10am, my surveyor Mr. Okoro will attend')).toBe(false);
    expect(
      bringsOwnPeople(
        "I'll send a Teams invitation shortly; my colleague Tobias from engineering will join.",
      ),
    ).toBe(false);
  });

  it('a thing, not a person, joining', () => {
    expect(bringsOwnPeople('The second press will join the line next week.')).toBe(false);
  });
});
