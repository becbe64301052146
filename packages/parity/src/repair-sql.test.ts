import { describe, expect, it } from 'vitest';
import { mapTable } from './mapping.js';
import { RepairSql } from './repair-sql.js';
import type { TableInfo } from './types.js';

const table = (dialect: 'postgres' | 'mysql', key: string[] | null): TableInfo => ({
  dialect,
  schema: 's',
  name: 't',
  key,
  estimatedRows: 0,
  columns: [
    { name: 'id', kind: 'int', native: 'integer', nullable: false },
    { name: 'v', kind: 'text', native: 'text', nullable: true },
    { name: 'b', kind: 'binary', native: 'bytea', nullable: true },
  ],
});

describe('RepairSql', () => {
  it('writes keyed upserts and deletes with quoted identifiers and escaped values', () => {
    let out = '';
    const mapping = mapTable(table('postgres', ['id']), table('mysql', ['id']));
    const sink = new RepairSql('mysql', (s) => {
      out += s;
    }).table('my db', 't`x', mapping);
    sink(
      { kind: 'missing', key: { id: '1' } },
      { source: { key: ['1'], hash: '', values: ['1', "it's", '00ff'] } },
    );
    sink(
      { kind: 'extra', key: { id: '2' } },
      { target: { key: ['2'], hash: '', values: ['2', null, null] } },
    );
    expect(out).toContain("SET time_zone = '+00:00';");
    expect(out).toContain(
      "INSERT INTO `my db`.`t``x` (`id`, `v`, `b`) VALUES ('1', 'it\\'s', X'00ff') ON DUPLICATE KEY UPDATE `v` = VALUES(`v`), `b` = VALUES(`b`);",
    );
    expect(out).toContain("DELETE FROM `my db`.`t``x` WHERE `id` = '2';");
  });
  it('repairs a table without a key with plain inserts and limited deletes', () => {
    let out = '';
    const mapping = mapTable(table('postgres', null), table('postgres', null));
    const sink = new RepairSql('postgres', (s) => {
      out += s;
    }).table('s', 't', mapping);
    const row = { key: [], hash: '', values: ['1', null, '00'] };
    sink({ kind: 'extra', key: {}, count: 2 }, { target: row });
    sink({ kind: 'missing', key: {}, count: 2 }, { source: row });
    expect(out).toContain(
      `DELETE FROM "s"."t" WHERE ctid IN (SELECT ctid FROM "s"."t" WHERE "id" = '1' AND "v" IS NULL AND "b" = '\\x00' LIMIT 2);`,
    );
    expect(out.match(/INSERT INTO "s"\."t" \("id", "v", "b"\) VALUES \('1', NULL, '\\x00'\);/g)).toHaveLength(
      2,
    );
  });

  it('writes complete rows: columns carried but not compared are inserted from the source text', () => {
    let out = '';
    const source = table('postgres', ['id']);
    source.columns.push({ name: 'shape', kind: 'other', native: 'point', nullable: false });
    const target = table('mysql', ['id']);
    target.columns.push({ name: 'shape', kind: 'int', native: 'int', nullable: false });
    const mapping = mapTable(source, target);
    expect(mapping.problems).toEqual([expect.stringMatching(/shape: incompatible types/)]);
    expect(mapping.carried.map((c) => c.target)).toEqual(['shape']);
    const sink = new RepairSql('mysql', (s) => {
      out += s;
    }).table('d', 't', mapping);
    sink(
      { kind: 'missing', key: { id: '1' } },
      { source: { key: ['1'], hash: '', values: ['1', 'v', null], carried: ['(1,2)'] } },
    );
    expect(out).toContain(
      "INSERT INTO `d`.`t` (`id`, `v`, `b`, `shape`) VALUES ('1', 'v', NULL, '(1,2)') ON DUPLICATE KEY UPDATE `v` = VALUES(`v`), `b` = VALUES(`b`), `shape` = VALUES(`shape`);",
    );
  });
});
