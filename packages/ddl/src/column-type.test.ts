import type { LogicalType } from '@seam/core';
import { describe, expect, it } from 'vitest';
import { columnType } from './column-type.js';

// One case per logical kind (and the variants that change the answer), for both targets.
const cases: Array<[LogicalType, string, string, { key?: boolean; sourceDialect?: 'postgres' | 'mysql' }?]> =
  [
    [{ kind: 'boolean' }, 'boolean', 'tinyint(1)'],
    [{ kind: 'integer', bytes: 1 }, 'smallint', 'tinyint'],
    [{ kind: 'integer', bytes: 1, unsigned: true }, 'smallint', 'tinyint unsigned'],
    [{ kind: 'integer', bytes: 2 }, 'smallint', 'smallint'],
    [{ kind: 'integer', bytes: 2, unsigned: true }, 'integer', 'smallint unsigned'],
    [{ kind: 'integer', bytes: 3 }, 'integer', 'mediumint'],
    [{ kind: 'integer', bytes: 4 }, 'integer', 'int'],
    [{ kind: 'integer', bytes: 4, unsigned: true }, 'bigint', 'int unsigned'],
    [{ kind: 'integer', bytes: 8 }, 'bigint', 'bigint'],
    [{ kind: 'integer', bytes: 8, unsigned: true }, 'numeric(20,0)', 'bigint unsigned'],
    [{ kind: 'decimal', precision: 12, scale: 2 }, 'numeric(12,2)', 'decimal(12,2)'],
    [{ kind: 'decimal', precision: 10 }, 'numeric(10,0)', 'decimal(10,0)'],
    [{ kind: 'decimal', precision: 10, scale: 2, unsigned: true }, 'numeric(10,2)', 'decimal(10,2) unsigned'],
    [{ kind: 'decimal' }, 'numeric', 'decimal(65,30)'],
    [{ kind: 'decimal', precision: 80, scale: 40 }, 'numeric(80,40)', 'decimal(65,30)'],
    [{ kind: 'float', bytes: 4 }, 'real', 'float'],
    [{ kind: 'float', bytes: 8 }, 'double precision', 'double'],
    [{ kind: 'text' }, 'text', 'longtext'],
    [{ kind: 'text' }, 'text', 'varchar(255)', { key: true }],
    [{ kind: 'text', length: 40 }, 'character varying(40)', 'varchar(40)'],
    [{ kind: 'text', length: 3, fixed: true }, 'character(3)', 'char(3)'],
    [{ kind: 'text', length: 1000 }, 'character varying(1000)', 'text'],
    [{ kind: 'text', length: 1000 }, 'character varying(1000)', 'varchar(768)', { key: true }],
    [{ kind: 'text', length: 100_000 }, 'character varying(100000)', 'mediumtext'],
    [
      { kind: 'text', length: 20, charset: 'latin1', collation: 'latin1_swedish_ci' },
      'character varying(20)',
      'varchar(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci',
      { sourceDialect: 'mysql' },
    ],
    [
      { kind: 'text', length: 20, charset: 'latin1;drop', collation: 'x y' },
      'character varying(20)',
      'varchar(20)',
      { sourceDialect: 'mysql' },
    ],
    [{ kind: 'binary' }, 'bytea', 'longblob'],
    [{ kind: 'binary' }, 'bytea', 'varbinary(255)', { key: true }],
    [{ kind: 'binary', length: 16, fixed: true }, 'bytea', 'binary(16)'],
    [{ kind: 'binary', length: 100 }, 'bytea', 'varbinary(100)'],
    [{ kind: 'date' }, 'date', 'date'],
    [{ kind: 'time' }, 'time without time zone', 'time(6)'],
    [{ kind: 'time' }, 'interval', 'time', { sourceDialect: 'mysql' }],
    [{ kind: 'time', precision: 3 }, 'time(3) without time zone', 'time(3)'],
    [{ kind: 'time', precision: 6, withTimeZone: true }, 'time(6) with time zone', 'time(6)'],
    [{ kind: 'timestamp', withTimeZone: false }, 'timestamp without time zone', 'datetime(6)'],
    [
      { kind: 'timestamp', withTimeZone: false },
      'timestamp without time zone',
      'datetime',
      { sourceDialect: 'mysql' },
    ],
    [
      { kind: 'timestamp', precision: 6, withTimeZone: false },
      'timestamp(6) without time zone',
      'datetime(6)',
    ],
    [{ kind: 'timestamp', precision: 3, withTimeZone: true }, 'timestamp(3) with time zone', 'datetime(3)'],
    [
      { kind: 'timestamp', precision: 3, withTimeZone: true },
      'timestamp(3) with time zone',
      'timestamp(3)',
      { sourceDialect: 'mysql' },
    ],
    [
      { kind: 'timestamp', precision: 9, withTimeZone: false },
      'timestamp(6) without time zone',
      'datetime(6)',
    ],
    [{ kind: 'interval' }, 'interval', 'varchar(64)'],
    [{ kind: 'year' }, 'smallint', 'year'],
    [{ kind: 'json' }, 'json', 'json'],
    [{ kind: 'json', binary: true }, 'jsonb', 'json'],
    [{ kind: 'uuid' }, 'uuid', 'char(36)'],
    [{ kind: 'enum', values: ['new', "it's"] }, 'text', "enum('new','it\\'s')"],
    [{ kind: 'enum', values: [] }, 'text', 'varchar(255)'],
    [{ kind: 'set', values: ['a', 'b'] }, 'text', "set('a','b')"],
    [{ kind: 'bit', length: 1 }, 'bit(1)', 'bit(1)'],
    [{ kind: 'bit', length: 12 }, 'bit(12)', 'bit(12)'],
    [{ kind: 'bit', length: 12, varying: true }, 'bit varying(12)', 'varchar(12)'],
    [{ kind: 'bit', length: 100 }, 'bit(100)', 'varchar(100)'],
    [{ kind: 'array', element: { kind: 'integer', bytes: 4 } }, 'integer[]', 'json'],
    [{ kind: 'array', element: { kind: 'array', element: { kind: 'text' } } }, 'text[]', 'json'],
    [{ kind: 'other', native: 'tsvector' }, 'tsvector', 'longtext', { sourceDialect: 'postgres' }],
    [{ kind: 'other', native: 'geometry' }, 'text', 'geometry', { sourceDialect: 'mysql' }],
    [{ kind: 'other', native: 'x); drop table t; --' }, 'text', 'longtext', { sourceDialect: 'postgres' }],
  ];

