import { describe, expect, it } from 'vitest';
import { mysqlSql } from './mysql/sql.js';
import { postgresSql } from './postgres/sql.js';
import { rangeWhere } from './sql-dialect.js';
import type { ColumnInfo } from './types.js';

const keys: ColumnInfo[] = [
  { name: 'a"b', kind: 'int', native: 'bigint', nullable: false },
  { name: 'k`x', kind: 'text', native: 'text', nullable: false, byteOrder: false },
];

describe('key ranges', () => {
  it('PostgreSQL: row comparison, text in byte order, typed parameters', () => {
    const params: unknown[] = [];
    expect(rangeWhere(postgresSql, keys, { lo: ['1', 'x'], hi: ['9', 'y'] }, params)).toBe(
      '(("a""b", "k`x" COLLATE "C") >= ($1::bigint, $2::text)) AND (("a""b", "k`x" COLLATE "C") < ($3::bigint, $4::text))',
    );
    expect(params).toEqual(['1', 'x', '9', 'y']);
  });
  it('MariaDB: expanded OR form (a range scan), NO PAD binary order for text', () => {
    const params: unknown[] = [];
    const k = 'CONVERT(`k``x` USING utf8mb4) COLLATE utf8mb4_nopad_bin';
    expect(mysqlSql.compare(keys, '>=', ['1', 'x'], params)).toBe(
      `\`a"b\` > CAST(? AS SIGNED) OR (\`a"b\` = CAST(? AS SIGNED) AND ${k} >= ?)`,
    );
    expect(params).toEqual(['1', '1', 'x']);
    expect(rangeWhere(mysqlSql, keys, {}, [])).toBe('1=1');
  });
});
