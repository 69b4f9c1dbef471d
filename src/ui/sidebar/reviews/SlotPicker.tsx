import type { ProposedSlot } from '../../../calendar/service';

/** The free times as a radio group, each in the user's zone and (when known and different) the client's. */
export function SlotPicker({
  slots,
  busyKnown,
  chosen,
  onChoose,
  name,
}: {
  slots: ProposedSlot[];
  busyKnown: boolean;
  chosen: string | null;
  onChoose(start: string): void;
  name: string;
}) {
  if (slots.length === 0) {
    return (
      <p class="status" role="status">
        No free time in your working hours in that window. Try a longer window or a shorter review.
      </p>
    );
  }
  return (
    <fieldset class="slots">
      <legend>{busyKnown ? 'Free times in your calendar' : 'Times in your working hours'}</legend>
      {!busyKnown && <p class="hint">No calendar is connected, so Accord cannot see when you are busy.</p>}
      {slots.map((slot) => (
        <label class="slot" key={slot.start}>
          <input
            type="radio"
            name={name}
            value={slot.start}
            checked={chosen === slot.start}
            onChange={() => onChoose(slot.start)}
          />
          <span>
            {slot.label.user}
            {slot.label.client && <span class="slot-client">{slot.label.client}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
