// Fixture sessions for tests and benchmarks (`@seam/plan/test-support`).
export * from './sessions.js';
