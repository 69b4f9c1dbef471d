import { ItemForm } from '../sidebar/ItemForm';
import { sendToWorker } from './api';

/** Add an item by hand (agreed on a call), straight onto this client's ledger. */
export function AddItemPanel({ clientId, onClose }: { clientId: string; onClose(): void }) {
  return (
    <section class="panel add-item" aria-labelledby="add-heading">
      <h2 id="add-heading">Add an item</h2>
      <ItemForm
        initial={{ text: '', kind: 'deliverable', owner: 'us', due: null, amount: null }}
        submitLabel="Add to ledger"
        onCancel={onClose}
        onSubmit={async (fields) => {
          await sendToWorker('item.add', { client: { clientId }, fields });
          onClose();
        }}
      />
    </section>
  );
}
