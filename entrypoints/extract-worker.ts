/**
 * The dedicated worker the offscreen document runs extraction in (Chrome only). It lives as
 * long as the document, so the ~210 regular expressions a first extraction compiles (about 60
 * ms of a cold one, docs/cold-fill.md) are compiled once, not on every wake of the service
 * worker. Only the offscreen document (same origin) can post to it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractThread } from '../src/extract';
import type { ExtractRequest } from '../src/offscreen/protocol';

interface Job {
  id: number;
  request: ExtractRequest;
}

export default defineUnlistedScript({
  include: ['chrome'],
  main() {
    self.onmessage = (event: MessageEvent<Job>) => {
      const { id, request } = event.data;
      try {
        const result = extractThread(
          request.input,
          request.adjustment ? { adjustment: request.adjustment } : {},
        );
        self.postMessage({ id, ok: true, result });
      } catch (error) {
        self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    };
  },
});
