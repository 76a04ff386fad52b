export * from './compound-surnames';
export * from './match';
export * from './name-text';
export * from './pinyin';
export * from './readings';
export * from './search-keys';
