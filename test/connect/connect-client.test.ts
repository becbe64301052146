import { SeamError } from '@seam/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, createPgDatabase, pgSource, type TestPg, uniqueName } from '../helpers/index.js';

describe('ConnectClient against the real Kafka Connect worker', () => {
  let db: TestPg;
  beforeAll(async () => {
    db = await createPgDatabase('connclient');
  });
  afterAll(async () => {
    await db.drop();
  });

  it('validates a config and lists what Connect rejects', async () => {
    const config = pgSource(db, { topicPrefix: uniqueName('v'), tables: ['public.x'] });
    const good = await connect.validate(config['connector.class']!, { name: 'v', ...config });
    expect(good.error_count).toBe(0);
    const bad = await connect.validate(config['connector.class']!, {
      name: 'v',
      ...config,
      'database.port': 'not-a-port',
    });
    expect(bad.error_count).toBeGreaterThan(0);
  });

  it('reports the real reason for a rejected connector, without the password', async () => {
    const name = uniqueName('bad');
    const config = {
      ...pgSource(db, { topicPrefix: name, tables: ['public.x'] }),
      'database.password': 'hunter2-canary',
      'database.dbname': 'no_such_database_here',
    };
    try {
      await connect.put(name, config);
      expect.unreachable('Connect accepted a connector for a database that does not exist');
    } catch (error) {
      expect(error).toBeInstanceOf(SeamError);
      const e = error as SeamError;
      expect(e.code).toBe('SEAM_CONNECT_FAILED');
      expect(e.message).toMatch(/no_such_database_here|database\.dbname|database\.hostname/);
      expect(e.message).not.toContain('NullPointerException');
      expect(JSON.stringify(e)).not.toContain('hunter2-canary');
    } finally {
      await connect.delete(name);
    }
  });
});
