import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The distribution's Chromium (scripts/bootstrap.mjs installs it); SEAM_CHROMIUM overrides. */
export function chromiumPath(): string {
  if (process.env.SEAM_CHROMIUM) return process.env.SEAM_CHROMIUM;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome'])
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {}
  throw new Error(
    'No Chromium on PATH: run `node scripts/bootstrap.mjs` (it installs the distribution’s package).',
  );
}

export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Root in CI needs --no-sandbox; WebGL (sigma) runs on SwiftShader, the software GPU.
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--mute-audio'],
  });
}

export interface OpenedReport {
  page: Page;
  /** Every request the page made beyond its own file: must stay empty. */
  outside: string[];
  /** Uncaught errors and console errors of the page. */
  errors: string[];
}

/**
 * Writes the HTML to a temporary file and opens it with every request but the file itself aborted
 * and recorded, then waits until the page says it is ready.
 */
export async function openReport(
  browser: Browser,
  html: string,
  name = 'report.html',
): Promise<OpenedReport> {
  const dir = mkdtempSync(join(tmpdir(), 'seam-report-'));
  const file = join(dir, name);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (r.url() === url) return void r.continue();
    outside.push(r.url());
    return void r.abort();
  });
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 30_000 });
  return { page, outside, errors };
}
