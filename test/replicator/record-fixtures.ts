/**
 * Records real Debezium events (PostgreSQL 3.6.1 and MariaDB 3.5.0 connectors, JSON converter with
 * embedded schemas, transaction metadata on, truncates on) into the replicator's unit-test fixtures.
 * Run by hand when the connectors change: node --conditions=source --import tsx test/replicator/record-fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createMysqlDatabase,
  createPgDatabase,
  kafka,
  mariadbSource,
  pgSource,
  registerConnector,
  uniqueName,
  waitForTopic,
} from '../helpers/index.js';
import { EVERY_TYPE_MARIADB, EVERY_TYPE_PG, mariadbEdgeRows, pgEdgeRows } from './every-type.js';

const out = fileURLToPath(new URL('../../packages/replicator/src/decode/fixtures/', import.meta.url));

interface Recorded {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

async function drain(topics: string[], idleMs = 4000): Promise<Recorded[]> {
  const consumer = kafka.consumer({ groupId: uniqueName('rec'), maxWaitTimeInMs: 200 });
  await consumer.connect();
  for (const topic of topics) {
    await waitForTopic(topic);
    await consumer.subscribe({ topic, fromBeginning: true });
  }
  const events: Recorded[] = [];
  let last = Date.now();
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(message.headers ?? {})) headers[k] = String(v);
      events.push({
        topic,
        partition,
        offset: message.offset,
        key: message.key?.toString('utf8') ?? null,
        value: message.value?.toString('utf8') ?? null,
        headers,
      });
      last = Date.now();
    },
  });
  while (Date.now() - last < idleMs || events.length === 0) await new Promise((r) => setTimeout(r, 250));
  await consumer.disconnect();
  return events;
}

const extra = { 'provide.transaction.metadata': 'true', 'skipped.operations': 'none' };

async function recordPg(): Promise<void> {
  const db = await createPgDatabase('recpg');
  const prefix = uniqueName('recpg');
  try {
    for (const sql of EVERY_TYPE_PG) await db.query(sql);
    for (const row of pgEdgeRows()) await db.query(row.sql, row.params);
    const c = await registerConnector(
      prefix,
      pgSource(db, { topicPrefix: prefix, tables: ['public.every_type'], extra }),
    );
    try {
      await waitForTopic(`${prefix}.public.every_type`);
      // An update that leaves the TOASTed columns alone, a PK change, a delete, a truncate.
      await db.query("update every_type set c_varchar = 'toast untouched' where id = 2");
      await db.query('update every_type set id = 20 where id = 3');
      await db.query('delete from every_type where id = 1');
      await db.query(
        'begin; update every_type set c_int4 = 7 where id = 2; update every_type set c_int4 = 8 where id = 20; commit',
      );
      await db.query('truncate every_type');
      const events = await drain([`${prefix}.public.every_type`, `${prefix}.transaction`]);
      writeFileSync(`${out}postgres.json`, `${JSON.stringify({ prefix, events }, null, 1)}\n`);
      console.log(`postgres: ${events.length} events`);
    } finally {
      await c.remove();
    }
  } finally {
    await db.drop();
  }
}

async function recordMariadb(): Promise<void> {
  const db = await createMysqlDatabase('recmdb');
  const prefix = uniqueName('recmdb');
  try {
    for (const sql of EVERY_TYPE_MARIADB) await db.query(sql);
    for (const row of mariadbEdgeRows()) await db.query(row.sql, row.params);
    const c = await registerConnector(
      prefix,
      mariadbSource(db, { topicPrefix: prefix, tables: [`${db.name}.every_type`], extra }),
    );
    try {
      const topic = `${prefix}.${db.name}.every_type`;
      await waitForTopic(topic);
      await db.query("update every_type set c_varchar = 'changed' where id = 2");
      await db.query('update every_type set id = 20 where id = 3');
      await db.query('delete from every_type where id = 1');
      await db.query('truncate every_type');
      const events = await drain([topic, `${prefix}.transaction`]);
      writeFileSync(
        `${out}mariadb.json`,
        `${JSON.stringify({ prefix, database: db.name, events }, null, 1)}\n`,
      );
      console.log(`mariadb: ${events.length} events`);
    } finally {
      await c.remove();
    }
  } finally {
    await db.drop();
  }
}

await recordPg();
await recordMariadb();
