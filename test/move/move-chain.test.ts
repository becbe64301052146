import type { ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { type GenerateResult, generate, sampleRowsSql, writeGenerated } from '@seam/codegen';
import { planToYaml } from '@seam/core';
import { mysqlOptions } from '@seam/core/sql';
import { bootstrapServers, connectUrl } from '@seam/infra';
import {
  COPY_SIGNAL_ID,
  type MoveState,
  type MoveStatusReport,
  MoveStore,
  moveStatus,
  openMoveContext,
  readNotifications,
} from '@seam/move';
import { REPLICATOR_ORIGIN } from '@seam/replicator/config';
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeam, spawnSeam, stopSeam } from '../cli/run-seam.js';
import { samplePlan, tempDir } from '../codegen/sample.js';
import {
  connect,
  createMysqlDatabase,
  createPgDatabase,
  deletePrefixedTopics,
  kafka,
  type TestMysql,
  type TestPg,
  uniqueName,
} from '../helpers/index.js';

/**
 * `seam move` on the real chain: the bundled sample in PostgreSQL, one service moving into MariaDB.
 * create (killed with SIGKILL mid-way, then run again; refused with SEAM_MOVE_BUSY while another
 * operator holds the lock; a no-op the second time) → the initial copy (Debezium's incremental
 * snapshot of 10,000 extra rows in chunks of 500, while a writer updates, deletes and inserts
 * them, and the connector's task is restarted half-way: it resumes, it does not start over) → the
 * agent replicates → status shows the copy and then `running` with its lag → verify equal,
 * recorded → cancel leaves the monolith's catalog exactly as before create.
 */

const BIG = 10_000;
const CHUNK = 500;

const SERVICE = 'purchase-orders';
const root = fileURLToPath(new URL('../..', import.meta.url));

/** What of the monolith a move may touch: tables, triggers, publications, replication slots. */
async function monolithCatalog(db: TestPg): Promise<Record<string, string[]>> {
  const col = async (sql: string) => (await db.query<{ x: string }>(sql)).map((r) => r.x).sort();
  return {
    tables: await col(
      `select table_schema || '.' || table_name as x from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')`,
    ),
    triggers: await col(
      `select tgname || ' on ' || tgrelid::regclass::text as x from pg_trigger where not tgisinternal`,
    ),
    publications: await col('select pubname as x from pg_publication'),
    slots: await col('select slot_name as x from pg_replication_slots where database = current_database()'),
    functions: await col(
      `select p.proname as x from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public'`,
    ),
  };
}