describe('columnType', () => {
  it.each(cases)('%j → postgres %s, mysql %s', (type, pg, my, options) => {
    expect(columnType('postgres', type, options).sql).toBe(pg);
    expect(columnType('mysql', type, options).sql).toBe(my);
  });

  it('covers every logical kind', () => {
    const kinds = new Set(cases.map(([t]) => t.kind));
    expect([...kinds].sort()).toEqual(
      [
        'array',
        'binary',
        'bit',
        'boolean',
        'date',
        'decimal',
        'enum',
        'float',
        'integer',
        'interval',
        'json',
        'other',
        'set',
        'text',
        'time',
        'timestamp',
        'uuid',
        'year',
      ].sort(),
    );
  });

  it('says when a mapping cannot hold every value', () => {
    expect(columnType('mysql', { kind: 'decimal' }).lossy).toMatch(/65,30/);
    expect(columnType('mysql', { kind: 'text' }, { key: true }).lossy).toMatch(/255/);
    expect(columnType('postgres', { kind: 'timestamp', precision: 9, withTimeZone: true }).lossy).toMatch(
      /6/,
    );
    expect(columnType('mysql', { kind: 'time', withTimeZone: true }).lossy).toMatch(/offset/);
    expect(columnType('mysql', { kind: 'array', element: { kind: 'text' } }).converted).toMatch(/JSON/);
    expect(
      columnType('postgres', { kind: 'other', native: 'geometry' }, { sourceDialect: 'mysql' }).lossy,
    ).toBeTruthy();
    expect(columnType('postgres', { kind: 'decimal', precision: 12, scale: 2 }).lossy).toBeUndefined();
    expect(columnType('mysql', { kind: 'integer', bytes: 8, unsigned: true }).lossy).toBeUndefined();
  });

  it('gives PostgreSQL values MySQL cannot hold a home that keeps them, and says which', () => {
    const pg = { sourceDialect: 'postgres' } as const;
    const home = (type: LogicalType, dialect: 'mysql' | 'postgres' = 'mysql', options = {}) => {
      const m = columnType(dialect, type, { ...pg, ...options });
      return [m.sql, m.home, m.lossy === undefined ? 'exact' : 'lossy'];
    };
    expect(home({ kind: 'float', bytes: 8 })).toEqual(['varchar(32)', 'float-text', 'exact']);
    expect(home({ kind: 'float', bytes: 4 })).toEqual(['varchar(32)', 'float-text', 'exact']);
    expect(home({ kind: 'decimal' })).toEqual(['mediumtext', 'decimal-text', 'exact']);
    expect(home({ kind: 'decimal' }, 'mysql', { key: true })).toEqual([
      'varchar(255)',
      'decimal-text',
      'lossy',
    ]);
    // numeric(p,s) keeps MySQL's decimal; its NaN cannot be kept and is listed.
    expect(home({ kind: 'decimal', precision: 12, scale: 2 })).toEqual(['decimal(12,2)', undefined, 'lossy']);
    expect(home({ kind: 'interval' })).toEqual(['varchar(64)', 'interval-text', 'exact']);
    expect(home({ kind: 'other', native: 'tsvector' })).toEqual(['longtext', 'source-text', 'exact']);
    expect(home({ kind: 'array', element: { kind: 'integer', bytes: 4 } })).toEqual([
      'json',
      'json-array',
      'exact',
    ]);
    expect(home({ kind: 'timestamp', withTimeZone: true })).toEqual([
      'datetime(6)',
      'infinity-ends',
      'exact',
    ]);
    expect(home({ kind: 'date' })).toEqual(['date', 'infinity-ends', 'exact']);
    // MySQL TIME (to ±838:59:59) becomes a PostgreSQL interval.
    expect(columnType('postgres', { kind: 'time' }, { sourceDialect: 'mysql' })).toMatchObject({
      sql: 'interval',
      home: 'time-interval',
    });
    // Same engine, or values MySQL holds: no home.
    expect(columnType('mysql', { kind: 'float', bytes: 8 }, { sourceDialect: 'mysql' }).home).toBeUndefined();
    expect(columnType('postgres', { kind: 'float', bytes: 8 }, pg).home).toBeUndefined();
  });

  it('gives auto-increment integers an identity unless asked not to', () => {
    const serial: LogicalType = { kind: 'integer', bytes: 8, autoIncrement: true };
    expect(columnType('postgres', serial).identity).toBe('GENERATED BY DEFAULT AS IDENTITY');
    expect(columnType('mysql', serial).identity).toBe('AUTO_INCREMENT');
    expect(columnType('postgres', serial, { identity: false }).identity).toBeUndefined();
  });

  it('keeps enum values for a CHECK on PostgreSQL', () => {
    expect(columnType('postgres', { kind: 'enum', values: ['a', 'b'] }).allowed).toEqual(['a', 'b']);
  });
});
