import { DLQ_HEADERS } from '@seam/replicator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPgDatabase,
  kafka,
  pgSource,
  type RegisteredConnector,
  registerConnector,
  type TestPg,
  uniqueName,
  waitForTopic,
} from '../helpers/index.js';
import { spawnReplicate, writePlan } from './child.js';
import { dropEventually, readRaw } from './harness.js';

const CANARY = 'hunter2-canary';

// Bad input reaches `seam replicate` as a user would give it: clear errors with stable codes,
// nothing applied half-way, never a password in the output.
describe('seam replicate with bad input', () => {
  let source: TestPg;
  let target: TestPg;
  let connector: RegisteredConnector;
  const prefix = uniqueName('bad');
  const topic = `${prefix}.public.items`;
  let plan: string;
  const role = uniqueName('noperm');
  const base = () => [
    '--plan',
    plan,
    '--service',
    'orders',
    '--topic-prefix',
    prefix,
    '--topic-wait',
    '3000',
  ];

  beforeAll(async () => {
    [source, target] = await Promise.all([createPgDatabase('badsrc'), createPgDatabase('baddst')]);
    await source.query('create table items (id bigint primary key, v int)');
    await target.query('create table items (id bigint primary key, v int)');
    await source.query('insert into items values (1, 1), (2, 2)');
    connector = await registerConnector(
      prefix,
      pgSource(source, { topicPrefix: prefix, tables: ['public.items'] }),
    );
    await waitForTopic(topic);
    plan = writePlan(prefix, 'orders', [{ table: 'public.items' }]);
    await target.query(`create role ${role} login`);
  });

  afterAll(async () => {
    await connector?.remove();
    await target.query(`drop owned by ${role}`).catch(() => {});
    await Promise.all([dropEventually(source), target?.drop()]);
    const admin = await createPgDatabase('badcleanup');
    await admin.query(`drop role if exists ${role}`).catch(() => {});
    await admin.drop();
  });

  const run = async (args: string[], env: Record<string, string> = {}) => {
    const r = await spawnReplicate(uniqueName('badrun'), ['--json', ...args], env).exited;
    expect(`${r.stdout}${r.stderr}`).not.toContain(CANARY);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    return { ...r, error: r.stdout ? JSON.parse(r.stdout).error : undefined };
  };

  it('refuses wrong credentials, a missing target and a user without permissions', async () => {
    const wrong = await run([
      ...base(),
      '--target',
      `postgres://nobody:${CANARY}@127.0.0.1:5432/${target.name}`,
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.error.code).toBe('SEAM_DB_AUTH_FAILED');

    const none = await run(base());
    expect(none.code).toBe(1);
    expect(none.error).toMatchObject({ code: 'SEAM_REPL_TARGET_MISSING' });
    expect(none.error.message).toContain('SEAM_TARGET_ORDERS_URL');

    const denied = await run([...base(), '--target', `postgres://${role}@127.0.0.1:5432/${target.name}`]);
    expect(denied.code).toBe(1);
    expect(denied.error.code).toBe('SEAM_DB_PERMISSION_DENIED');
    expect(await target.query('select * from items')).toEqual([]);
  });

  it('names a table the stream never carries', async () => {
    const ghost = writePlan(`${prefix}-ghost`, 'orders', [
      { table: 'public.items' },
      { table: 'public.ghosts' },
    ]);
    const r = await run(
      ['--plan', ghost, '--service', 'orders', '--topic-prefix', prefix, '--topic-wait', '1000'],
      {
        SEAM_TARGET_ORDERS_URL: target.url,
      },
    );
    expect(r.code).toBe(1);
    expect(r.error.code).toBe('SEAM_REPL_TABLE_MISSING');
    await target.query('create table ghosts (id int primary key)');
    const again = await run(
      ['--plan', ghost, '--service', 'orders', '--topic-prefix', prefix, '--topic-wait', '1000'],
      {
        SEAM_TARGET_ORDERS_URL: target.url,
      },
    );
    expect(again.error.code).toBe('SEAM_REPL_TOPIC_MISSING');
    expect(again.error.message).toContain('public.ghosts');
    expect(await target.query('select * from items')).toEqual([]);
  });

  it('refuses a configuration file that holds a password', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { LOG_DIR } = await import('./harness.js');
    const file = join(LOG_DIR, `${prefix}.replicator.yaml`);
    writeFileSync(
      file,
      `service: orders\nsource: {topicPrefix: ${prefix}}\ntarget: {url: "postgres://app:${CANARY}@127.0.0.1/x"}\ntables: [{source: public.items}]\n`,
    );
    const r = await run(['--config', file]);
    expect(r.code).toBe(1);
    expect(r.error.code).toBe('SEAM_CREDENTIALS_IN_FILE');
  });

  it('dead-letters malformed events and applies the rest; stops on them when fail-fast', async () => {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic,
      messages: [
        { key: '{"id":3}', value: '{"not json' },
        { key: '{"id":4}', value: '{"op":"x","after":{"id":4}}' },
        { key: '{"id":5}', value: '[1,2,3]' },
      ],
    });
    await producer.disconnect();
    await source.query('insert into items values (6, 6)');
    await readRaw(topic, 6);

    const dlq = `${prefix}.dlq`;
    const ok = await run([...base(), '--dead-letter-topic', dlq, '--until-caught-up'], {
      SEAM_TARGET_ORDERS_URL: target.url,
    });
    expect(ok.code, ok.stderr).toBe(0);
    expect(await target.query('select id::int as id, v from items order by id')).toEqual([
      { id: 1, v: 1 },
      { id: 2, v: 2 },
      { id: 6, v: 6 },
    ]);
    const dead = await readRaw(dlq, 3);
    expect(dead.map((d) => d.headers[DLQ_HEADERS.code])).toEqual([
      'SEAM_REPL_EVENT_INVALID',
      'SEAM_REPL_EVENT_INVALID',
      'SEAM_REPL_EVENT_INVALID',
    ]);
    expect(dead.map((d) => d.headers[DLQ_HEADERS.offset])).toEqual(['2', '3', '4']);
    expect(dead[1]!.headers[DLQ_HEADERS.message]).toContain('unknown operation "x"');
    expect(dead[0]!.value).toBe('{"not json');

    // Fail-fast, into a fresh target: it stops at the first malformed event, having applied what came before.
    await target.query('delete from items');
    const failFast = await run([...base(), '--on-poison', 'fail', '--group', uniqueName('ff')], {
      SEAM_TARGET_ORDERS_URL: target.url,
    });
    expect(failFast.code).toBe(1);
    expect(failFast.error.code).toBe('SEAM_REPL_EVENT_INVALID');
    expect(failFast.error.message).toContain(`${topic}/0@2`);
    expect(await target.query('select id::int as id from items order by id')).toEqual([{ id: 1 }, { id: 2 }]);
  });
});
