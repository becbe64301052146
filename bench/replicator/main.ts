/**
 * pnpm bench:replicator — Seam's replicator against the Debezium JDBC sink connector 3.6.0 and
 * the raw ceilings, in one run, on the same Debezium topics and the same PostgreSQL server:
 *
 *  1. throughput: a topic of BENCH_ROWS snapshot reads, BENCH_ROWS/2 updates and BENCH_ROWS/10
 *     deletes (+ tombstones), written by the real Debezium PostgreSQL connector (embedded schemas,
 *     which the JDBC sink needs); each sink applies it from the start into its own fresh database,
 *     in BENCH_ROUNDS rounds alternating Seam and the JDBC sink (the machine is shared and noisy:
 *     each round's pair ran under the same load); CPU per event of each side is reported too;
 *  2. ceilings: kafkajs reading the topic without applying (with and without Seam's decoding),
 *     and PostgreSQL's own bulk upsert of the same rows (INSERT … SELECT … ON CONFLICT, server-side);
 *  3. latency: rows written at BENCH_RATE rows/s for BENCH_SECONDS; end-to-end latency from the
 *     source commit to the row being visible in the target, p50/p99, for each sink.
 *
 * Each run starts once the machine is quiet (under a quarter of its CPU busy for a second).
 * Ends with one line of JSON holding every figure.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { bootstrapServers, connectUrl } from '@seam/infra';
import {
  createLogger,
  Placeholders,
  parseReplicatorConfig,
  Replicator,
  TopicDecoder,
} from '@seam/replicator';
import {
  connect,
  createPgDatabase,
  kafka,
  pgSource,
  registerConnector,
  type TestPg,
  uniqueName,
  waitForTopic,
} from '../../test/helpers/index.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);
const RATE = Number(process.env.BENCH_RATE ?? 5000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const TICK_MS = 20;
const TICKS_PER_SECOND = 100; // Linux USER_HZ: /proc/<pid>/stat counts CPU time in 1/100 s
/** BENCH_ONLY=seam skips the JDBC sink and the latency runs (for profiling); BENCH_ONLY=latency runs only those. */
const ONLY = process.env.BENCH_ONLY;

const log = (msg: string) => process.stderr.write(`${msg}\n`);
const round = (n: number) => Math.round(n);

const TABLE = `(id bigint primary key, customer_id bigint not null, status text not null, amount numeric(12,2),
  created_at timestamptz not null, payload jsonb, flag boolean)`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** CPU seconds a process has used (user + system), from /proc; undefined where there is no /proc. */
function processCpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** The process listening on a local TCP port (the Kafka Connect worker), via ss. */
function listenerPid(port: number): number | undefined {
  try {
    const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
    const m = /pid=(\d+)/.exec(out);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Busy and total CPU ticks of the whole machine so far, from /proc/stat; undefined without /proc. */
function machineTicks(): { busy: number; ioWait: number; steal: number; total: number } | undefined {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    const n = fields.map(Number);
    const total = n.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - n[3]! - n[4]!, ioWait: n[4]!, steal: n[7]!, total };
  } catch {
    return undefined;
  }
}

/**
 * The machine's busy, I/O-wait and steal shares (%) between two readings of machineTicks; steal
 * is time the hypervisor gave this machine's CPUs to others (the same work then runs slower).
 */
function machineShare(
  before: ReturnType<typeof machineTicks>,
  after: ReturnType<typeof machineTicks>,
): { busyPercent: number; ioWaitPercent: number; stealPercent: number } | null {
  if (!before || !after || after.total === before.total) return null;
  const total = after.total - before.total;
  return {
    busyPercent: Math.round((100 * (after.busy - before.busy)) / total),
    ioWaitPercent: Math.round((100 * (after.ioWait - before.ioWait)) / total),
    stealPercent: Math.round((100 * (after.steal - before.steal)) / total),
  };
}

/**
 * Waits (up to 60 s) until the machine is quiet — less than a quarter of its CPU busy over a
 * second — so that each run starts without the previous one's aftermath (Kafka Connect flushing,
 * PostgreSQL's checkpoint after a dropped database, autovacuum) on the same cores.
 */
