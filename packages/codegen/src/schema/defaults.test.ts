import type { ColumnSnapshot, LogicalType, SchemaSnapshot } from '@seam/core';
import { describe, expect, it } from 'vitest';
import { carryDefault, parseStringLiteral } from './defaults.js';

const pg: SchemaSnapshot['engine'] = { dialect: 'postgres', flavor: 'postgresql', version: '15' };
const maria: SchemaSnapshot['engine'] = { dialect: 'mysql', flavor: 'mariadb', version: '10.11' };
const mysql8: SchemaSnapshot['engine'] = { dialect: 'mysql', flavor: 'mysql', version: '8.0' };
const column = (type: LogicalType, def: string | null): ColumnSnapshot => ({
  name: 'c',
  nativeType: '',
  type,
  nullable: true,
  default: def,
});

describe('carryDefault', () => {
  it('carries literals with their PostgreSQL casts, quoted for the target', () => {
    expect(parseStringLiteral("'it''s'::character varying")).toBe("it's");
    expect(parseStringLiteral("'x'::text::character varying(20)")).toBe('x');
    expect(parseStringLiteral("'x' || 'y'")).toBeUndefined();
    expect(carryDefault(column({ kind: 'text' }, "'it''s'::text"), pg, 'mysql', 'varchar(20)')).toEqual({
      sql: "'it\\'s'",
    });
    expect(carryDefault(column({ kind: 'decimal' }, "'1.50'::numeric"), pg, 'mysql', 'decimal(5,2)')).toEqual(
      {
        sql: '1.50',
      },
    );
    expect(carryDefault(column({ kind: 'integer', bytes: 4 }, '(-1)'), pg, 'postgres', 'integer')).toEqual({
      sql: '-1',
    });
  });

  it('maps booleans and the current time between engines', () => {
    expect(carryDefault(column({ kind: 'boolean' }, 'false'), pg, 'mysql', 'tinyint(1)')).toEqual({
      sql: '0',
    });
    expect(carryDefault(column({ kind: 'boolean' }, "b'1'"), maria, 'postgres', 'boolean')).toEqual({
      sql: 'true',
    });
    const ts: LogicalType = { kind: 'timestamp', withTimeZone: false };
    expect(carryDefault(column(ts, 'now()'), pg, 'mysql', 'datetime(6)')).toEqual({
      sql: 'CURRENT_TIMESTAMP(6)',
    });
    expect(carryDefault(column(ts, 'current_timestamp()'), maria, 'postgres', 'timestamp(0)')).toEqual({
      sql: 'CURRENT_TIMESTAMP',
    });
  });

  it('reads MySQL 8 string defaults, which come unquoted', () => {
    expect(carryDefault(column({ kind: 'text' }, 'active'), mysql8, 'postgres', 'text')).toEqual({
      sql: "'active'",
    });
  });

  it('says why it leaves an expression, a sequence or a MySQL TEXT default out', () => {
    expect(
      carryDefault(column({ kind: 'integer', bytes: 8 }, "nextval('s'::regclass)"), pg, 'mysql', 'bigint'),
    ).toBeNull();
    expect(
      carryDefault(column({ kind: 'uuid' }, 'gen_random_uuid()'), pg, 'mysql', 'char(36)'),
    ).toMatchObject({
      skipped: expect.stringContaining('only literals'),
    });
    expect(carryDefault(column({ kind: 'text' }, "'x'::text"), pg, 'mysql', 'longtext')).toMatchObject({
      skipped: expect.stringContaining('TEXT'),
    });
    expect(carryDefault(column({ kind: 'text' }, 'NULL::character varying'), pg, 'mysql', 'text')).toBeNull();
  });
});
