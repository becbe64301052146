import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../decode/envelope.js';
import { UNAVAILABLE } from '../decode/unavailable.js';
import { ChangeSet } from './change-set.js';
import { everyTypeRoute } from './fixtures.js';
import { MysqlStatements } from './mysql/statements.js';
import { PostgresStatements } from './postgres/statements.js';

// A primary-key change whose TOASTed column was not sent: the writers copy the old row to the new
// key (before any delete), then upsert what the event carries, with hostile names quoted.
const hostile = 'b"o`dy; drop table x';
const r = everyTypeRoute(['id', 'title', hostile]);

function moved(): ChangeSet {
  const event = (op: ChangeEvent['op'], row: Record<string, unknown>, keyMove: ChangeEvent['keyMove']) =>
    ({
      op,
      key: { id: row.id },
      before: op === 'd' ? row : null,
      after: op === 'c' ? row : null,
      source: undefined,
      transaction: undefined,
      tsMs: undefined,
      shape: undefined,
      keyMove,
    }) as ChangeEvent;
  const set = new ChangeSet();
  set.add(r, event('d', { id: 1 }, { to: true }));
  set.add(r, event('tombstone', { id: 1 }, { to: true }));
  set.add(r, event('c', { id: 10, title: "it's", [hostile]: UNAVAILABLE }, { from: { id: 1 } }));
  return set;
}

describe('statements for a key change that left a column unsent', () => {
  it('PostgreSQL: copies the old row first, then deletes the old key, then upserts the sent columns', () => {
    const sql = new PostgresStatements().encode(moved()).map((s) => s.sql);
    expect(sql).toHaveLength(3);
    expect(sql[0]).toBe(
      'insert into "public"."every_type" ("id", "title", "b""o`dy; drop table x") select $seam$10$seam$::integer, $seam$it\'s$seam$::text, o."b""o`dy; drop table x" from "public"."every_type" as o where o."id" = $seam$1$seam$::integer on conflict ("id") do update set "title" = excluded."title", "b""o`dy; drop table x" = excluded."b""o`dy; drop table x"',
    );
    expect(sql[1]).toMatch(/^delete from "public"\."every_type"/);
    expect(sql[2]).toMatch(/^insert into "public"\."every_type" \("id", "title"\) select/);
  });

  it('MySQL: the same with parameters', () => {
    const statements = new MysqlStatements().encode(moved());
    expect(statements).toHaveLength(3);
    expect(statements[0]).toEqual({
      sql: 'insert into `public`.`every_type` (`id`, `title`, `b"o``dy; drop table x`) select ?, ?, o.`b"o``dy; drop table x` from `public`.`every_type` as o where o.`id` = ? on duplicate key update `title` = values(`title`), `b"o``dy; drop table x` = values(`b"o``dy; drop table x`)',
      params: [10, "it's", 1],
    });
    expect(statements[1]!.sql).toMatch(/^delete from `public`\.`every_type`/);
    expect(statements[2]!.sql).toMatch(/^insert into `public`\.`every_type` \(`id`, `title`\) values \?/);
  });
});