async function untilQuiet(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const before = machineTicks();
    await sleep(1000);
    const after = machineTicks();
    if (!before || !after || (after.busy - before.busy) / (after.total - before.total) < 0.25) return;
  }
}

/** CPU seconds used so far by the server processes (backends) connected to one database. */
async function backendCpuSeconds(db: TestPg): Promise<number> {
  const rows = await db.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
    [db.name],
  );
  return rows.reduce((n, r) => n + (processCpuSeconds(r.pid) ?? 0), 0);
}

function loadAverage(): number[] {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
  } catch {
    return [];
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const perEvent = (seconds: number | undefined, events: number) =>
  seconds === undefined ? null : Number(((seconds * 1e6) / events).toFixed(1));

async function endOffset(topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((n, o) => n + Number(o.high), 0);
  } finally {
    await admin.disconnect();
  }
}

async function waitForEnd(topic: string, count: number): Promise<void> {
  const deadline = Date.now() + 600_000;
  while ((await endOffset(topic)) < count) {
    if (Date.now() > deadline) throw new Error(`${topic} never reached ${count} events`);
    await sleep(500);
  }
}

async function checksum(db: TestPg, table: string): Promise<string> {
  const [r] = await db.query<{ n: string; h: string }>(
    `select count(*) as n, coalesce(sum(hashtext(t::text)::bigint), 0) as h from ${table} t`,
  );
  return `${r!.n}:${r!.h}`;
}

/**
 * Polls the target cheaply (two primary-key lookups) until the sentinel row, changed last, shows
 * its final value; returns when the first row showed and when the sentinel did. The whole table is
 * compared with the source once, afterwards.
 */
async function timeUntilDone(
  db: TestPg,
  table: string,
  started: number,
  failed?: () => Promise<string | undefined>,
) {
  let first = 0;
  let checked = started;
  for (;;) {
    const now = Date.now();
    if (failed && now - checked > 1000) {
      checked = now;
      const why = await failed();
      if (why) throw new SinkFailed(why);
    }
    const [r] = await db.query<{ any: boolean; done: boolean }>(
      `select exists (select 1 from ${table} where id > 0) as any, exists (select 1 from ${table} where id = 0 and status = 'done') as done`,
    );
    if (!first && r?.any) first = now;
    if (r?.done) return { first: first || now, done: now, started };
    if (now - started > 900_000) throw new Error(`${db.name}.${table} never caught up`);
    await sleep(50);
  }
}

class SinkFailed extends Error {}

/** The cause of a failed task of a connector, if one failed. */
async function taskFailure(name: string): Promise<string | undefined> {
  const status = await connect.status(name).catch(() => undefined);
  const trace = status?.tasks.find((t) => t.state === 'FAILED')?.trace;
  if (trace === undefined) return undefined;
  const causes = trace.split('\n').filter((l) => l.startsWith('Caused by'));
  return (causes[causes.length - 1] ?? trace.split('\n')[0] ?? 'failed').slice(0, 300);
}

async function ceilingConsume(topic: string, total: number, decode: boolean): Promise<number> {
  const consumer = kafka.consumer({
    groupId: uniqueName('ceil'),
    // As Seam's consumer: 4 MiB fetches cost the least CPU per event here.
    maxBytesPerPartition: 4 * 1024 * 1024,
    maxBytes: 16 * 1024 * 1024,
    maxWaitTimeInMs: 100,
  });
  const decoder = new TopicDecoder({ placeholders: new Placeholders() });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  let started = 0;
  const done = new Promise<number>((resolve, reject) => {
    consumer
      .run({
        eachBatch: async ({ batch }) => {
          if (!started) started = performance.now();
          if (decode) for (const m of batch.messages) decoder.decode(m.key, m.value);
          seen += batch.messages.length;
          if (seen >= total) resolve(performance.now() - started);
        },
      })
      .catch(reject);
  });
  const ms = await done;
  await consumer.disconnect();
  return (total / ms) * 1000;
}

