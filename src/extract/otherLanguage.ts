/**
 * A sentence written in another language: the confidentiality footer a Dutch or German company
 * appends ("Heeft u dit bericht per vergissing ontvangen, gelieve de afzender te verwittigen en
 * het bericht te verwijderen."), a sign-off or a line for a colleague abroad. The rules and the
 * models read English; what they found in such a sentence was a false ask (the imperative
 * "gelieve … te verwijderen" read as a request). The gold set never annotates one.
 *
 * Narrow on purpose: at least three function words of Dutch, German, French, Spanish, Italian,
 * Portuguese or the Scandinavian languages, written in lower case (so place and company names such
 * as "Los Angeles, Las Vegas, Del Mar" never count) and never inside an address like "acme.com",
 * and not one unambiguous English function word, so an
 * English sentence with a foreign name or phrase in it ("Uso de CFDI: G03", "the Hôtel de la
 * Paix") stays English.
 */

export const OTHER_LANGUAGE_PATTERNS = {
  /** Function words of other languages that are not English words, in lower case as they stand mid-sentence. */
  foreignWord:
    /(?<![\p{L}\p{N}'’.@/-])(?:het|een|niet|gelieve|wordt|worden|dit|deze|naar|voor|zijn|uw|und|nicht|ist|sind|bitte|diese|dieser|wenn|oder|nachricht|ihre|ihnen|sie|les|des|vous|nous|une|avec|pour|cette|sont|veuillez|los|las|una|por|para|con|este|esta|usted|su|del|della|sono|questo|questa|och|inte|eller|är|ikke|og|eller|não|você|uma|mensagem)(?![\p{L}\p{N}'’.@/-])/gu,
  /** English function words no language above shares. */
  englishWord:
    /(?<![\p{L}'’-])(?:the|and|you|your|we|our|will|please|with|this|that|would|could|can|have|has|from|for|by|of|to|it|is|are|be)(?![\p{L}'’-])/iu,
} as const;

/** Whether the sentence is written in another language than English (see the module comment). */
export function inOtherLanguage(sentence: string): boolean {
  const P = OTHER_LANGUAGE_PATTERNS;
  if (P.englishWord.test(sentence)) return false;
  const hits = sentence.match(P.foreignWord);
  return hits !== null && hits.length >= 3;
}
