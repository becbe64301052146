import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quotePgIdent } from '@seam/core/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgDatabase, type TestPg } from '../helpers/index.js';
import { runSeam } from './run-seam.js';

// Issue 14.7: table and column names are hostile. A name holding ESC[2J cleared the screen and
// ESC[31m turned it red when `seam verify` printed it. Every command's text output escapes them.
const CLEAR_RED = 'screen\u001b[2J\u001b[31mred\u0007';
const C1_BIDI = 'c1\u009b31m\u202eevil\u2066';
const NEWLINE = 'two\nlines\r';
const COLUMN = 'col\u001b]0;title\u0007';

/** Any character a terminal acts on, except the newline that ends a line of output. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

describe('hostile names never reach the terminal raw', () => {
  let src: TestPg;
  let tgt: TestPg;
  let dir: string;

  beforeAll(async () => {
    [src, tgt] = await Promise.all([createPgDatabase('esc'), createPgDatabase('esctgt')]);
    dir = mkdtempSync(join(tmpdir(), 'seam-esc-'));
    for (const db of [src, tgt]) {
      for (const t of [CLEAR_RED, C1_BIDI, NEWLINE]) {
        await db.query(`create table ${quotePgIdent(t)} (id int primary key, ${quotePgIdent(COLUMN)} text)`);
        await db.query(`insert into ${quotePgIdent(t)} select g, 'v' || g from generate_series(1, 5) g`);
      }
      await db.query(
        `alter table ${quotePgIdent(C1_BIDI)} add column parent int references ${quotePgIdent(CLEAR_RED)} (id)`,
      );
    }
    // A difference, so that verify prints keys and column names too.
    for (const t of [CLEAR_RED, C1_BIDI, NEWLINE])
      await tgt.query(`update ${quotePgIdent(t)} set ${quotePgIdent(COLUMN)} = 'changed' where id = 3`);
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await Promise.all([src?.drop(), tgt?.drop()]);
  });

  const clean = (r: { stdout: string; stderr: string }) => {
    for (const [stream, text] of [
      ['stdout', r.stdout],
      ['stderr', r.stderr],
    ] as const) {
      const raw = RAW_CONTROL.exec(text);
      expect(
        raw,
        `${stream} holds U+${raw?.[0].charCodeAt(0).toString(16)}: ${JSON.stringify(text)}`,
      ).toBeNull();
    }
  };

  it('verify: report and progress', async () => {
    const r = await runSeam([
      'verify',
      '--source',
      src.url,
      '--target',
      tgt.url,
      ...[CLEAR_RED, C1_BIDI, NEWLINE].flatMap((t) => ['--table', `public."${t}"`]),
    ]);
    expect(r.code, r.stderr).toBe(2);
    clean(r);
    expect(r.stdout).toContain('public.screen\\x1b[2J\\x1b[31mred\\x07');
    expect(r.stdout).toContain('public.c1\\x9b31m\\u202eevil\\u2066');
    expect(r.stdout).toContain('public."two\\x0alines\\x0d"');
    expect(r.stdout).toContain('col\\x1b]0;title\\x07: "v3" → "changed"');
    // progress on stderr names the tables too
    expect(r.stderr).toContain('verify public.screen\\x1b[2J');
  });

  it('verify --json: C1 and bidi controls are \\u escapes, and the JSON still reads back the names', async () => {
    const r = await runSeam([
      'verify',
      '--json',
      '--source',
      src.url,
      '--target',
      tgt.url,
      '--table',
      `public."${C1_BIDI}"`,
    ]);
    expect(r.code, r.stderr).toBe(2);
    clean(r);
    expect(JSON.parse(r.stdout).tables[0].table).toBe(`public.${C1_BIDI}`);
  });

  it('introspect, analyze and generate', async () => {
    const snapshot = join(dir, 'snapshot.json');
    const plan = join(dir, 'plan.yaml');
    const intro = await runSeam(['introspect', '--source', src.url, '-o', snapshot]);
    expect(intro.code, intro.stderr).toBe(0);
    clean(intro);
    const analyzed = await runSeam(['analyze', '--snapshot', snapshot, '-o', plan]);
    expect(analyzed.code, analyzed.stderr).toBe(0);
    clean(analyzed);
    expect(analyzed.stdout).toContain(
      'public.c1\\x9b31m\\u202eevil\\u2066(parent) references public.screen\\x1b[2J',
    );
    const generated = await runSeam([
      'generate',
      '--plan',
      plan,
      '--snapshot',
      snapshot,
      '-o',
      join(dir, 'out'),
    ]);
    expect(generated.code, generated.stderr).toBe(0);
    clean(generated);
  });
});