async function ceilingUpsert(db: TestPg): Promise<number> {
  await db.query(`create table ceiling_items ${TABLE}`);
  const upsert = `insert into ceiling_items
    select g, g % 997, case when g % 3 = 0 then 'paid' else 'new' end, (g % 100000) / 100.0, now(),
           jsonb_build_object('n', g, 'tag', 'x' || g), g % 2 = 0
      from generate_series(1, ${ROWS}) g
    on conflict (id) do update set customer_id = excluded.customer_id, status = excluded.status,
      amount = excluded.amount, created_at = excluded.created_at, payload = excluded.payload, flag = excluded.flag`;
  const t0 = performance.now();
  await db.query(upsert);
  await db.query(upsert);
  return ((2 * ROWS) / (performance.now() - t0)) * 1000;
}

/** Writes RATE rows/s into `table` for SECONDS; returns each batch's commit time and last id. */
async function steadyLoad(source: TestPg, table: string): Promise<Array<{ at: number; id: number }>> {
  const perTick = Math.max(1, Math.round((RATE * TICK_MS) / 1000));
  const batches: Array<{ at: number; id: number }> = [];
  const start = Date.now();
  let id = 1_000_000;
  for (let tick = 0; Date.now() - start < SECONDS * 1000; tick++) {
    const due = start + tick * TICK_MS;
    if (Date.now() < due) await sleep(due - Date.now());
    const from = id + 1;
    id += perTick;
    await source.query(
      `insert into ${table} select g, g % 997, 'new', 1.5, now(), '{"k": 1}', true from generate_series($1::bigint, $2::bigint) g`,
      [from, id],
    );
    batches.push({ at: Date.now(), id });
  }
  return batches;
}

/** Latency of each batch: when the target first showed its last row, minus its source commit. */
async function measureLatency(source: TestPg, target: TestPg, table: string) {
  const seen: Array<{ at: number; max: number }> = [];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const [r] = await target.query<{ m: string | null }>(`select max(id) as m from ${table}`);
      seen.push({ at: Date.now(), max: Number(r?.m ?? 0) });
      await sleep(10);
    }
  })();
  const batches = await steadyLoad(source, table);
  const last = batches[batches.length - 1]!.id;
  const deadline = Date.now() + 120_000;
  while ((seen[seen.length - 1]?.max ?? 0) < last && Date.now() < deadline) await sleep(50);
  polling = false;
  await poller;
  const latencies: number[] = [];
  let j = 0;
  for (const b of batches) {
    while (j < seen.length && (seen[j]!.max < b.id || seen[j]!.at < b.at)) j++;
    if (j < seen.length) latencies.push(seen[j]!.at - b.at);
  }
  latencies.sort((a, b) => a - b);
  const rate = (batches.length * Math.max(1, Math.round((RATE * TICK_MS) / 1000))) / SECONDS;
  return {
    offeredEventsPerSecond: round(rate),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies[latencies.length - 1] ?? Number.NaN,
    batches: latencies.length,
  };
}

function jdbcSink(name: string, db: TestPg, topic: string, table: string): Record<string, string> {
  return {
    'connector.class': 'io.debezium.connector.jdbc.JdbcSinkConnector',
    'tasks.max': '1',
    topics: topic,
    'connection.url': `jdbc:postgresql://${db.spec.host}:${db.spec.port}/${db.name}?reWriteBatchedInserts=true`,
    'connection.username': db.spec.user ?? 'postgres',
    'connection.password': db.spec.password?.reveal() ?? '',
    'insert.mode': 'upsert',
    'delete.enabled': 'true',
    'primary.key.mode': 'record_key',
    'schema.evolution': 'none',
    'collection.name.format': table,
    'database.time_zone': 'UTC',
    // The worker's classpath carries jackson-module-blackbird, which Hibernate's default JSON format
    // mapper finds through the plugin's own jackson-databind and refuses ("not a subtype"): name a
    // mapper that needs no Jackson module discovery. JSON columns are bound as text either way.
    'hibernate.type.json_format_mapper': 'org.hibernate.type.format.jaxb.JaxbXmlFormatMapper',
    // Its best batch settings: big batches, big polls, the UNNEST writer.
    'batch.size': '5000',
    'dialect.postgres.unnest.insert.enabled': 'true',
    'consumer.override.max.poll.records': '5000',
    'consumer.override.max.partition.fetch.bytes': String(16 * 1024 * 1024),
    'consumer.override.fetch.max.bytes': String(64 * 1024 * 1024),
    'consumer.override.auto.offset.reset': 'earliest',
    'consumer.override.group.id': name,
    'key.converter': 'org.apache.kafka.connect.json.JsonConverter',
    'value.converter': 'org.apache.kafka.connect.json.JsonConverter',
    'key.converter.schemas.enable': 'true',
    'value.converter.schemas.enable': 'true',
  };
}

