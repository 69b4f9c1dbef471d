import { useState } from 'preact/hooks';
import type { UpdateScope } from '../../../calendar/types';
import type { ReviewView } from '../../../messaging/protocol';
import { errorText, type ReviewApi } from './reviewApi';
import { formatWhen } from './reviewFormat';
import { ScopeChoice } from './ScopeChoice';
import { SlotFinder, type FoundSlot } from './SlotFinder';
import { ErrorLine } from '../ErrorLine';

const LENGTHS = [15, 30, 45, 60] as const;

/** The review's length rounded to one on offer, for finding a new time of the same size. */
function lengthOf(review: ReviewView): 15 | 30 | 45 | 60 {
  const minutes = (Date.parse(review.end) - Date.parse(review.start)) / 60_000;
  return LENGTHS.find((m) => m >= minutes) ?? 60;
}

/** Reschedule (pick a new free time) or cancel one review, the series or its next occurrence. */
export function ReviewChange({
  review,
  mode,
  timeZone,
  api,
  onDone,
}: {
  review: ReviewView;
  mode: 'reschedule' | 'cancel';
  timeZone: string | undefined;
  api: ReviewApi;
  onDone(): void;
}) {
  const [scope, setScope] = useState<UpdateScope>('series');
  const [slot, setSlot] = useState<FoundSlot | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const next = review.nextStart ?? review.start;
  const occurrence = scope === 'occurrence' ? { occurrenceStart: next } : {};

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      if (mode === 'cancel') await api.cancel({ id: review.id, scope, ...occurrence });
      else if (slot) await api.reschedule({ id: review.id, ...slot, scope, ...occurrence });
      onDone();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const label = mode === 'cancel' ? 'Cancel review' : 'Move review';
  return (
    <form class="review-change" onSubmit={submit} aria-label={label}>
      {review.recurrence && (
        <ScopeChoice
          name={`scope-${review.id}`}
          value={scope}
          nextLabel={formatWhen(next, timeZone)}
          onChange={setScope}
        />
      )}
      {mode === 'reschedule' && (
        <SlotFinder
          api={api}
          provider={review.provider}
          lengthMinutes={lengthOf(review)}
          clientTimeZone={null}
          idPrefix={`move-${review.id}`}
          onChosen={setSlot}
        />
      )}
      {mode === 'cancel' && (
        <p>
          The attendees are told{review.provider === 'ics' ? ' when you send them the cancellation file' : ''}
          .
        </p>
      )}
      <ErrorLine error={error} />
      <p class="form-actions">
        <button type="submit" disabled={busy || (mode === 'reschedule' && !slot)}>
          {busy ? 'Working…' : label}
        </button>
        <button type="button" onClick={onDone}>
          Keep it
        </button>
      </p>
    </form>
  );
}
