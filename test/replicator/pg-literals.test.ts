import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dollarQuoted, pgLiteral } from '../../packages/replicator/src/apply/postgres/statements.js';
import { createPgDatabase, type TestPg } from '../helpers/index.js';

// The replicator puts each column of a batch into its statement as one literal: whatever the
// text holds, PostgreSQL must read back exactly that text.
const TEXTS = [
  '{"a","b",NULL}',
  'x$seam',
  '$seam$',
  'a$seam$b',
  '$seam',
  '$',
  "it's",
  'back\\slash',
  "both ' and \\",
  '{"quote \\" inside"}',
  'ünïcödé ✓',
  '',
];

describe('PostgreSQL literals of batch columns', () => {
  let db: TestPg;
  beforeAll(async () => {
    db = await createPgDatabase('literals');
  });
  afterAll(() => db?.drop());

  it.each(TEXTS)('reads %j back as it was', async (text) => {
    for (const literal of [dollarQuoted(text), pgLiteral(text)]) {
      const [row] = await db.query<{ t: string }>(`select ${literal}::text as t`);
      expect(row!.t).toBe(text);
    }
  });

  it('dollar-quotes ordinary text and escapes text that holds the tag', () => {
    expect(dollarQuoted('{"a"}')).toBe(['$seam$', '{"a"}', '$seam$'].join(''));
    expect(dollarQuoted('x$seam')).not.toContain('$seam$x');
  });
});