async function seam(target: TestPg, topicPrefix: string, table: string, decodeThreads?: number) {
  const config = parseReplicatorConfig({
    service: 'bench',
    kafka: { brokers: [bootstrapServers()], groupId: uniqueName('benchseam') },
    source: { topicPrefix },
    tables: [{ source: `public.${table}` }],
    apply: {
      maxBatchEvents: 5000,
      ...(process.env.BENCH_DECODE_THREADS
        ? { decodeThreads: Number(process.env.BENCH_DECODE_THREADS) }
        : {}),
      ...(decodeThreads !== undefined ? { decodeThreads } : {}),
    },
  });
  const r = new Replicator({ config, targetUrl: target.url, logger: createLogger({ level: 'warn' }) });
  await r.start();
  return r;
}

async function main(): Promise<void> {
  const cleanup: Array<() => Promise<unknown>> = [];
  const prefix = uniqueName('bench');
  const topic = `${prefix}.public.bench_items`;
  try {
    log(
      `bench:replicator — ${ROWS.toLocaleString()} rows, ${ROUNDS} rounds; latency at ${RATE}/s for ${SECONDS}s`,
    );
    const [source, seamDb, jdbcDb] = await Promise.all([
      createPgDatabase('benchsrc'),
      createPgDatabase('benchseam'),
      createPgDatabase('benchjdbc'),
    ]);
    cleanup.push(() => Promise.all([seamDb.drop(), jdbcDb.drop()]));
    for (const db of [source, seamDb, jdbcDb]) {
      for (const t of ['bench_items', 'lat_seam', 'lat_jdbc']) await db.query(`create table ${t} ${TABLE}`);
    }
    await source.query(`insert into bench_items
      select g, g % 997, 'new', (g % 100000) / 100.0, now(), jsonb_build_object('n', g, 'tag', 'x' || g), g % 2 = 0
        from generate_series(0, ${ROWS}) g`);
    await source.query("insert into lat_seam values (1, 1, 'warm', 1, now(), '{}', true)");
    await source.query("insert into lat_jdbc values (1, 1, 'warm', 1, now(), '{}', true)");
    await seamDb.query("insert into lat_seam values (1, 1, 'warm', 1, now(), '{}', true)");
    await jdbcDb.query("insert into lat_jdbc values (1, 1, 'warm', 1, now(), '{}', true)");

    const connector = await registerConnector(
      prefix,
      pgSource(source, {
        topicPrefix: prefix,
        tables: ['public.bench_items', 'public.lat_seam', 'public.lat_jdbc'],
        extra: { 'poll.interval.ms': '50', 'max.batch.size': '8192', 'max.queue.size': '32768' },
      }),
    );
    cleanup.unshift(() => connector.remove());
    cleanup.push(() => source.drop());
    // The same table through a second connector writing JSON without embedded schemas (4-5x smaller
    // messages): Seam reads both forms; the JDBC sink needs the schemas.
    const plainPrefix = `${prefix}_plain`;
    const plainTopic = `${plainPrefix}.public.bench_items`;
    const plain = await registerConnector(
      plainPrefix,
      pgSource(source, {
        topicPrefix: plainPrefix,
        tables: ['public.bench_items'],
        extra: {
          'poll.interval.ms': '50',
          'max.batch.size': '8192',
          'max.queue.size': '32768',
          'key.converter.schemas.enable': 'false',
          'value.converter.schemas.enable': 'false',
        },
      }),
    );
    cleanup.unshift(() => plain.remove());
    await waitForTopic(topic);
    const t0 = Date.now();
    await waitForEnd(topic, ROWS + 1);
    await source.query("update bench_items set status = 'paid', amount = amount + 1 where id % 2 = 0");
    await source.query('delete from bench_items where id % 10 = 1');
    // The sentinel row changes last: when a target shows it, the sink has applied the whole topic.
    await source.query("update bench_items set status = 'done' where id = 0");
    // Rows 0..ROWS: ROWS + 1 reads; updates of the even ids (0 included); deletes (+ tombstones) of ids ending in 1.
    const total = ROWS + 1 + (Math.floor(ROWS / 2) + 1) + 2 * Math.floor((ROWS + 9) / 10) + 1;
    await waitForEnd(topic, total);
    await waitForEnd(plainTopic, total);
    log(
      `  topic ready: ${total.toLocaleString()} events from Debezium in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    const want = await checksum(source, 'bench_items');

    /** Latency at a steady rate, Seam then the JDBC sink. */
    const latencies = async () => {
      await untilQuiet();
      const latSeamReplicator = await seam(seamDb, prefix, 'lat_seam');
      await sleep(2000);
      const seamLatency = await measureLatency(source, seamDb, 'lat_seam');
      await latSeamReplicator.stop();
      log(
        `  Seam at ${seamLatency.offeredEventsPerSecond}/s: p50 ${seamLatency.p50Ms} ms, p99 ${seamLatency.p99Ms} ms`,
      );
      const latName = uniqueName('benchjlat');
      const latSink = await registerConnector(
        latName,
        jdbcSink(latName, jdbcDb, `${prefix}.public.lat_jdbc`, 'lat_jdbc'),
      );
      await sleep(2000);
      const jdbcLatency = await measureLatency(source, jdbcDb, 'lat_jdbc');
      await latSink.remove();
      log(
        `  JDBC sink at ${jdbcLatency.offeredEventsPerSecond}/s: p50 ${jdbcLatency.p50Ms} ms, p99 ${jdbcLatency.p99Ms} ms`,
      );
      return { seamLatency, jdbcLatency };
    };
    if (ONLY === 'latency') {
      const figures = await latencies();
      process.stdout.write(`${JSON.stringify({ bench: 'replicator', only: 'latency', ...figures })}\n`);
      return;
    }

    // Kafka Connect keeps working for a while after the last event is written (flushes, GC): the
    // ceilings and every run start once the machine is quiet, so that they do not share the CPU.
    const connectPid = listenerPid(Number(new URL(connectUrl()).port || 8083));
    await untilQuiet();

    // Ceilings.
    const consumeOnly = await ceilingConsume(topic, total, false);
    log(`  ceiling: kafkajs consuming only         ${round(consumeOnly).toLocaleString()} events/s`);
    const consumeDecode = await ceilingConsume(topic, total, true);
    log(`  ceiling: kafkajs + Seam decoding        ${round(consumeDecode).toLocaleString()} events/s`);
    const upsertCeiling = await ceilingUpsert(seamDb);
    log(`  ceiling: PostgreSQL bulk upsert         ${round(upsertCeiling).toLocaleString()} rows/s`);

    /** Seam from the start of a topic into a fresh copy of the table; the figures of one run. */
    const runSeam = async (label: string, topicPrefix: string, decodeThreads?: number) => {
      const db = await createPgDatabase('benchseam');
      try {
        await db.query(`create table bench_items ${TABLE}`);
        await untilQuiet();
        const load = loadAverage();
        const started = Date.now();
        const cpu0 = process.cpuUsage();
        const machine0 = machineTicks();
        const replicator = await seam(db, topicPrefix, 'bench_items', decodeThreads);
        const t = await timeUntilDone(db, 'bench_items', started);
        const cpu = process.cpuUsage(cpu0);
        const machine = machineShare(machine0, machineTicks());
        const pgCpu = await backendCpuSeconds(db);
        const apply = (await replicator.metrics.applySeconds.get()).values;
        const applySum = apply.find((v) => v.metricName?.endsWith('_sum'))?.value ?? 0;
        const applyCount = apply.find((v) => v.metricName?.endsWith('_count'))?.value ?? 0;
        await replicator.stop();
        if ((await checksum(db, 'bench_items')) !== want)
          throw new Error(`${label}: the target differs from the source`);
        const run = {
          eventsPerSecond: round((total / (t.done - t.first)) * 1000),
          eventsPerSecondWithStartup: round((total / (t.done - t.started)) * 1000),
          // The whole process (main thread and decode threads), start-up included.
          cpuMicrosPerEvent: perEvent((cpu.user + cpu.system) / 1e6, total),
          postgresCpuMicrosPerEvent: perEvent(pgCpu, total),
          targetTransactions: applyCount,
          secondsInTargetTransactions: Number(applySum.toFixed(2)),
          loadAverage: load,
          // The whole machine while it ran: how busy, and how much of it waited on the disk.
          machine,
        };
        log(
          `  ${label.padEnd(40)} ${run.eventsPerSecond.toLocaleString()} events/s (${run.eventsPerSecondWithStartup.toLocaleString()} with start-up), ${run.cpuMicrosPerEvent} µs CPU/event + PostgreSQL ${run.postgresCpuMicrosPerEvent} µs; ${applyCount} transactions, ${run.secondsInTargetTransactions} s in them; load ${load.join(' ')}; machine ${machine ? `${machine.busyPercent} % busy, ${machine.ioWaitPercent} % I/O wait, ${machine.stealPercent} % stolen` : '?'}`,
        );
        return run;
      } finally {
        await db.drop();
      }
    };

    /** The Debezium JDBC sink from the start of the topic into a fresh copy of the table. */
    const runJdbcOnce = async () => {
      const db = await createPgDatabase('benchjdbc');
      const name = uniqueName('benchjdbc');
      try {
        await db.query(`create table bench_items ${TABLE}`);
        await untilQuiet();
        const load = loadAverage();
        const started = Date.now();
        const jvm0 = processCpuSeconds(connectPid);
        const machine0 = machineTicks();
        await registerConnector(name, jdbcSink(name, db, topic, 'bench_items'));
        const t = await timeUntilDone(db, 'bench_items', started, () => taskFailure(name));
        const jvm1 = processCpuSeconds(connectPid);
        const machine = machineShare(machine0, machineTicks());
        const pgCpu = await backendCpuSeconds(db);
        await connect.delete(name);
        if ((await checksum(db, 'bench_items')) !== want)
          throw new Error('JDBC sink: the target differs from the source');
        const run = {
          eventsPerSecond: round((total / (t.done - t.first)) * 1000),
          eventsPerSecondWithStartup: round((total / (t.done - t.started)) * 1000),
          // The whole Connect worker JVM: shared with whatever else runs on it meanwhile.
          cpuMicrosPerEvent: jvm0 !== undefined && jvm1 !== undefined ? perEvent(jvm1 - jvm0, total) : null,
          postgresCpuMicrosPerEvent: perEvent(pgCpu, total),
          loadAverage: load,
          machine,
        };
        log(
          `  ${'Debezium JDBC sink 3.6.0'.padEnd(40)} ${run.eventsPerSecond.toLocaleString()} events/s (${run.eventsPerSecondWithStartup.toLocaleString()} with start-up), Connect JVM ${run.cpuMicrosPerEvent} µs CPU/event + PostgreSQL ${run.postgresCpuMicrosPerEvent} µs; load ${load.join(' ')}; machine ${machine ? `${machine.busyPercent} % busy, ${machine.ioWaitPercent} % I/O wait, ${machine.stealPercent} % stolen` : '?'}`,
        );
        return run;
      } finally {
        await connect.delete(name).catch(() => {});
        await db.drop();
      }
    };
    /** The JDBC sink, once more into a fresh database if its task fails (the failures are kept). */
    const runJdbc = async () => {
      const failures: string[] = [];
      for (;;) {
        try {
          return { ...(await runJdbcOnce()), failures };
        } catch (error) {
          if (!(error instanceof SinkFailed) || failures.length >= 1) throw error;
          failures.push(error.message);
          log(`  JDBC sink task failed (${error.message}); once more`);
        }
      }
    };

    // Rounds: Seam, then the JDBC sink, on the same topic, each into a fresh database.
    const rounds: Array<{
      seam: Awaited<ReturnType<typeof runSeam>>;
      jdbc?: Awaited<ReturnType<typeof runJdbc>>;
    }> = [];
    for (let i = 0; i < ROUNDS; i++) {
      log(`  round ${i + 1}/${ROUNDS}`);
      const seamRun = await runSeam('Seam replicator', prefix);
      rounds.push({ seam: seamRun, ...(ONLY === 'seam' ? {} : { jdbc: await runJdbc() }) });
    }
    // The same, with decoding on the main thread (apply.decodeThreads: 0), once.
    const mainThread = await runSeam('Seam, decoding on the main thread', prefix, 0);
    // Seam on the same changes without embedded schemas (types from the target table).
    const withoutSchemas = await runSeam('Seam, topic without schemas', plainPrefix);
    const plainConsume = await ceilingConsume(plainTopic, total, false);
    log(`  ceiling: kafkajs consuming it only      ${round(plainConsume).toLocaleString()} events/s`);

    const seamRate = median(rounds.map((r) => r.seam.eventsPerSecond));
    if (ONLY === 'seam') {
      process.stdout.write(
        `${JSON.stringify({ bench: 'replicator', only: 'seam', events: total, seamEventsPerSecond: seamRate, rounds, mainThread, withoutSchemas })}\n`,
      );
      return;
    }
    const jdbcRate = median(rounds.map((r) => r.jdbc!.eventsPerSecond));
    const ratios = rounds.map((r) => Number((r.seam.eventsPerSecond / r.jdbc!.eventsPerSecond).toFixed(2)));

    const { seamLatency, jdbcLatency } = await latencies();

    const result = {
      bench: 'replicator',
      date: new Date().toISOString(),
      events: total,
      rows: ROWS,
      rounds: ROUNDS,
      seam: {
        eventsPerSecond: round(seamRate),
        runs: rounds.map((r) => r.seam),
        decodingOnMainThread: mainThread,
        withoutSchemas,
        latency: seamLatency,
      },
      jdbcSink: {
        version: '3.6.0.Final',
        eventsPerSecond: round(jdbcRate),
        runs: rounds.map((r) => r.jdbc!),
        latency: jdbcLatency,
      },
      ceilings: {
        kafkajsConsumeEventsPerSecond: round(consumeOnly),
        kafkajsConsumeDecodeEventsPerSecond: round(consumeDecode),
        kafkajsConsumeWithoutSchemasEventsPerSecond: round(plainConsume),
        postgresBulkUpsertRowsPerSecond: round(upsertCeiling),
      },
      // Per round (same load for both), and their median.
      seamVsJdbcPerRound: ratios,
      seamVsJdbc: Number(median(ratios).toFixed(2)),
      targets: {
        atLeast50kPerSecond: seamRate >= 50_000,
        atLeast50kPerSecondWithoutSchemas: withoutSchemas.eventsPerSecond >= 50_000,
        atLeast5xJdbc: median(ratios) >= 5,
        p99Under1sAt5k: seamLatency.p99Ms < 1000,
      },
    };
    log(`  Seam/JDBC: ${result.seamVsJdbc}×`);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    for (const c of cleanup) await c().catch((e) => log(`cleanup: ${(e as Error).message}`));
    const admin = kafka.admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    await admin.deleteTopics({ topics }).catch(() => {});
    await admin.disconnect();
  }
}

await main();
