import type { SaveStatus } from './useSettings';

export function StatusLine({ status }: { status: SaveStatus }) {
  if (!status) return null;
  return (
    <p role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind}>
      {status.text}
    </p>
  );
}
