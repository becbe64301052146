import type { ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { type GenerateResult, generate, sampleRowsSql, writeGenerated } from '@seam/codegen';
import { planToYaml } from '@seam/core';
import { bootstrapServers } from '@seam/infra';
import { type MoveState, type MoveStatusReport, MoveStore } from '@seam/move';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeam, spawnSeam, stopSeam } from '../cli/run-seam.js';
import { samplePlan, tempDir } from '../codegen/sample.js';
import {
  connect,
  createPgDatabase,
  deletePrefixedTopics,
  kafka,
  type TestPg,
  uniqueName,
} from '../helpers/index.js';

/**
 * `seam move complete` on PostgreSQL → PostgreSQL: create, the agent until `running`, then the
 * state as a switch leaves it (phase switched; move-handover's switch does this for real), then
 * complete with the plan's `move.monolithCopies: drop` — nothing of the move is left (connectors,
 * slots, publications, heartbeat tables, topics, groups), the monolith's copies are dropped and the
 * service keeps its rows. cancel after the switch is refused first, naming reverse.
 */

const SERVICE = 'purchase-orders';
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('seam move complete: PostgreSQL → PostgreSQL', () => {
  let source: TestPg;
  let target: TestPg;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let result: GenerateResult;
  let env: Record<string, string>;
  let out: string;
  let planPath: string;
  let agent: ChildProcess | undefined;
  const prefix = uniqueName('mvc');

  const args = () => ['--service', SERVICE, '--dir', out, '--plan', planPath];
  const ok = async (a: string[]) => {
    const r = await runSeam(a, env);
    expect(r.code, `seam ${a.join(' ')}\n${r.stderr}\n${r.stdout}`).toBe(0);
    return r;
  };

  beforeAll(async () => {
    const sample = await samplePlan();
    const plan = structuredClone(sample.plan);
    plan.services.find((s) => s.name === SERVICE)!.move = { monolithCopies: 'drop' };
    source = await createPgDatabase('mvc_src');
    target = await createPgDatabase('mvc_dst');
    await source.query(await readFile(join(root, 'samples/monolith/schema.postgres.sql'), 'utf8'));
    await source.query(sampleRowsSql(sample.snapshot, 'postgres', 8));
    dir = await tempDir('move-complete');
    planPath = join(dir.path, 'plan.yaml');
    out = join(dir.path, 'out');
    await writeFile(planPath, planToYaml(plan));
    result = generate({
      plan,
      snapshot: sample.snapshot,
      workload: sample.workload,
      source: source.spec,
      targetDialect: 'postgres',
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
    for (const c of result?.manifest.connectors ?? []) await connect.delete(c.name).catch(() => {});
    await deletePrefixedTopics(prefix);
    await source?.drop();
    await target?.drop();
    await dir?.remove();
  });

  it('tears down everything of the move and drops the monolith copies as the plan says', async () => {
    await ok(['move', 'create', ...args()]);
    agent = spawnSeam(['move', 'replicate', ...args()], env);
    let phase = '';
    const until = Date.now() + 150_000;
    while (Date.now() < until && phase !== 'running') {
      phase = (JSON.parse((await ok(['move', 'status', ...args(), '--json'])).stdout) as MoveStatusReport)
        .phase;
      if (phase !== 'running') await sleep(1000);
    }
    expect(phase).toBe('running');

    // complete before a switch is refused, naming switch.
    const early = await runSeam(['move', 'complete', ...args(), '--json'], env);
    expect(JSON.parse(early.stdout).error).toMatchObject({ code: 'SEAM_MOVE_PHASE' });
    expect(JSON.parse(early.stdout).error.hint).toContain('seam move switch');

    // The state a switch leaves (forward stopped, the service writes).
    const store = await MoveStore.open({ spec: target.spec, service: SERVICE });
    await store.change((s: MoveState) => {
      s.phase = 'switched';
      s.direction = 'none';
    });
    await store.close();
    const refused = await runSeam(['move', 'cancel', ...args(), '--json'], env);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).error).toMatchObject({ code: 'SEAM_MOVE_PHASE' });
    expect(JSON.parse(refused.stdout).error.hint).toContain('seam move reverse');

    // Generated files changed since create: refused until they are restored.
    const manifest = join(out, 'seam-generate.json');
    const original = await readFile(manifest, 'utf8');
    await writeFile(manifest, `${original}\n`);
    const changed = await runSeam(['move', 'complete', ...args(), '--json'], env);
    expect(JSON.parse(changed.stdout).error).toMatchObject({ code: 'SEAM_MOVE_CHANGED' });
    await writeFile(manifest, original);

    const done = JSON.parse((await ok(['move', 'complete', ...args(), '--json'])).stdout);
    expect(done.phase).toBe('completed');
    expect(done.steps.find((s: { name: string }) => s.name === 'choose-copies').detail).toContain('drop');

    // Nothing of the move is left on the monolith.
    const left = await source.query<{ t: string }>(
      `select table_name as t from information_schema.tables where table_schema = 'public' and (table_name in ('suppliers', 'purchase_orders', 'purchase_order_lines') or table_name like 'seam_heartbeat%')`,
    );
    expect(left).toEqual([]);
    expect(
      await source.query('select slot_name from pg_replication_slots where database = current_database()'),
    ).toEqual([]);
    expect(await source.query('select pubname from pg_publication')).toEqual([]);
    // Nor in Kafka and Connect.
    const admin = kafka.admin();
    await admin.connect();
    try {
      expect((await admin.listTopics()).filter((t) => t.includes(prefix))).toEqual([]);
      expect(
        (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.includes(prefix)),
      ).toEqual([]);
    } finally {
      await admin.disconnect();
    }
    for (const c of result.manifest.connectors) await expect(connect.status(c.name)).rejects.toThrow();
    // The service keeps its rows; the agent runs nothing.
    const rows = await target.query<{ n: string }>('select count(*) as n from purchase_orders');
    expect(Number(rows[0]!.n)).toBe(8);
    const status = JSON.parse((await ok(['move', 'status', ...args(), '--json'])).stdout) as MoveStatusReport;
    expect(status.phase).toBe('completed');
    expect(status.nextSteps).toEqual([]);
    await expect
      .poll(
        async () => {
          const s = JSON.parse(
            (await ok(['move', 'status', ...args(), '--json'])).stdout,
          ) as MoveStatusReport;
          return s.agent?.replicators;
        },
        { timeout: 10_000 },
      )
      .toEqual([]);
  });
});
