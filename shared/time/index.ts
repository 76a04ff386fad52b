export * from './dates';
export * from './zoned';
