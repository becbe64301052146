import { execFile } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** The environment of a process that must not see the workspace: no npm/pnpm settings, no NODE_PATH. */
function cleanEnv(path: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^(npm_|pnpm_|NODE_PATH$|NODE_OPTIONS$|VITEST|TSX_)/iu.test(k)) env[k] = v;
  return { ...env, PATH: path, npm_config_update_notifier: 'false', npm_config_fund: 'false' };
}

// What the README's "install the CLI" says: `pnpm pack:cli <folder>` (build, then pack @seam/cli and
// the workspace packages it depends on), the tarballs installed into an empty prefix with one
// `npm install -g` (third-party packages come from the npm registry), then `seam` run from there on
// plain Node, outside the checkout: no tsx, no workspace node_modules on any path.
describe('seam installed from its tarballs', () => {
  const work = mkdtempSync(join(tmpdir(), 'seam-install-'));
  const prefix = join(work, 'prefix');
  const cwd = join(work, 'project');
  const lib = join(prefix, 'lib', 'node_modules');
  const path = [join(prefix, 'bin'), dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter);
  const seam = (...args: string[]) =>
    run(join(prefix, 'bin', 'seam'), args, {
      cwd,
      env: { ...cleanEnv(path), CI: 'true' },
      maxBuffer: 1 << 26,
    });

  beforeAll(async () => {
    const tarballs = join(work, 'tarballs');
    const { stdout } = await run('pnpm', ['pack:cli', tarballs], { cwd: root, maxBuffer: 1 << 26 });
    const packed = stdout.split('\n').filter((line) => line.endsWith('.tgz'));
    expect(packed).toContain(join(tarballs, 'seam-cli-0.0.0.tgz'));
    mkdirSync(cwd);
    await run('npm', ['install', '-g', '--prefix', prefix, '--no-audit', ...packed], {
      cwd,
      env: cleanEnv([dirname(process.execPath), process.env.PATH].join(delimiter)),
      maxBuffer: 1 << 26,
    });
  }, 900_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is copied into the prefix, not linked to the checkout, and brings neither tsx nor esbuild', () => {
    for (const name of readdirSync(join(lib, '@seam'))) {
      const dir = join(lib, '@seam', name);
      expect(lstatSync(dir).isSymbolicLink()).toBe(false);
      expect(realpathSync(dir).startsWith(root)).toBe(false);
      expect(existsSync(join(dir, 'src'))).toBe(false);
    }
    const names = readdirSync(lib, { recursive: true }).map(String);
    expect(names.filter((n) => /(^|\/)node_modules\/(tsx|esbuild)$/u.test(n))).toEqual([]);
  });

  it('answers --version and replicate --help', async () => {
    const manifest = JSON.parse(readFileSync(join(root, 'apps/cli/package.json'), 'utf8')) as {
      version: string;
    };
    expect((await seam('--version')).stdout.trim()).toBe(manifest.version);
    expect((await seam('replicate', '--help')).stdout).toMatch(/^Usage: seam replicate/u);
  });

  it('analyzes the bundled sample, generates from the plan it wrote and draws the report', async () => {
    await seam('analyze', '--sample', '-o', 'plan.yaml');
    expect(readFileSync(join(cwd, 'plan.yaml'), 'utf8')).toMatch(/^format: seam\.plan$/mu);
    await seam('generate', '--plan', 'plan.yaml', '--sample', '-o', 'out');
    const runbooks = readdirSync(join(cwd, 'out')).filter((d) =>
      existsSync(join(cwd, 'out', d, 'RUNBOOK.md')),
    );
    expect(runbooks.length).toBeGreaterThan(1);
    // The page script is the one the build bundled into dist/ (esbuild is not installed).
    await seam('report', '--plan', 'plan.yaml', '--sample', '-o', 'report.html');
    expect(readFileSync(join(cwd, 'report.html'), 'utf8')).toContain('id="seam-data"');
  }, 600_000);

  it("runs the replicator's decode threads from the compiled package", async () => {
    const check = join(root, 'test', 'install', 'decode-thread-check.mjs');
    const { stdout } = await run(process.execPath, [check, lib], { cwd, env: cleanEnv(path) });
    expect(JSON.parse(stdout)).toMatchObject({ ok: true });
  });
});
