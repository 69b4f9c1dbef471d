import { useState } from 'preact/hooks';
import type { SidebarActions } from './actions';
import { ItemForm } from './ItemForm';

/** Add something to the ledger by hand (agreed on a call, say). */
export function AddItem({ actions }: { actions: SidebarActions }) {
  const [open, setOpen] = useState(false);
  const [sentence, setSentence] = useState('');
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
      {/* Styled as the form's own fields (sidebar.css: .item-form label / textarea). */}
      <div class="item-form">
        <label>
          From the email (optional)
          <textarea
            rows={2}
            maxLength={2000}
            value={sentence}
            onInput={(e) => setSentence((e.target as HTMLTextAreaElement).value)}
            aria-describedby="add-item-sentence-hint"
          />
        </label>
        <p class="hint" id="add-item-sentence-hint">
          Paste the sentence it comes from, and Accord learns to suggest ones like it. It stays in this
          browser.
        </p>
      </div>
      <ItemForm
        initial={{ text: '', kind: 'deliverable', owner: 'us', due: null, amount: null }}
        submitLabel="Add to ledger"
        onCancel={() => setOpen(false)}
        onSubmit={async (fields) => {
          await actions.addItem(fields, sentence.trim() || undefined);
          setSentence('');
          setOpen(false);
        }}
      />
    </section>
  );
}
