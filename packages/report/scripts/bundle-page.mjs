// Build step (scripts/build.mjs runs it after tsc): the report page's browser script, bundled once
// into dist/page.js, which html.ts reads — an installed @seam/report needs no esbuild.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bundlePage } from '../dist/page-bundle.js';

const code = await bundlePage(fileURLToPath(new URL('../src/page/main.ts', import.meta.url)));
await writeFile(new URL('../dist/page.js', import.meta.url), code);
