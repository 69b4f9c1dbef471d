export * from './db';
export * from './schema';
export * from './clients';
export * from './items';
export * from './settings';
