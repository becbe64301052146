// Sessions and a pretend terminal for tests and benchmarks (`@seam/tui/test-support`); the sessions
// come from `@seam/plan/test-support`.
export * from '@seam/plan/test-support';
export * from './terminal.js';
