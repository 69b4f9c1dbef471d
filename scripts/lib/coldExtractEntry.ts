/**
 * What scripts/measure-cold-extract.ts bundles: the extraction the worker runs for
 * `thread.open`, and the empty learning a new user's ledger gives it.
 */
export { extractThread } from '../../src/extract';
export { emptyLearning } from '../../src/extract/model/learning';
