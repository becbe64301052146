import type { LogicalType } from '@seam/core';

/** The quoted values of `enum('a','b''c')` / `set(...)` as information_schema spells them. */
export function parseEnumValues(columnType: string): string[] {
  const values: string[] = [];
  const open = columnType.indexOf('(');
  let i = open + 1;
  while (i > 0 && i < columnType.length) {
    if (columnType[i] !== "'") {
      i++;
      continue;
    }
    let value = '';
    i++;
    while (i < columnType.length) {
      const ch = columnType[i]!;
      if (ch === '\\' && i + 1 < columnType.length) {
        value += columnType[i + 1];
        i += 2;
      } else if (ch === "'" && columnType[i + 1] === "'") {
        value += "'";
        i += 2;
      } else if (ch === "'") {
        i++;
        break;
      } else {
        value += ch;
        i++;
      }
    }
    values.push(value);
  }
  return values;
}

export interface MysqlColumnType {
  data_type: string;
  column_type: string;
  char_length: number | string | null;
  precision: number | string | null;
  scale: number | string | null;
  datetime_precision: number | string | null;
  charset: string | null;
  collation: string | null;
  extra: string | null;
}

const n = (v: number | string | null | undefined) => (v === null || v === undefined ? undefined : Number(v));

/** Maps a MySQL/MariaDB column (information_schema.COLUMNS) to Seam's logical type. */
export function mysqlLogicalType(c: MysqlColumnType): LogicalType {
  const dataType = c.data_type.toLowerCase();
  const columnType = c.column_type.toLowerCase();
  const unsigned = columnType.includes('unsigned') ? { unsigned: true } : {};
  const auto = (c.extra ?? '').toLowerCase().includes('auto_increment') ? { autoIncrement: true } : {};
  // Fractional digits of a time or datetime, 0 included: a DATETIME holds whole seconds, and a
  // target that kept six digits would store what the monolith cannot (and never compare equal).
  const digits = n(c.datetime_precision);
  const fraction = digits === undefined ? {} : { precision: digits };
  const text = (fixed: boolean) => ({
    kind: 'text' as const,
    ...(n(c.char_length) ? { length: n(c.char_length)! } : {}),
    ...(fixed ? { fixed: true } : {}),
    ...(c.charset ? { charset: c.charset } : {}),
    ...(c.collation ? { collation: c.collation } : {}),
  });
  switch (dataType) {
    case 'tinyint':
      return columnType === 'tinyint(1)'
        ? { kind: 'boolean' }
        : { kind: 'integer', bytes: 1, ...unsigned, ...auto };
    case 'bool':
    case 'boolean':
      return { kind: 'boolean' };
    case 'smallint':
      return { kind: 'integer', bytes: 2, ...unsigned, ...auto };
    case 'mediumint':
      return { kind: 'integer', bytes: 3, ...unsigned, ...auto };
    case 'int':
    case 'integer':
      return { kind: 'integer', bytes: 4, ...unsigned, ...auto };
    case 'bigint':
      return { kind: 'integer', bytes: 8, ...unsigned, ...auto };
    case 'decimal':
    case 'numeric':
      return {
        kind: 'decimal',
        ...(n(c.precision) ? { precision: n(c.precision)! } : {}),
        ...(n(c.scale) === undefined ? {} : { scale: n(c.scale)! }),
        ...unsigned,
      };
    case 'float':
      return { kind: 'float', bytes: 4 };
    case 'double':
    case 'real':
      return { kind: 'float', bytes: 8 };
    case 'char':
      return text(true);
    case 'varchar':
    case 'tinytext':
    case 'text':
    case 'mediumtext':
    case 'longtext':
      return text(false);
    case 'binary':
      return { kind: 'binary', ...(n(c.char_length) ? { length: n(c.char_length)! } : {}), fixed: true };
    case 'varbinary':
      return { kind: 'binary', ...(n(c.char_length) ? { length: n(c.char_length)! } : {}) };
    case 'tinyblob':
    case 'blob':
    case 'mediumblob':
    case 'longblob':
      return { kind: 'binary' };
    case 'date':
      return { kind: 'date' };
    case 'time':
      return { kind: 'time', ...fraction };
    case 'datetime':
      return {
        kind: 'timestamp',
        withTimeZone: false,
        ...fraction,
      };
    case 'timestamp':
      return {
        kind: 'timestamp',
        withTimeZone: true,
        ...fraction,
      };
    case 'year':
      return { kind: 'year' };
    case 'json':
      return { kind: 'json' };
    case 'uuid':
      return { kind: 'uuid' };
    case 'enum':
      return { kind: 'enum', values: parseEnumValues(c.column_type) };
    case 'set':
      return { kind: 'set', values: parseEnumValues(c.column_type) };
    case 'bit':
      return { kind: 'bit', length: n(c.precision) ?? 1 };
    default:
      return { kind: 'other', native: c.column_type };
  }
}
