import { useState } from 'preact/hooks';
import type { SidebarActions } from './actions';
import { ItemForm } from './ItemForm';

/** Add something to the ledger by hand (agreed on a call, say). */
export function AddItem({ actions }: { actions: SidebarActions }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <p class="add-item">
        <button type="button" onClick={() => setOpen(true)}>
          Add an item
        </button>
      </p>
    );
  }
  return (
    <section class="add-item" aria-label="Add an item">
      <h3>Add an item</h3>
      <ItemForm
        initial={{ text: '', kind: 'deliverable', owner: 'us', due: null, amount: null }}
        submitLabel="Add to ledger"
        onCancel={() => setOpen(false)}
        onSubmit={async (fields) => {
          await actions.addItem(fields);
          setOpen(false);
        }}
      />
    </section>
  );
}
