/**
 * The offscreen document's reply crosses a structured clone (src/worker/warmExtractor.ts):
 * extraction's result must arrive unchanged, with nothing (a class, a function, a Map) that
 * the clone would drop or flatten.
 */
import { extractThread } from '../../../src/extract';
import { isHoldout, loadGold } from '../../../scripts/lib/gold-score';

const threads = loadGold()
  .filter((t) => !isHoldout(t))
  .slice(0, 60);

describe("extraction's result crosses a structured clone unchanged", () => {
  it.each(threads.map((t) => [`${t.file} ${t.thread.subject ?? ''}`.slice(0, 90), t] as const))(
    '%s',
    (_name, t) => {
      const result = extractThread(t.thread);
      expect(structuredClone(result)).toStrictEqual(result);
    },
  );
});
