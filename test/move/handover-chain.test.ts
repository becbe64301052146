import type { ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { type GenerateResult, generate, sampleRowsSql, writeGenerated } from '@seam/codegen';
import { planToYaml } from '@seam/core';
import { bootstrapServers } from '@seam/infra';
import type { ActionReport, MoveState, MoveStatusReport } from '@seam/move';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeam, spawnSeam, stopSeam } from '../cli/run-seam.js';
import { samplePlan, tempDir } from '../codegen/sample.js';
import {
  connect,
  createMysqlDatabase,
  createPgDatabase,
  deletePrefixedTopics,
  type TestMysql,
  type TestPg,
  uniqueName,
} from '../helpers/index.js';

/**
 * `seam move switch` and `seam move reverse` on the real chain: the bundled sample in PostgreSQL,
 * one service moving into MariaDB. create → the agent → verify → switch: the monolith refuses the
 * application's writes to the moved tables, the service takes them and the monolith's copies
 * receive them (reverse replication) → reverse: the monolith takes writes again and they reach the
 * service; the service's writes that came back through the forward topics are skipped (no loop)
 * and its keys do not collide with the monolith's next ones → verify equal at each step.
 */

const SERVICE = 'purchase-orders';
const root = fileURLToPath(new URL('../..', import.meta.url));

const TARGETS = [
  { engine: 'MariaDB', dialect: 'mysql' as const },
  { engine: 'PostgreSQL', dialect: 'postgres' as const },
];

