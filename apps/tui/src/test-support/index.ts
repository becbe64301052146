// Sessions and a pretend terminal for tests and benchmarks (`@seam/tui/test-support`).
export * from './sessions.js';
export * from './terminal.js';
