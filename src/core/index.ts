export * from './mail';
export * from './expectation';
export * from './ledger';
export * from './format';
export * from './confidence';
