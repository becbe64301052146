import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SeamError } from '@seam/core';
import { scriptJson } from './escape.js';
import type { ReportModel } from './report-model.js';

let bundled: Promise<string> | undefined;

/**
 * The page's script with sigma.js and graphology inlined: the one the build wrote beside this module
 * (dist/page.js), else bundled once per process from page/main.ts.
 */
export function pageScript(): Promise<string> {
  bundled ??= readFile(new URL('./page.js', import.meta.url), 'utf8')
    .catch(async () => {
      const { bundlePage } = await import('./page-bundle.js');
      return bundlePage(fileURLToPath(new URL('./page/main.ts', import.meta.url)));
    })
    .then((code) => {
      if (/<\/script/iu.test(code))
        throw new SeamError(
          'SEAM_INTERNAL',
          'The report page script contains </script and cannot be inlined.',
        );
      return code;
    });
  return bundled;
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;color:#222;background:#fff}
header{padding:10px 16px;border-bottom:1px solid #ddd}
h1{font-size:18px;margin:0 0 4px}
#totals{margin:0;color:#555}
#left-out{margin:8px 16px;padding:6px 10px;background:#fff4e0;border:1px solid #f0c060;border-radius:4px}
#left-out p{margin:2px 0}
main{display:flex;height:70vh;min-height:420px}
#graph-pane{flex:1;position:relative;border-right:1px solid #ddd}
#graph{position:absolute;inset:0}
#legend{position:absolute;left:8px;bottom:8px;right:8px;font-size:12px;background:#ffffffd0;padding:4px}
#legend .item{margin-right:12px;white-space:nowrap}
.swatch{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px;vertical-align:middle}
.cut{display:inline-block;width:18px;height:3px;background:#d62728;margin-right:4px;vertical-align:middle}
aside{width:380px;overflow:auto;padding:10px 12px}
#search{width:100%;padding:6px;font-size:14px}
#matches{padding-left:16px;margin:6px 0}
#details h3{word-break:break-all;margin:8px 0}
#details ul{padding-left:18px}
.sql{font-family:ui-monospace,monospace;font-size:12px;word-break:break-all}
button.link{background:none;border:none;padding:0;color:#0057b8;cursor:pointer;font:inherit;text-align:left;word-break:break-all}
#figures{padding:8px 16px;display:grid;grid-template-columns:repeat(auto-fit,minmax(560px,1fr));gap:16px}
#figures>div{overflow:auto}
table{border-collapse:collapse;font-size:13px}
th,td{padding:2px 8px;text-align:left;border-bottom:1px solid #eee;white-space:nowrap}
td.n{text-align:right;font-variant-numeric:tabular-nums}
h2{font-size:15px;margin:10px 0 6px}
`;

/**
 * The report as one self-contained HTML file: style, data and script inline, nothing fetched. The data
 * sits in a JSON script element (scriptJson escapes what could end it); a Content-Security-Policy
 * lets only the page's own script run (by hash) and the page reach nothing.
 */
export async function renderHtml(model: ReportModel): Promise<string> {
  const script = await pageScript();
  const hash = createHash('sha256').update(script).digest('base64');
  const csp = `default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src data:`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="seam report">
<title>Seam report</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1 id="title"></h1><p id="totals"></p></header>
<section id="left-out" hidden></section>
<main>
<section id="graph-pane" aria-label="tables coloured by service"><div id="graph"></div><div id="legend"></div></section>
<aside>
<input id="search" type="search" placeholder="Search tables by name (Enter selects)" aria-label="Search tables by name">
<ul id="matches"></ul>
<section id="details"><p>Click a table, or a red edge (a tie cut by a boundary), to see why.</p></section>
</aside>
</main>
<section id="figures">
<div><h2>Services</h2><table id="services"></table></div>
<div><h2>Costliest boundaries</h2><ul id="boundaries"></ul></div>
<div><h2>Reference data (replicated)</h2><ul id="reference"></ul></div>
<div><h2>Technical tables (set aside)</h2><ul id="technical"></ul></div>
</section>
<script type="application/json" id="seam-data">${scriptJson(model)}</script>
<script>${script}</script>
</body>
</html>
`;
}
