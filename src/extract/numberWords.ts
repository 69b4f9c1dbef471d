/** Numbers written as words in deadline spans ("within fourteen days", "in a couple of weeks"). */
const WORD_VALUES: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  'forty-five': 45,
  forty: 40,
  sixty: 60,
  ninety: 90,
  'a couple of': 2,
  'a few': 3,
  a: 1,
};

export function numberOf(word: string): number {
  const w = word.toLowerCase();
  return WORD_VALUES[w] ?? Number(w);
}