describe.each(TARGETS)('seam move switch and reverse on the sample: PostgreSQL → $engine', ({ dialect }) => {
  let source: TestPg;
  let target: TestMysql | TestPg;
  /** A query on the service's database, `?` placeholders on either engine. */
  const onService = <R>(sql: string, params: unknown[] = []): Promise<R[]> => {
    let i = 0;
    return dialect === 'postgres'
      ? ((target as TestPg).query(
          sql.replace(/\?/g, () => `$${++i}`),
          params,
        ) as Promise<R[]>)
      : (target as TestMysql).query<R>(sql, params);
  };
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let result: GenerateResult;
  let env: Record<string, string>;
  let out: string;
  let planPath: string;
  let agent: ChildProcess | undefined;
  let country = '';
  const prefix = uniqueName(`mh${dialect[0]}`);

  const args = () => ['--service', SERVICE, '--dir', out, '--plan', planPath];
  const seam = (a: string[]) => runSeam(a, env);
  const ok = async (a: string[]) => {
    const r = await seam(a);
    expect(r.code, `seam ${a.join(' ')}\n${r.stderr}\n${r.stdout}`).toBe(0);
    return r;
  };
  const action = async (name: string, extra: string[] = []): Promise<ActionReport> =>
    JSON.parse((await ok(['move', name, ...args(), ...extra, '--json'])).stdout) as ActionReport;
  const state = async (): Promise<MoveState> => {
    const rows = await onService<{ state: string | object }>(
      'select state from seam_move_state where service = ?',
      [SERVICE],
    );
    const raw = rows[0]!.state;
    return (typeof raw === 'string' ? JSON.parse(raw) : raw) as MoveState;
  };
  const status = async (): Promise<MoveStatusReport> =>
    JSON.parse((await ok(['move', 'status', ...args(), '--json'])).stdout) as MoveStatusReport;
  /** Polls until `read` returns what `done` accepts; fails with the last value after the timeout. */
  async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string, ms = 60_000) {
    const deadline = Date.now() + ms;
    let last: T;
    for (;;) {
      last = await read();
      if (done(last)) return last;
      if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(last)} after ${ms} ms`);
      await sleep(250);
    }
  }
  const monolithSupplier = (id: number) =>
    source.query<{ name: string }>('select name from suppliers where id = $1', [id]).then((r) => r[0]?.name);
  const serviceSupplier = (id: number) =>
    onService<{ name: string }>('select name from suppliers where id = ?', [id]).then((r) => r[0]?.name);

  beforeAll(async () => {
    const sample = await samplePlan();
    source = await createPgDatabase('mh_src');
    target = dialect === 'postgres' ? await createPgDatabase('mh_dst') : await createMysqlDatabase('mh_dst');
    await source.query(await readFile(join(root, 'samples/monolith/schema.postgres.sql'), 'utf8'));
    await source.query(sampleRowsSql(sample.snapshot, 'postgres', 8));
    country = (await source.query<{ c: string }>('select min(code) as c from countries'))[0]!.c;
    dir = await tempDir('move-handover-chain');
    planPath = join(dir.path, 'plan.yaml');
    out = join(dir.path, 'out');
    await writeFile(planPath, planToYaml(sample.plan));
    result = generate({
      plan: sample.plan,
      snapshot: sample.snapshot,
      workload: sample.workload,
      source: source.spec,
      targets: { [SERVICE]: target.spec },
      services: [SERVICE],
      targetDialect: dialect,
      namePrefix: prefix,
      brokers: [bootstrapServers()],
      heartbeatMs: 500,
      commands: { dir: out, plan: planPath },
    });
    await writeGenerated(out, result.files);
    env = {
      SEAM_SOURCE_URL: source.url,
      SEAM_TARGET_PURCHASE_ORDERS_URL: target.url,
      SEAM_KAFKA_BROKERS: bootstrapServers(),
    };
  });

  afterAll(async () => {
    if (agent) await stopSeam(agent);
    for (const c of result?.manifest.connectors ?? []) await connect.delete(c.name).catch(() => {});
    await deletePrefixedTopics(prefix);
    await source?.drop();
    await target?.drop();
    await dir?.remove();
  });

  it('switches the writer to the service and back, losing nothing and never looping', async () => {
    await action('create');
    agent = spawnSeam(['move', 'replicate', ...args(), '--metrics-port', '0'], env);
    await eventually(status, (s) => s.phase === 'running', 'status', 150_000);

    // A switch needs a fresh, equal verify; a reverse needs a switch.
    const early = await seam(['move', 'switch', ...args(), '--json']);
    expect(early.code).toBe(1);
    expect(JSON.parse(early.stdout).error.code).toBe('SEAM_MOVE_VERIFY_STALE');
    const never = await seam(['move', 'reverse', ...args(), '--json']);
    expect(never.code).toBe(1);
    expect(JSON.parse(never.stdout).error).toMatchObject({ code: 'SEAM_MOVE_PHASE' });
    expect(JSON.parse(never.stdout).error.hint).toContain('nothing to reverse');

    await ok(['move', 'verify', ...args()]);
    const switched = await action('switch');
    expect(switched.phase).toBe('switched');
    expect(switched.steps.at(-1)!.detail).toMatch(/service may take writes; writes were blocked for \d+ ms/);
    const afterSwitch = await state();
    expect(afterSwitch.direction).toBe('reverse');
    expect(afterSwitch.data.switch!.windowMs).toEqual(expect.any(Number));
    expect(afterSwitch.verify!.equal).toBe(true);

    // The monolith refuses the application's writes to the moved tables; the service takes them,
    // and the monolith's copies (its remaining readers) receive them.
    await expect(source.query(`update suppliers set name = 'late' where id = 1`)).rejects.toThrow(
      /owns this table now/,
    );
    await onService(
      `insert into suppliers (id, name, email, country_code) values (900, 'Ünïcode by the service', 's@x.y', '${country}')`,
    );
    await onService(`update suppliers set name = 'renamed by the service' where id = 1`);
    await eventually(
      () => monolithSupplier(900),
      (n) => n === 'Ünïcode by the service',
      'reverse insert',
    );
    await eventually(
      () => monolithSupplier(1),
      (n) => n === 'renamed by the service',
      'reverse update',
    );
    await ok(['move', 'verify', ...args()]);

    // Roll back: the monolith is the writer again.
    const reversed = await action('reverse');
    expect(reversed.phase).toBe('running');
    expect(reversed.steps.at(-1)!.detail).toMatch(/monolith may take writes; writes were blocked for \d+ ms/);
    const afterReverse = await state();
    expect(afterReverse.direction).toBe('forward');
    // The reverse replicator's two writes into the monolith came back on the forward topics and
    // were skipped, never applied to the service again.
    expect(afterReverse.data.reverse!.skippedForward).toBeGreaterThanOrEqual(2);
    await expect(onService(`update suppliers set name = 'late on the service' where id = 1`)).rejects.toThrow(
      /the monolith still owns this table/,
    );

    // The monolith's writes reach the service; its next key continues after the service's rows.
    await source.query(`update suppliers set name = 'renamed by the monolith' where id = 2`);
    const [{ id }] = (await source.query<{ id: number }>(
      `insert into suppliers (name, email, country_code) values ('after the reverse', 'm@x.y', '${country}') returning id::int as id`,
    )) as [{ id: number }];
    expect(id).toBeGreaterThan(900);
    await eventually(
      () => serviceSupplier(2),
      (n) => n === 'renamed by the monolith',
      'forward update',
    );
    await eventually(
      () => serviceSupplier(id),
      (n) => n === 'after the reverse',
      'forward insert',
    );
    // What the service wrote while it was the writer is still there, not overwritten by its echo.
    expect(await serviceSupplier(1)).toBe('renamed by the service');
    expect(await serviceSupplier(900)).toBe('Ünïcode by the service');
    await ok(['move', 'verify', ...args()]);

    // Cancel after a round trip: nothing of either direction is left on either database.
    const cancelled = await action('cancel');
    expect(cancelled.phase).toBe('cancelled');
    expect(cancelled.steps.find((s) => s.name === 'reverse-scripts')?.detail).toMatch(
      /reverted service block-writes, service capture, monolith reverse-offsets/,
    );
    const count = async (sql: string) => Number((await source.query<{ n: string }>(sql))[0]!.n);
    expect(await count('select count(*) as n from pg_publication')).toBe(0);
    expect(
      await count('select count(*) as n from pg_replication_slots where database = current_database()'),
    ).toBe(0);
    expect(
      await count("select count(*) as n from pg_trigger where tgname like 'seam%' and not tgisinternal"),
    ).toBe(0);
    expect(
      await count(
        "select count(*) as n from information_schema.tables where table_schema = 'public' and table_name like 'seam%'",
      ),
    ).toBe(0);
    // The service's database keeps only the move's own state (its record of the cancel).
    const left = await onService<{ t: string }>(
      dialect === 'postgres'
        ? "select table_name as t from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')"
        : 'select table_name as t from information_schema.tables where table_schema = database()',
    );
    expect(left.map((r) => r.t)).toEqual(['seam_move_state']);
    if (dialect === 'postgres') {
      const target_ = target as TestPg;
      expect(
        Number((await target_.query<{ n: string }>('select count(*) as n from pg_publication'))[0]!.n),
      ).toBe(0);
      expect(
        Number(
          (
            await target_.query<{ n: string }>(
              'select count(*) as n from pg_replication_slots where database = current_database()',
            )
          )[0]!.n,
        ),
      ).toBe(0);
    }
  });
});
