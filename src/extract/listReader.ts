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
  startsParagraph,
  type ListHeading,
} from './lists';
import { isWritersName, type PartyNames } from './partyNames';
import { LIST_PATTERNS } from './listPatterns';
import { sentenceNoise } from './noise';
import type { ScheduleSpan } from './inlineSchedule';

export interface ListStep {
  /** The sentence heads a list: it speaks through its lines, not by itself. */
  heading: boolean;
  /** The sentence is a line of the list under `reader.current`. */
  item: boolean;
  /** The line has its own bullet or number (a plain line under a heading has not). */
  bulleted: boolean;
}

/**
 * At most five words, written as a title ("Service terms"), on the line right above a bulleted
 * line (no blank line between): not a greeting ("Thanks Dana").
 */
function titlesBullets(
  norm: string,
  sentence: ScheduleSpan,
  sentenceText: string,
  next: ScheduleSpan | undefined,
): boolean {
  return (
    next !== undefined &&
    LIST_PATTERNS.titleLine.test(sentenceText) &&
    !LIST_PATTERNS.salutation.test(sentenceText) &&
    sentenceText.split(' ').length <= 5 &&
    isListItem(norm, next) &&
    isPlainLine(norm, next, sentence)
  );
}

export class ListReader {
  current: ListHeading | null = null;
  private headingIndex = -1;
  /** The numbered section whose title heads the current list ("3. Pricing"), if one does. */
  private section: { number: number; indent: number } | null = null;

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
    // The next section's number, no further in, ends the section ("4. Start date" after "3.
    // Pricing"'s lines; not the "2." of a list indented under it).
    const section = this.section;
    if (section && number && number.number === section.number + 1 && number.indent <= section.indent)
      this.current = this.section = null;
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
    // Only outside a list: under "Next steps:", "1. Payment schedule" is a line of it.
    const title =
      number !== null &&
      this.current === null &&
      /^[A-Z]/.test(sentenceText) &&
      next !== undefined &&
      lineNumber(norm, next)?.number !== number.number + 1;
    // A heading without its colon opens a paragraph: words the heading patterns know ("Done",
    // "Coming up in February"), or a short title right above bullets ("Service terms"); or it is
    // a numbered section's title.
    const bare =
      (bulleted ? title : startsParagraph(norm, sentence)) &&
      !sentenceText.endsWith(':') &&
      (isBareHeading(sentenceText) || (!bulleted && titlesBullets(norm, sentence, sentenceText, next))) &&
      !isWritersName(sentenceText, this.names());
    // "Could you send me a quote for the following?" heads the bullets below it as a colon would.
    // Not a report of work done ("We have completed the following.").
    const announces =
      !bulleted &&
      next !== undefined &&
      LIST_PATTERNS.announcesList.test(sentenceText) &&
      isListItem(norm, next) &&
      sentenceNoise(sentenceText) !== 'past';
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
