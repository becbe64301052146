import { configDefaults, defineConfig } from 'vitest/config';

// Two projects: `unit` runs the colocated tests next to the code (no services needed);
// `integration` runs test/ against the real services that `pnpm infra up` starts.
// Workspace packages resolve to their TypeScript sources (the "source" export condition), so tests
// need no build. Vite's default conditions follow it (setting the list replaces them).
const source = {
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...source,
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.{ts,tsx}',
            'apps/*/src/**/*.test.{ts,tsx}',
            'infra/src/**/*.test.ts',
            'bench/quality/**/*.test.ts',
          ],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        ...source,
        test: {
          name: 'integration',
          include: ['test/**/*.test.{ts,tsx}'],
          // Setting exclude replaces vitest's defaults (node_modules among them): keep them.
          exclude: [...configDefaults.exclude, 'test/move/rehearsal-*.test.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 240_000,
          hookTimeout: 240_000,
          // The services are shared by every file: keep the machine (2 cores) from thrashing.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        ...source,
        test: {
          // The move rehearsal under live writes (issue 16 item 7): `pnpm test:rehearsal`. Not yet
          // in `pnpm test`: `seam move verify` in phase switched while the application writes the
          // service without pause does not settle yet (docs/move-handover.md, limits).
          name: 'rehearsal',
          include: ['test/move/rehearsal-*.test.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 1_200_000,
          hookTimeout: 240_000,
          maxWorkers: 2,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
