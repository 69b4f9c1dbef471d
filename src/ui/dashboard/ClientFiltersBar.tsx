import { useEffect, useState } from 'preact/hooks';
import { EXPECTATION_KINDS } from '../../core';
import {
  DEFAULT_CLIENT_FILTERS,
  type ClientFilters,
  type ClientSort,
  type DueWindow,
  type StatusFilter,
} from '../../ledger/clientFilters';
import { KIND_LABEL, SIDE_HEADING, STATUS_LABEL } from '../format';

const DUE: { value: DueWindow; label: string }[] = [
  { value: 'any', label: 'Any date' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'today', label: 'Due today' },
  { value: 'week', label: 'Next 7 days' },
  { value: 'month', label: 'Next 30 days' },
  { value: 'undated', label: 'No date' },
];
const STATUS: { value: StatusFilter; label: string }[] = [
  { value: 'open', label: 'Still owed' },
  { value: 'any', label: 'Any status' },
  ...(['proposed', 'confirmed', 'renegotiated', 'done', 'missed', 'cancelled'] as const).map((s) => ({
    value: s,
    label: STATUS_LABEL[s],
  })),
];
const SORT: { value: ClientSort; label: string }[] = [
  { value: 'risk', label: 'Risk (overdue first)' },
  { value: 'nextDue', label: 'Next due' },
  { value: 'name', label: 'Name' },
];

/** Search and filters; the search waits for a pause in typing before it asks the worker. */
export function ClientFiltersBar({
  filters,
  onChange,
}: {
  filters: ClientFilters;
  onChange(next: ClientFilters): void;
}) {
  const [search, setSearch] = useState(filters.search);
  useEffect(() => {
    if (search === filters.search) return;
    const timer = setTimeout(() => onChange({ ...filters, search }), 200);
    return () => clearTimeout(timer);
  }, [search]);

  const select = <K extends keyof ClientFilters>(
    key: K,
    label: string,
    options: { value: string; label: string }[],
  ) => (
    <label>
      {label}
      <select
        value={filters[key]}
        onChange={(e) => onChange({ ...filters, [key]: (e.target as HTMLSelectElement).value })}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form class="filters" role="search" aria-label="Find clients" onSubmit={(e) => e.preventDefault()}>
      <label class="search">
        Search <kbd aria-hidden="true">/</kbd>
        <input
          id="client-search"
          type="search"
          value={search}
          placeholder="Name, domain or address"
          aria-keyshortcuts="/"
          onInput={(e) => setSearch((e.target as HTMLInputElement).value)}
        />
      </label>
      {select('owner', 'Who owes', [
        { value: 'any', label: 'Either side' },
        { value: 'us', label: SIDE_HEADING.us },
        { value: 'client', label: SIDE_HEADING.client },
      ])}
      {select('kind', 'Kind', [
        { value: 'any', label: 'Any kind' },
        ...EXPECTATION_KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] })),
      ])}
      {select('status', 'Status', STATUS)}
      {select('due', 'Due', DUE)}
      {select('sort', 'Sort by', SORT)}
      <button
        type="button"
        onClick={() => {
          setSearch('');
          onChange(DEFAULT_CLIENT_FILTERS);
        }}
      >
        Reset filters
      </button>
    </form>
  );
}
