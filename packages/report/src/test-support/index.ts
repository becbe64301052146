export * from './browser.js';
export * from './hostile-schema.js';