describe('seam move on the sample: PostgreSQL → MariaDB', () => {
  let source: TestPg;
  let target: TestMysql;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let result: GenerateResult;
  let env: Record<string, string>;
  let out: string;
  let planPath: string;
  let agent: ChildProcess | undefined;
  const prefix = uniqueName('mv');

  const args = () => ['--service', SERVICE, '--dir', out, '--plan', planPath];
  const seam = (a: string[]) => runSeam(a, env);
  const ok = async (a: string[]) => {
    const r = await seam(a);
    expect(r.code, `seam ${a.join(' ')}\n${r.stderr}\n${r.stdout}`).toBe(0);
    return r;
  };
  const state = async (): Promise<MoveState | undefined> => {
    const rows = await target.query<{ state: string | null }>(
      'select state from seam_move_state where service = ?',
      [SERVICE],
    );
    return rows[0]?.state ? (JSON.parse(rows[0].state) as MoveState) : undefined;
  };
  const status = async (): Promise<MoveStatusReport> => {
    const r = await ok(['move', 'status', ...args(), '--json']);
    return JSON.parse(r.stdout) as MoveStatusReport;
  };

  beforeAll(async () => {
    const sample = await samplePlan();
    source = await createPgDatabase('mv_src');
    target = await createMysqlDatabase('mv_dst');
    await source.query(await readFile(join(root, 'samples/monolith/schema.postgres.sql'), 'utf8'));
    await source.query(sampleRowsSql(sample.snapshot, 'postgres', 12));
    // A table of several chunks for the initial copy.
    await source.query(
      `insert into purchase_order_lines (id, purchase_order_id, variant_id, quantity, unit_cost)
       select 1000 + g, (select min(id) from purchase_orders) + g % 12, (select min(id) from product_variants), g % 7 + 1, (g % 997) / 10.0
       from generate_series(1, ${BIG}) g`,
    );
    await source.query(
      `select setval(pg_get_serial_sequence('purchase_order_lines', 'id'), (select max(id) from purchase_order_lines))`,
    );
    dir = await tempDir('move-chain');
    planPath = join(dir.path, 'plan.yaml');
    out = join(dir.path, 'out');
    sample.plan.services.find((s) => s.name === SERVICE)!.move = { copyChunkSize: CHUNK };
    await writeFile(planPath, planToYaml(sample.plan));
    result = generate({
      plan: sample.plan,
      snapshot: sample.snapshot,
      workload: sample.workload,
      source: source.spec,
      targetDialect: 'mysql',
      namePrefix: prefix,
      brokers: [bootstrapServers()],
      heartbeatMs: 1000,
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
    // Whatever a failed run left: the connectors of this run's prefix.
    for (const c of result?.manifest.connectors ?? []) await connect.delete(c.name).catch(() => {});
    await deletePrefixedTopics(prefix);
    await source?.drop();
    await target?.drop();
    await dir?.remove();
  });

  it('creates (resuming after SIGKILL), streams, verifies, refuses a second operator, and cancels without a trace', async () => {
    const t0 = Date.now();
    const mark = (what: string) => console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s: ${what}`);
    const before = await monolithCatalog(source);

    // A dry run lists the steps and changes nothing on the monolith.
    const dry = JSON.parse((await ok(['move', 'create', ...args(), '--dry-run', '--json'])).stdout);
    expect(dry.result).toBe('dry-run');
    expect(dry.steps.map((s: { name: string }) => s.name)).toContain('forward-capture');
    expect(await monolithCatalog(source)).toEqual(before);

    // create killed with SIGKILL once its first steps are recorded.
    const killed = spawnSeam(['move', 'create', ...args()], env);
    const exited = new Promise((resolve) => killed.once('exit', resolve));
    const deadline = Date.now() + 60_000;
    for (;;) {
      const s = await state().catch(() => undefined);
      if (s?.progress?.steps['service-schema']) break;
      if (killed.exitCode !== null) throw new Error('create ended before it could be killed');
      if (Date.now() > deadline) throw new Error('create did not record service-schema within 60 s');
      await sleep(50);
    }
    killed.kill('SIGKILL');
    await exited;
    const interrupted = await state();
    expect(interrupted!.phase).toBe('creating');
    expect(interrupted!.progress!.action).toBe('create');

    // status names the unfinished create as the next step.
    const st0 = await status();
    expect(st0.action?.name).toBe('create');
    expect(st0.nextSteps[0]).toContain('seam move create');

    // A second operator holding the lock: create refuses at once with SEAM_MOVE_BUSY.
    const other = await MoveStore.open({ spec: target.spec, service: SERVICE });
    const lock = await other.lock('create');
    const busy = await seam(['move', 'create', ...args(), '--json']);
    await lock.release();
    await other.close();
    expect(busy.code).toBe(1);
    expect(JSON.parse(busy.stdout).error.code).toBe('SEAM_MOVE_BUSY');
    expect(JSON.parse(busy.stdout).error.message).toContain('seam move create');

    // A writer changes the big table all through the copy: updates, deletes (also of rows the
    // copy has not read yet: they must not come back), inserts.
    let writing = true;
    let writes = 0;
    const deleted: number[] = [];
    const writer = (async () => {
      const { lo, hi } = (
        await source.query<{ lo: string; hi: string }>(
          'select min(id) as lo, max(id) as hi from purchase_order_lines',
        )
      )[0]!;
      const span = Number(hi) - Number(lo) + 1;
      for (let i = 0; writing; i++) {
        const id = Number(lo) + ((i * 7919) % span);
        await source.query('update purchase_order_lines set quantity = quantity + 1 where id = $1', [id]);
        const gone = Number(lo) + ((i * 104_729 + Math.floor(span / 2)) % span);
        await source.query('delete from purchase_order_lines where id = $1', [gone]);
        deleted.push(gone);
        await source.query(
          `insert into purchase_order_lines (purchase_order_id, variant_id, quantity, unit_cost)
           select min(purchase_order_id), min(variant_id), 1, 1.5 from purchase_order_lines`,
        );
        writes += 3;
        await sleep(20);
      }
    })();

    // Half-way through the copy (half the table's rows more in its topic since the copy's context
    // first showed in the connector's offset) the task is restarted; the writer stops once the
    // copy is over.
    const connectorName = `${prefix}-${SERVICE}`;
    const bigTopic = `${prefix}.${SERVICE}.public.purchase_order_lines`;
    let restartedAt: number | undefined;
    const restarter = (async () => {
      const admin = kafka.admin();
      await admin.connect();
      try {
        const until = Date.now() + 240_000;
        const copying = async () => {
          const { offsets } = await connect.offsets(connectorName).catch(() => ({ offsets: [] }));
          return offsets[0]?.offset?.incremental_snapshot_collections !== undefined;
        };
        const events = async () =>
          (await admin.listTopics()).includes(bigTopic)
            ? (await admin.fetchTopicOffsets(bigTopic)).reduce((n, p) => n + Number(p.high), 0)
            : 0;
        // Where the topic was when the copy's context first showed in the offset.
        let start: number | undefined;
        while (Date.now() < until) {
          if (start === undefined && (await copying())) start = await events();
          if (start !== undefined && (await events()) >= start + BIG / 2) {
            restartedAt = Date.now();
            const r = await fetch(`${connectUrl()}/connectors/${connectorName}/tasks/0/restart`, {
              method: 'POST',
            });
            expect(r.ok, await r.text()).toBe(true);
            // The writer stops once the copy is over: the offset no longer carries its context.
            while (Date.now() < until && (await copying())) await sleep(250);
            writing = false;
            return;
          }
          await sleep(100);
        }
      } finally {
        await admin.disconnect();
      }
    })();

    mark('resumed create');
    // The re-run continues after the recorded steps.
    const resumed = JSON.parse((await ok(['move', 'create', ...args(), '--json'])).stdout);
    expect(resumed.result).toBe('resumed');
    expect(resumed.steps.find((s: { name: string }) => s.name === 'service-schema').outcome).toBe('already');
    expect(resumed.phase).toBe('copying');
    expect(resumed.steps.find((s: { name: string }) => s.name === 'initial-copy').outcome).toBe('done');
    const created = await state();
    expect(created!.direction).toBe('forward');
    expect(created!.directions.forward!.connector).toBe(`${prefix}-${SERVICE}`);
    expect(created!.history.filter((h) => h.event === 'resumed')).toHaveLength(1);

    // Running again is a no-op.
    const again = JSON.parse((await ok(['move', 'create', ...args(), '--json'])).stdout);
    expect(again.result).toBe('noop');
    // The copy signal went in once.
    const signalTable = result.manifest.connectors.find((c) => c.service === SERVICE)!.copy!.signalTable;
    const signals = await source.query<{ id: string; type: string }>(
      `select id, type from "${signalTable.schema}"."${signalTable.name}" where type = 'execute-snapshot'`,
    );
    expect(signals).toEqual([{ id: COPY_SIGNAL_ID, type: 'execute-snapshot' }]);

    mark('create done');
    // Without the agent, status says copying and names the agent as the next step.
    const st1 = await status();
    expect(st1.phase).toBe('copying');
    expect(st1.tables.map((t) => t.table).sort()).toEqual([
      'public.purchase_order_lines',
      'public.purchase_orders',
      'public.suppliers',
    ]);
    for (const t of st1.tables) expect(t).toMatchObject({ targetRows: 0, percent: 0 });
    expect(st1.copy.sourceRows).toBeGreaterThan(BIG);
    expect(st1.initialCopy?.signal).toBe(COPY_SIGNAL_ID);
    expect(st1.nextSteps[0]).toContain('seam move replicate');

    mark('agent starts');
    // The agent replicates; status moves to running with its lag, and acknowledges the direction.
    agent = spawnSeam(['move', 'replicate', ...args(), '--metrics-port', '0'], env);
    let running: MoveStatusReport | undefined;
    const until = Date.now() + 150_000;
    while (Date.now() < until) {
      const s = await status();
      if (s.phase === 'running') {
        running = s;
        break;
      }
      await sleep(1000);
    }
    expect(running, 'status never reached running').toBeDefined();
    await restarter;
    writing = false;
    await writer;
    expect(restartedAt, 'the task was never restarted').toBeDefined();
    expect(writes).toBeGreaterThan(0);
    // The copy resumed after the restart: one start, the first chunk after the restart is not the
    // table's first, and about one read per chunk (starting over would read the first half again).
    const notes = (
      await readNotifications([bootstrapServers()], `${prefix}.${SERVICE}.notifications`)
    ).filter((n) => n.id === COPY_SIGNAL_ID);
    const chunks = notes.filter(
      (n) =>
        n.type === 'IN_PROGRESS' &&
        n.additional_data?.current_collection_in_progress === 'public.purchase_order_lines',
    );
    const completedAt = Number(notes.find((n) => n.type === 'COMPLETED')!.timestamp);
    expect(completedAt).toBeGreaterThan(restartedAt!);
    expect(notes.filter((n) => n.type === 'STARTED')).toHaveLength(1);
    const afterRestart = chunks.find((n) => Number(n.timestamp) > restartedAt!);
    // (The big table's rows start at id 1001: starting over, the first chunks would end below 2001.)
    expect(Number(afterRestart!.additional_data!.last_processed_key)).toBeGreaterThan(1000 + 2 * CHUNK);
    expect(chunks.length).toBeLessThan(BIG / CHUNK + 6);
    console.log(
      `initial copy: ${BIG} rows + ${writes} writes, ${chunks.length} chunks of ${CHUNK}, ${((completedAt - Number(notes.find((n) => n.type === 'STARTED')!.timestamp)) / 1000).toFixed(1)} s, task restarted at ${((restartedAt! - Number(notes.find((n) => n.type === 'STARTED')!.timestamp)) / 1000).toFixed(1)} s`,
    );
    expect(running!.agent?.alive).toBe(true);
    expect(running!.agent?.replicators).toContain('forward');
    expect(running!.tables.length).toBe(3);
    for (const t of running!.tables) expect(t.percent).toBe(100);
    expect(running!.copy.sourceRows).toBeGreaterThan(0);
    expect(running!.lag.forward?.events).toBeLessThanOrEqual(100);
    expect(running!.nextSteps[0]).toContain('seam move verify');
    expect((await state())!.phase).toBe('running');

    mark('running');
    // Big tables are counted by the catalogs' estimates (here: every table, by lowering the bound).
    await source.query('analyze');
    const ctx = await openMoveContext({
      service: SERVICE,
      dir: out,
      plan: planPath,
      env: { ...process.env, ...env },
    });
    try {
      const estimated = await moveStatus(
        ctx,
        { service: SERVICE, dir: out },
        { exactUpTo: 0, promote: false },
      );
      for (const t of estimated.tables) {
        expect(t.exact).toBe(false);
        expect(t.error).toBeUndefined();
      }
      expect(estimated.tables.find((t) => t.table === 'public.purchase_orders')!.sourceRows).toBe(12);
    } finally {
      await ctx.store.close();
    }

    mark('estimates');
    // The agent serves the replicators' status and metrics.
    const url = (await state())!.agent!.url!;
    const served = (await (await fetch(`${url}/status`)).json()) as {
      direction: string;
      replicators: Record<string, unknown>;
    };
    expect(served.direction).toBe('forward');
    expect(Object.keys(served.replicators).sort()).toEqual(['forward', 'reference']);
    expect(await (await fetch(`${url}/metrics`)).text()).toContain('seam_replicator_events_total');

    // Before the switch the service's tables refuse the application's writes (the replicator's pass).
    const stray = `insert into suppliers (id, name, email, country_code) select 9999, 'stray', 's@x.y', min(country_code) from suppliers`;
    await expect(target.query(stray)).rejects.toThrow(/the monolith still owns this table/);
    // A row only the service has (written as the replicator would): verify exits 2, records the
    // difference, and names verify again.
    const asReplicator = async (sql: string) => {
      const conn = await mysql.createConnection(mysqlOptions(target.spec));
      try {
        await conn.query(`set @${REPLICATOR_ORIGIN.mysqlVariable} = '${REPLICATOR_ORIGIN.value}'`);
        await conn.query(sql);
      } finally {
        await conn.end();
      }
    };
    await asReplicator(stray);
    const differs = await seam(['move', 'verify', ...args(), '--recheck-timeout', '2', '--json']);
    expect(differs.code, differs.stderr).toBe(2);
    expect((await state())!.verify).toMatchObject({ equal: false, differences: 1 });
    expect((await status()).nextSteps[0]).toContain('seam move verify');
    await asReplicator('delete from suppliers where id = 9999');

    mark('verify differs done');
    // A change streams; verify is equal and recorded.
    await source.query(`update purchase_orders set status = 'received' where id = 3`);
    const verified = await ok(['move', 'verify', ...args(), '--recheck-timeout', '60', '--json']);
    expect(JSON.parse(verified.stdout).recorded.equal).toBe(true);
    const afterVerify = await state();
    expect(afterVerify!.verify!.equal).toBe(true);
    expect(afterVerify!.verify!.tables).toBe(3);
    // Rows deleted while the copy ran never come back.
    const back = await target.query<{ n: number | string }>(
      `select count(*) as n from purchase_order_lines where id in (${deleted.slice(0, 500).join(',')})`,
    );
    expect(Number(back[0]!.n)).toBe(0);
    const st2 = await status();
    expect(st2.verify.freshness).toBe('fresh');
    expect(st2.nextSteps[0]).toContain('seam move switch');

    mark('verified');
    // cancel: the agent stops, everything of the move goes, the monolith is as before.
    const cancelled = JSON.parse((await ok(['move', 'cancel', ...args(), '--json'])).stdout);
    expect(cancelled.phase).toBe('cancelled');
    expect(await monolithCatalog(source)).toEqual(before);
    const left = await target.query<{ t: string }>(
      'select table_name as t from information_schema.tables where table_schema = database()',
    );
    expect(left.map((r) => r.t)).toEqual(['seam_move_state']);
    const admin = kafka.admin();
    await admin.connect();
    try {
      expect((await admin.listTopics()).filter((t) => t.startsWith(`${prefix}.${SERVICE}`))).toEqual([]);
      const groups = (await admin.listGroups()).groups.map((g) => g.groupId);
      expect(groups.filter((g) => g.includes(SERVICE) && g.includes(prefix))).toEqual([]);
    } finally {
      await admin.disconnect();
    }
    await expect(connect.status(`${prefix}-${SERVICE}`)).rejects.toThrow();
    mark('cancelled');
    const st3 = await status();
    expect(st3.phase).toBe('cancelled');
    expect(st3.agent?.replicators).toEqual([]);
  }, 420_000); // ~2 min alone; each CLI start costs seconds on a loaded machine
});
