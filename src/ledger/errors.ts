/**
 * The ledger's failures, each with a message a user can act on. The router passes an
 * error's message straight to the sidebar, so these are written for people, not logs.
 */

/** The browser refused to store more: quota reached or the disk is full. Nothing was saved. */
export class LedgerFullError extends Error {
  override readonly name = 'LedgerFullError';
  constructor(options?: { cause?: unknown }) {
    super(
      'There is no room left on this computer to save to the Accord ledger, so this change was not saved ' +
        '(nothing was half-saved). Free some disk space and try again.',
      options,
    );
  }
}

/** Another tab or window keeps an older copy of the ledger open, so it cannot be upgraded. */
export class LedgerBlockedError extends Error {
  override readonly name = 'LedgerBlockedError';
  constructor() {
    super(
      'Accord was updated, but an older copy is still open in another tab or window. ' +
        'Reload your other Gmail tabs (or close them) and try again.',
    );
  }
}

/** Any other storage failure: the change was not saved. */
export class LedgerStorageError extends Error {
  override readonly name = 'LedgerStorageError';
  constructor(options?: { cause?: unknown }) {
    super(
      'Accord could not save to its ledger in this browser, so this change was not saved. Try again.',
      options,
    );
  }
}

/** A change the ledger's rules do not allow (an invalid status change, a missing item …). */
export class LedgerRuleError extends Error {
  override readonly name = 'LedgerRuleError';
}

// Chrome reports a full disk as QuotaExceededError, but LevelDB write failures can also
// surface as an UnknownError whose message names the I/O problem; Firefox does the same
// with NS_ERROR_FILE_NO_DEVICE_SPACE.
const DISK_FULL = /quota|disk|space|full|i\/o|\bio error|no_device/i;

/**
 * Maps what IndexedDB threw to one of the errors above. Our own errors (rules, blocked)
 * and programming errors pass through unchanged so tests and logs still see them.
 */
export function translateStorageError(error: unknown): unknown {
  if (!(error instanceof Error) && !isDomExceptionLike(error)) return error;
  const { name, message } = error as { name: string; message: string };
  if (name === 'QuotaExceededError') return new LedgerFullError({ cause: error });
  if (name === 'UnknownError') {
    return DISK_FULL.test(message)
      ? new LedgerFullError({ cause: error })
      : new LedgerStorageError({ cause: error });
  }
  if (name === 'AbortError' || name === 'InvalidStateError' || name === 'TransactionInactiveError') {
    return new LedgerStorageError({ cause: error });
  }
  return error;
}

function isDomExceptionLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'name' in value && 'message' in value;
}
