/**
 * pnpm bench:move [--rows 1000000] [--cycles 5] [--rate 1000] [--target postgres|mysql]
 *
 * The sample monolith in PostgreSQL with the purchase-orders service's three tables grown to
 * `--rows` rows, a paced application (bench/move/writer.ts) writing `--rate` single-statement
 * writes/s on them the whole run. Measures, in one run:
 *   - the baseline: Debezium's own initial snapshot of the same tables, alone (snapshot-alone.ts);
 *   - `seam move create` → phase running (copy applied to the service's database, caught up);
 *   - `--cycles` × (switch, reverse): the write-blocked window as the workflow measured it
 *     (`data.switch.windowMs`, `data.reverse.windowMs`), median and max, and the steps inside it;
 *   - verify equal at the end, the writer's achieved rate and refused writes.
 * Progress on stderr; one JSON line on stdout at the end.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { generate, sampleRowsSql, writeGenerated } from '@seam/codegen';
import { describeConnection, planToYaml } from '@seam/core';
import { bootstrapServers } from '@seam/infra';
import {
  type ActionReport,
  cancelAction,
  createAction,
  type MoveContext,
  moveStatus,
  openMoveContext,
  reverseAction,
  runAction,
  switchAction,
  verifyMove,
} from '@seam/move';
import { backlogOf, readReplicatorConfigFile } from '@seam/replicator';
import { spawnSeam, stopSeam } from '../../test/cli/run-seam.js';
import { samplePlan, tempDir } from '../../test/codegen/sample.js';
import {
  connect,
  createMysqlDatabase,
  createPgDatabase,
  deletePrefixedTopics,
  kafka,
  type TestMysql,
  type TestPg,
  uniqueName,
} from '../../test/helpers/index.js';
import { snapshotAlone } from './snapshot-alone.js';
import type { WriterMessage, WriterSide, WriterStats } from './writer.js';

const { values: flags } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    cycles: { type: 'string', default: '5' },
    rate: { type: 'string', default: '1000' },
    target: { type: 'string', default: 'postgres' },
    dwell: { type: 'string', default: '5' },
  },
});
const ROWS = Number(flags.rows);
const CYCLES = Number(flags.cycles);
const RATE = Number(flags.rate);
/** Seconds each side takes the application's writes between a switch and the next reverse. */
const DWELL_MS = Number(flags.dwell) * 1000;
const TARGET = flags.target === 'mysql' ? 'mysql' : 'postgres';
const SERVICE = 'purchase-orders';
const TABLES = ['public.suppliers', 'public.purchase_orders', 'public.purchase_order_lines'];
const root = new URL('../..', import.meta.url).pathname;

const t00 = Date.now();
const log = (s: string) => process.stderr.write(`[${((Date.now() - t00) / 1000).toFixed(1)} s] ${s}\n`);
/** Ctrl+C / SIGTERM: the waits end and the run cleans up (connectors, topics, databases). */
const interrupted = new AbortController();
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => interrupted.abort());
const pause = (ms: number) => sleep(ms, undefined, { signal: interrupted.signal });
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The service's three tables at `rows` rows in all: 1 % suppliers, 19 % orders, 80 % lines. */
async function grow(source: TestPg, rows: number) {
  const suppliers = Math.max(10, Math.round(rows * 0.01));
  const orders = Math.max(10, Math.round(rows * 0.19));
  const lines = rows - suppliers - orders;
  const one = async (sql: string) => (await source.query<{ v: string }>(sql))[0]!.v;
  const country = await one('select min(code) as v from countries');
  const warehouse = await one('select min(id)::text as v from warehouses');
  const user = await one('select min(id)::text as v from users');
  const variant = await one('select min(id)::text as v from product_variants');
  const base = 1_000_000_000;
  await source.query(`insert into suppliers (id, name, country_code, email)
    select ${base} + g, 'supplier ' || g, '${country}', 's' || g || '@bench.example' from generate_series(1, ${suppliers}) g`);
  await source.query(`insert into purchase_orders (id, supplier_id, warehouse_id, status, created_by)
    select ${base} + g, ${base} + 1 + g % ${suppliers}, ${warehouse}, 'draft', ${user} from generate_series(1, ${orders}) g`);
  await source.query(`insert into purchase_order_lines (id, purchase_order_id, variant_id, quantity, unit_cost)
    select ${base} + g, ${base} + 1 + g % ${orders}, ${variant}, 1 + g % 50, (g % 10000) / 100.0 from generate_series(1, ${lines}) g`);
  for (const t of ['suppliers', 'purchase_orders', 'purchase_order_lines'])
    await source.query(`select setval(pg_get_serial_sequence('${t}', 'id'), (select max(id) from ${t}))`);
  await source.query('vacuum analyze');
  return { country, base, suppliers, orders, lines };
}

