#!/usr/bin/env node
// The CLI from the checkout's TypeScript sources, with no build step: the workspace packages'
// "source" export condition (their src/*.ts), loaded through tsx. An installed `seam` runs the
// compiled dist/main.js instead (package.json "bin").
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

register(new URL('./source-condition.mjs', import.meta.url));
registerTsx();
await import('../src/main.ts');
