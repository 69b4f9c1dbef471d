/**
 * Reads a message's sentences as lists, one sentence at a time and in order: whether a sentence
 * is a heading for the lines below it ("What we need from you:", "Action items", "Week 2") or a
 * line of the list under the current heading (a bullet, or a line of its own right below). The
 * rules in lists.ts say what a heading and a line mean; this keeps the state between sentences.
 */
import {
  headingOf,
  isBareHeading,
  isListItem,
  lineNumber,
  isPlainLine,
  isWritersName,
  startsParagraph,
  type ListHeading,
  type PartyNames,
} from './lists';
import { LIST_PATTERNS } from './listPatterns';
import type { ScheduleSpan } from './inlineSchedule';

export interface ListStep {
  /** The sentence heads a list: it speaks through its lines, not by itself. */
  heading: boolean;
  /** The sentence is a line of the list under `reader.current`. */
  item: boolean;
  /** The line has its own bullet or number (a plain line under a heading has not). */
  bulleted: boolean;
}

/** At most five words, written as a title ("Service terms"), right above a bulleted line. */
function titlesBullets(norm: string, sentenceText: string, next: ScheduleSpan | undefined): boolean {
  return (
    next !== undefined &&
    LIST_PATTERNS.titleLine.test(sentenceText) &&
    sentenceText.split(' ').length <= 5 &&
    isListItem(norm, next)
  );
}

export class ListReader {
  current: ListHeading | null = null;
  private headingIndex = -1;
  /** The number of the numbered section whose title heads the current list ("3. Pricing"), if one does. */
  private section: number | null = null;

  constructor(
    private readonly norm: string,
    private readonly sentences: ScheduleSpan[],
    private readonly names: () => PartyNames,
  ) {}

  step(index: number, sentenceText: string): ListStep {
    const { norm, sentences } = this;
    const sentence = sentences[index]!;
    // A one-line schedule's label heads its parts ("Timeline: mockups by 16 March, launch 30 April").
    if (sentence.inline === 'heading') {
      this.section = null;
      this.current = { ...headingOf(sentenceText, this.names()), named: true, colon: true, inline: true };
      this.headingIndex = index;
      return { heading: true, item: false, bulleted: false };
    }
    // A one-line schedule's label heads only its own parts, not the lines after it.
    if (this.current?.inline && sentence.inline !== 'item') this.current = this.section = null;
    const bulleted = isListItem(norm, sentence);
    const number = bulleted ? lineNumber(norm, sentence) : null;
    // The next section's number ends the section ("4. Start date" after "3. Pricing"'s lines).
    if (this.section !== null && number === this.section + 1) this.current = this.section = null;
    const heading = this.current;
    // A list line has a bullet, or, under a heading, a line of its own without a final full stop
    // (a neutral heading) or with one (a heading that names a list).
    const item =
      bulleted ||
      (sentence.inline === 'item' && heading !== null) ||
      (heading !== null &&
        isPlainLine(
          norm,
          sentence,
          sentences[index - 1],
          this.headingIndex === index - 1 && heading.colon === true,
        ) &&
        !sentenceText.endsWith('?') &&
        (!sentenceText.endsWith('.') || heading.named === true));
    if (!item) this.current = this.section = null;
    const next = sentences[index + 1];
    // A numbered section's title ("2. Timeline", "4. What we need from you" in a proposal) is
    // written as a title and followed by its content, not by the next number of its own list
    // ("2. the payroll summary" then "3. receipts" are items).
    const title =
      number !== null &&
      /^[A-Z]/.test(sentenceText) &&
      next !== undefined &&
      lineNumber(norm, next) !== number + 1;
    // A heading without its colon opens a paragraph: words the heading patterns know ("Done",
    // "Coming up in February"), or a short title right above bullets ("Service terms"); or it is
    // a numbered section's title.
    const bare =
      (bulleted ? title : startsParagraph(norm, sentence)) &&
      !sentenceText.endsWith(':') &&
      (isBareHeading(sentenceText) || (!bulleted && titlesBullets(norm, sentenceText, next))) &&
      !isWritersName(sentenceText, this.names());
    // "Could you send me a quote for the following?" heads the bullets below it as a colon would.
    const announces =
      !bulleted &&
      next !== undefined &&
      LIST_PATTERNS.announcesList.test(sentenceText) &&
      isListItem(norm, next);
    if (
      (sentenceText.endsWith(':') || bare || announces) &&
      next &&
      (isListItem(norm, next) || isPlainLine(norm, next, sentence, !bare))
    ) {
      this.current = {
        ...headingOf(sentenceText, this.names()),
        named: bare || isBareHeading(sentenceText.slice(0, -1)),
        colon: !bare,
      };
      this.headingIndex = index;
      this.section = number;
      return { heading: true, item, bulleted };
    }
    return { heading: false, item, bulleted };
  }
}
