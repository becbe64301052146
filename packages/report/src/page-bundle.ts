import { build } from 'esbuild';

/**
 * The report page's script (page/main.ts) as one minified browser script, sigma.js and graphology
 * inlined. The build writes it to dist/page.js (scripts/bundle-page.mjs), so an installed package
 * needs no esbuild; from the sources, html.ts bundles it once per process.
 */
export async function bundlePage(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'inline',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
