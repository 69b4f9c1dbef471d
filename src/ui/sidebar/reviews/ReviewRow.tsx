import { useState } from 'preact/hooks';
import type { ReviewView } from '../../../messaging/protocol';
import type { ReviewApi } from './reviewApi';
import { ReviewChange } from './ReviewChange';
import { cadenceText, formatWhen, stateText } from './reviewFormat';
import { ReviewLinks } from './ReviewLinks';

/** One review: when, how often, its state in words, its links, and (if still ahead) change it. */
export function ReviewRow({
  review,
  timeZone,
  api,
  changeable,
}: {
  review: ReviewView;
  timeZone: string | undefined;
  api: ReviewApi;
  changeable: boolean;
}) {
  const [mode, setMode] = useState<'show' | 'reschedule' | 'cancel'>('show');
  const state = stateText(review);
  const when = review.nextStart ?? review.start;
  return (
    <li class="review" data-review-id={review.id} data-status={state.kind}>
      <p class="review-when">
        <strong>{formatWhen(when, timeZone)}</strong>{' '}
        <span class="review-cadence">({cadenceText(review)})</span>
      </p>
      <p class="review-title">{review.title}</p>
      <p class={`review-state state-${state.kind}`} role={state.kind === 'failed' ? 'alert' : undefined}>
        {state.text}
      </p>
      <ReviewLinks review={review} />
      {changeable && mode === 'show' && (
        <p class="review-actions">
          <button type="button" class="link" onClick={() => setMode('reschedule')}>
            Reschedule<span class="visually-hidden"> {review.title}</span>
          </button>
          <button type="button" class="link" onClick={() => setMode('cancel')}>
            Cancel<span class="visually-hidden"> {review.title}</span>
          </button>
        </p>
      )}
      {mode !== 'show' && (
        <ReviewChange
          review={review}
          mode={mode}
          timeZone={timeZone}
          api={api}
          onDone={() => setMode('show')}
        />
      )}
    </li>
  );
}