function startWriter(start: Extract<WriterMessage, { type: 'start' }>['start']) {
  const child: ChildProcess = fork(join(root, 'bench/move/writer.ts'), [], {
    execArgv: process.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let last: WriterStats | undefined;
  child.on('message', (m: WriterStats) => {
    last = m;
  });
  child.send({ type: 'start', start } satisfies WriterMessage);
  return {
    side: (side: WriterSide) => child.send({ type: 'side', side } satisfies WriterMessage),
    stats: () => last,
    stop: () =>
      new Promise<WriterStats | undefined>((resolve) => {
        child.once('disconnect', () => resolve(last));
        child.send({ type: 'stop' } satisfies WriterMessage);
      }),
  };
}

/** Waits until a replicator is at most `max` events behind (what switch requires; an operator waits for it). */
async function caughtUp(ctx: MoveContext, file: string, target: MoveContext['target'], max = 100) {
  const config = await readReplicatorConfigFile(join(ctx.dir, file));
  for (;;) {
    const lag = await backlogOf(config, { target, brokers: ctx.brokers });
    if (lag.events <= max) return lag.events;
    await pause(500);
  }
}

interface Handover {
  windowMs: number;
  ms: number;
  steps: Record<string, number>;
}

async function handover(ctx: MoveContext, name: 'switch' | 'reverse'): Promise<Handover> {
  const action = name === 'switch' ? switchAction() : reverseAction();
  const report: ActionReport = await runAction(ctx.store, action, ctx, { log: (l) => log(`  ${l}`) });
  const state = await ctx.store.load();
  const windowMs = Number(state.data[name]?.windowMs);
  const steps = Object.fromEntries(report.steps.map((s) => [s.name, s.ms ?? 0]));
  log(
    `${name}: window ${windowMs} ms (${report.steps.map((s) => `${s.name} ${s.ms ?? 0}`).join(', ')}), action ${report.ms} ms`,
  );
  return { windowMs, ms: report.ms, steps };
}

async function main() {
  log(`bench:move — ${ROWS} rows, ${CYCLES} cycles, ${RATE} writes/s, PostgreSQL → ${TARGET}`);
  const prefix = uniqueName('bmv');
  const sample = await samplePlan();
  const source = await createPgDatabase('bmv_src');
  const target: TestPg | TestMysql =
    TARGET === 'postgres' ? await createPgDatabase('bmv_dst') : await createMysqlDatabase('bmv_dst');
  const dir = await tempDir('bench-move');
  let agent: ChildProcess | undefined;
  let ctx: MoveContext | undefined;
  try {
    await source.query(await readFile(join(root, 'samples/monolith/schema.postgres.sql'), 'utf8'));
    await source.query(sampleRowsSql(sample.snapshot, 'postgres', 8));
    let t = Date.now();
    const grown = await grow(source, ROWS);
    log(`monolith loaded: ${ROWS} rows in the service's tables (${Date.now() - t} ms)`);
    const planPath = join(dir.path, 'plan.yaml');
    const out = join(dir.path, 'out');
    await writeFile(planPath, planToYaml(sample.plan));
    const result = generate({
      plan: sample.plan,
      snapshot: sample.snapshot,
      workload: sample.workload,
      source: source.spec,
      targets: { [SERVICE]: target.spec },
      services: [SERVICE],
      targetDialect: TARGET,
      namePrefix: prefix,
      brokers: [bootstrapServers()],
      commands: { dir: out, plan: planPath },
    });
    await writeGenerated(out, result.files);
    const env = {
      SEAM_SOURCE_URL: source.url,
      SEAM_TARGET_PURCHASE_ORDERS_URL: target.url,
      SEAM_KAFKA_BROKERS: bootstrapServers(),
    };
    ctx = await openMoveContext(
      { service: SERVICE, dir: out, plan: planPath, env, log: (l) => log(`  ${l}`), label: 'bench:move' },
      { createDatabase: true },
    );
    const args = { service: SERVICE, dir: out, plan: planPath };

    const writer = startWriter({
      rate: RATE,
      urls: { monolith: source.url, service: describeConnection(ctx.target) },
      lines: grown.lines,
      orders: grown.orders,
      country: grown.country,
      idBase: grown.base,
    });
    await pause(2000);

    // Baseline: Debezium's snapshot of the same tables, alone, under the same writes.
    log('baseline: Debezium initial snapshot of the same tables, alone');
    const alone = await snapshotAlone(ctx, kafka, source.pool, TABLES, `${prefix}_alone`, 1_800_000);
    log(`baseline: ${alone.ms} ms, ${alone.records} snapshot records`);
    await deletePrefixedTopics(`${prefix}_alone`);

    // seam move create → running.
    log('seam move create');
    t = Date.now();
    // The agent runs all along (as a systemd unit or container would): started with create, it
    // replicates as soon as create asks it to.
    agent = spawnSeam(['move', 'replicate', '--service', SERVICE, '--dir', out, '--plan', planPath], env);
    const created = await runAction(ctx.store, createAction, ctx, { log: (l) => log(`  ${l}`) });
    let phase = '';
    let lastLine = 0;
    while (phase !== 'running') {
      const s = await moveStatus(ctx, args);
      phase = s.phase;
      if (Date.now() - lastLine > 10_000) {
        lastLine = Date.now();
        log(
          `  ${phase}: ${s.tables.map((x) => `${x.table} ${x.percent?.toFixed(0) ?? '?'}%`).join(', ')}; lag ${s.lag.forward?.events ?? '?'} events`,
        );
      }
      if (phase !== 'running') await pause(1000);
      if (Date.now() - t > 1_800_000) throw new Error('create did not reach running within 30 min');
    }
    const createMs = Date.now() - t;
    log(
      `create → running: ${createMs} ms (create itself ${created.ms} ms); ${(createMs / alone.ms).toFixed(2)}× the snapshot alone`,
    );

    t = Date.now();
    const verified = await verifyMove(ctx, { onProgress: (l) => log(`  ${l}`) });
    const verifyMs = Date.now() - t;
    log(`verify: ${verified.record.equal ? 'equal' : 'DIFFERENT'} (${verifyMs} ms)`);

    const switches: Handover[] = [];
    const reverses: Handover[] = [];
    const units = { forward: ctx.files.forward };
    for (let i = 1; i <= CYCLES; i++) {
      await caughtUp(ctx, units.forward, ctx.target);
      log(`cycle ${i}/${CYCLES}: switch`);
      switches.push(await handover(ctx, 'switch'));
      writer.side('service');
      await pause(DWELL_MS);
      const reverseFile = (await ctx.store.load()).directions.reverse?.replicatorConfig;
      if (reverseFile) await caughtUp(ctx, reverseFile, ctx.monolith);
      log(`cycle ${i}/${CYCLES}: reverse`);
      reverses.push(await handover(ctx, 'reverse'));
      writer.side('monolith');
      await pause(DWELL_MS);
    }

    const written = await writer.stop();
    await caughtUp(ctx, units.forward, ctx.target, 0);
    const final = await verifyMove(ctx, { onProgress: (l) => log(`  ${l}`) });
    log(`final verify: ${final.record.equal ? 'equal' : 'DIFFERENT'}`);

    const windows = (hs: Handover[]) => {
      const ms = hs.map((h) => h.windowMs);
      const steps = Object.keys(hs[0]?.steps ?? {});
      return {
        medianMs: median(ms),
        maxMs: Math.max(...ms),
        windowsMs: ms,
        actionMedianMs: median(hs.map((h) => h.ms)),
        stepMedianMs: Object.fromEntries(steps.map((s) => [s, median(hs.map((h) => h.steps[s] ?? 0))])),
      };
    };
    const sw = windows(switches);
    const rv = windows(reverses);
    const all = [...switches, ...reverses].map((h) => h.windowMs);
    const figures = {
      bench: 'move',
      date: new Date().toISOString(),
      rows: ROWS,
      cycles: CYCLES,
      target: TARGET,
      load: (await import('node:os')).loadavg().map((l) => Math.round(l * 10) / 10),
      writer: {
        rateWanted: RATE,
        rateAchieved: written ? Math.round((written.done / written.elapsedMs) * 1000) : null,
        done: written?.done,
        refusedDuringWindows: written?.refused,
        failed: written?.failed,
        leftQueued: written?.queued,
        lastError: written?.lastError,
      },
      snapshotAloneMs: alone.ms,
      snapshotRecords: alone.records,
      createToRunningMs: createMs,
      createVsSnapshot: Math.round((createMs / alone.ms) * 100) / 100,
      verifyMs,
      switch: sw,
      reverse: rv,
      window: { medianMs: median(all), maxMs: Math.max(...all) },
      finalVerifyEqual: final.record.equal,
      targets: {
        windowMedianUnder2s: median(all) < 2000,
        windowMaxUnder5s: Math.max(...all) < 5000,
        createWithin1_5x: createMs <= 1.5 * alone.ms,
      },
    };

    log('cancel (tears down the move)');
    await runAction(ctx.store, cancelAction, ctx, { log: (l) => log(`  ${l}`) }).catch((e) =>
      log(`cancel failed: ${(e as Error).message}`),
    );
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    if (agent) await stopSeam(agent);
    await ctx?.store.close().catch(() => {});
    for (const c of await connect.connectors().catch(() => [] as string[]))
      if (c.startsWith(prefix)) await connect.delete(c).catch(() => {});
    await deletePrefixedTopics(prefix).catch(() => {});
    await source.drop().catch((e) => log(`drop source: ${(e as Error).message}`));
    await target.drop().catch(() => {});
    await dir.remove();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    log(`bench:move failed: ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);
