import type { Replicator } from '@seam/replicator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPgDatabase,
  pgSource,
  type RegisteredConnector,
  registerConnector,
  type TestPg,
  uniqueName,
  waitForTopic,
} from '../helpers/index.js';
import { dropEventually, startReplicator, testConfig } from './harness.js';

const ACCOUNTS = 20;
const TOTAL = ACCOUNTS * 1000 * 2;

// Transaction mode: every source transaction moves money from a row of `debits` to a row of
// `credits` (two tables, two topics). Applied whole, the target's total never changes; a reader
// checking it in its own snapshot while the stream applies must never see a half transaction.
describe('transaction-consistent mode', () => {
  let source: TestPg;
  let target: TestPg;
  let connector: RegisteredConnector;
  let replicator: Replicator;
  const prefix = uniqueName('tx');

  beforeAll(async () => {
    [source, target] = await Promise.all([createPgDatabase('txsrc'), createPgDatabase('txdst')]);
    for (const db of [source, target]) {
      await db.query('create table debits (id int primary key, balance bigint not null)');
      await db.query('create table credits (id int primary key, balance bigint not null)');
    }
    await source.query(`insert into debits select g, 1000 from generate_series(1, ${ACCOUNTS}) g`);
    await source.query(`insert into credits select g, 1000 from generate_series(1, ${ACCOUNTS}) g`);
    connector = await registerConnector(
      prefix,
      pgSource(source, {
        topicPrefix: prefix,
        tables: ['public.debits', 'public.credits'],
        extra: { 'provide.transaction.metadata': 'true' },
      }),
    );
    await Promise.all([waitForTopic(`${prefix}.public.debits`), waitForTopic(`${prefix}.public.credits`)]);
    // The metadata topic appears with the first streamed transaction.
    await source.query(
      'begin; update debits set balance = balance where id = 1; update credits set balance = balance where id = 1; commit',
    );
    await waitForTopic(`${prefix}.transaction`);
    replicator = await startReplicator(
      testConfig({
        service: 'ledger',
        kafka: { groupId: uniqueName('tx') },
        source: { topicPrefix: prefix },
        tables: [{ source: 'public.debits' }, { source: 'public.credits' }],
        apply: { mode: 'transaction' },
      }),
      { targetUrl: target.url },
    );
  });

  afterAll(async () => {
    await replicator?.stop();
    await connector?.remove();
    await Promise.all([dropEventually(source), target?.drop()]);
  });

  const total = async () => {
    const client = await target.pool.connect();
    try {
      await client.query('begin isolation level repeatable read');
      const [{ s }] = (
        await client.query<{ s: string }>(
          'select (select coalesce(sum(balance), 0) from debits) + (select coalesce(sum(balance), 0) from credits) as s',
        )
      ).rows as [{ s: string }];
      await client.query('commit');
      return Number(s);
    } finally {
      client.release();
    }
  };

  it('applies each source transaction atomically across its tables', async () => {
    await expect.poll(total, { timeout: 60_000, interval: 200 }).toBe(TOTAL);
    const seen: number[] = [];
    let writing = true;
    const reader = (async () => {
      while (writing) {
        seen.push(await total());
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    for (let i = 0; i < 300; i++) {
      const from = 1 + (i % ACCOUNTS);
      const to = 1 + ((i * 7) % ACCOUNTS);
      await source.query(
        `begin; update debits set balance = balance - ${i % 13} where id = ${from}; update credits set balance = balance + ${i % 13} where id = ${to}; commit`,
      );
    }
    const want = await source.query<{ id: number; balance: string }>(
      "select 'd' || id as id, balance from debits union all select 'c' || id, balance from credits order by 1",
    );
    await expect
      .poll(
        () =>
          target.query(
            "select 'd' || id as id, balance from debits union all select 'c' || id, balance from credits order by 1",
          ),
        { timeout: 60_000, interval: 200 },
      )
      .toEqual(want);
    writing = false;
    await reader;
    expect(seen.length).toBeGreaterThan(20);
    expect(seen.filter((s) => s !== TOTAL)).toEqual([]);
    expect(replicator.status().events.applied).toBeGreaterThanOrEqual(600);
  });
});
