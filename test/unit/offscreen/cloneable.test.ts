/**
 * The offscreen document's reply crosses two copies (src/worker/warmExtractor.ts): a structured
 * clone from its dedicated worker, then Chrome's runtime messaging, which sends JSON. Extraction's
 * result must arrive unchanged through both: nothing JSON drops or flattens (a Map, a Date, an
 * undefined property, NaN) and no class the clone would make plain.
 */
import { extractThread } from '../../../src/extract';
import { isHoldout, loadGold } from '../../../scripts/lib/gold-score';

const threads = loadGold()
  .filter((t) => !isHoldout(t))
  .slice(0, 60);

describe("extraction's result crosses a structured clone and JSON unchanged", () => {
  it.each(threads.map((t) => [`${t.file} ${t.thread.subject ?? ''}`.slice(0, 90), t] as const))(
    '%s',
    (_name, t) => {
      const result = extractThread(t.thread);
      expect(structuredClone(result)).toStrictEqual(result);
      expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
    },
  );
});
