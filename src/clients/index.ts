export * from './clientKey';
export * from './resolveThreadClient';
