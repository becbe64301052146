// Fixtures for tests of the analyzer and of what builds on it (`@seam/analyzer/test-support`).
export * from './schema-builder.js';
export * from './shop-fixture.js';
