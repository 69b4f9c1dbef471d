import type { UpdateScope } from '../../../calendar/types';

/** For a repeating review: change the whole series, or only the next occurrence. */
export function ScopeChoice({
  name,
  value,
  nextLabel,
  onChange,
}: {
  name: string;
  value: UpdateScope;
  nextLabel: string;
  onChange(scope: UpdateScope): void;
}) {
  return (
    <fieldset class="scope">
      <legend>Which reviews</legend>
      <label>
        <input type="radio" name={name} checked={value === 'series'} onChange={() => onChange('series')} />
        The whole series
      </label>
      <label>
        <input
          type="radio"
          name={name}
          checked={value === 'occurrence'}
          onChange={() => onChange('occurrence')}
        />
        Only the next one ({nextLabel})
      </label>
    </fieldset>
  );
}
