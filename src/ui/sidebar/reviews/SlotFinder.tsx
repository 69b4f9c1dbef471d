import { useState } from 'preact/hooks';
import type { ProposedSlot } from '../../../calendar/service';
import type { ProviderId } from '../../../calendar/types';
import { errorText, type ReviewApi } from './reviewApi';
import { SlotPicker } from './SlotPicker';
import { DEFAULT_WINDOW_DAYS, WINDOW_CHOICES, windowFrom } from './windowChoices';

export interface FoundSlot {
  start: string;
  end: string;
}

/** "Find times" over a window, then one slot picked. Shared by scheduling and rescheduling. */
export function SlotFinder({
  api,
  provider,
  lengthMinutes,
  clientTimeZone,
  idPrefix,
  onChosen,
}: {
  api: ReviewApi;
  provider: ProviderId;
  lengthMinutes: 15 | 30 | 45 | 60;
  clientTimeZone: string | null;
  idPrefix: string;
  onChosen(slot: FoundSlot | null): void;
}) {
  const [days, setDays] = useState<number>(DEFAULT_WINDOW_DAYS);
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'loading' }
    | { kind: 'error'; message: string }
    | { kind: 'found'; slots: ProposedSlot[]; busyKnown: boolean }
  >({ kind: 'idle' });
  const [chosen, setChosen] = useState<string | null>(null);

  const find = async () => {
    setState({ kind: 'loading' });
    setChosen(null);
    onChosen(null);
    try {
      const found = await api.propose({
        provider,
        lengthMinutes,
        window: windowFrom(new Date(), days),
        clientTimeZone,
      });
      setState({ kind: 'found', slots: found.slots, busyKnown: found.busyKnown });
    } catch (e) {
      setState({ kind: 'error', message: errorText(e) });
    }
  };

  const choose = (start: string) => {
    if (state.kind !== 'found') return;
    const slot = state.slots.find((s) => s.start === start);
    setChosen(start);
    onChosen(slot ? { start: slot.start, end: slot.end } : null);
  };

  return (
    <div class="slot-finder">
      <label>
        Look in
        <select value={String(days)} onChange={(e) => setDays(Number((e.target as HTMLSelectElement).value))}>
          {WINDOW_CHOICES.map((w) => (
            <option key={w.days} value={String(w.days)}>
              {w.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void find()} disabled={state.kind === 'loading'}>
        Find times
      </button>
      {state.kind === 'loading' && (
        <p class="status" role="status">
          Looking for free times…
        </p>
      )}
      {state.kind === 'error' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'found' && (
        <SlotPicker
          slots={state.slots}
          busyKnown={state.busyKnown}
          chosen={chosen}
          onChoose={choose}
          name={`${idPrefix}-slot`}
        />
      )}
    </div>
  );
}
