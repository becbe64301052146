import type { LogicalType } from '@seam/core';

/**
 * Maps a PostgreSQL type, as pg_catalog.format_type spells it (`character varying(40)`,
 * `numeric(12,2)`, `timestamp(3) with time zone`, `integer[]`), to Seam's logical type.
 */
export function pgLogicalType(
  formatted: string,
  extra: {
    identity?: boolean;
    serial?: boolean;
    enumName?: string | null;
    enumValues?: string[] | null;
  } = {},
): LogicalType {
  const type = formatted.trim();
  if (type.endsWith('[]')) {
    return {
      kind: 'array',
      element: pgLogicalType(type.slice(0, -2), { enumName: extra.enumName, enumValues: extra.enumValues }),
    };
  }
  if (extra.enumValues) {
    return { kind: 'enum', values: extra.enumValues, ...(extra.enumName ? { name: extra.enumName } : {}) };
  }
  const open = type.indexOf('(');
  const base = (open < 0 ? type : type.slice(0, open) + type.slice(type.indexOf(')') + 1)).trim();
  const args =
    open < 0
      ? []
      : type
          .slice(open + 1, type.indexOf(')'))
          .split(',')
          .map((s) => Number(s.trim()));
  const auto = extra.identity || extra.serial ? { autoIncrement: true } : {};
  if (base.startsWith('interval')) return { kind: 'interval' };
  switch (base) {
    case 'boolean':
      return { kind: 'boolean' };
    case 'smallint':
      return { kind: 'integer', bytes: 2, ...auto };
    case 'integer':
      return { kind: 'integer', bytes: 4, ...auto };
    case 'bigint':
      return { kind: 'integer', bytes: 8, ...auto };
    case 'numeric':
      return args.length
        ? { kind: 'decimal', precision: args[0], ...(args[1] === undefined ? {} : { scale: args[1] }) }
        : { kind: 'decimal' };
    case 'money':
      return { kind: 'decimal', precision: 19, scale: 2 };
    case 'real':
      return { kind: 'float', bytes: 4 };
    case 'double precision':
      return { kind: 'float', bytes: 8 };
    case 'character varying':
      return args.length ? { kind: 'text', length: args[0] } : { kind: 'text' };
    case 'character':
      return { kind: 'text', length: args[0] ?? 1, fixed: true };
    case 'text':
    case 'citext':
    case 'name':
      return { kind: 'text' };
    case 'bytea':
      return { kind: 'binary' };
    case 'date':
      return { kind: 'date' };
    case 'time without time zone':
    case 'time with time zone':
      return {
        kind: 'time',
        ...(args.length ? { precision: args[0] } : {}),
        ...(base.includes('with time zone') ? { withTimeZone: true } : {}),
      };
    case 'timestamp without time zone':
    case 'timestamp with time zone':
      return {
        kind: 'timestamp',
        ...(args.length ? { precision: args[0] } : {}),
        withTimeZone: base === 'timestamp with time zone',
      };
    case 'json':
      return { kind: 'json' };
    case 'jsonb':
      return { kind: 'json', binary: true };
    case 'uuid':
      return { kind: 'uuid' };
    case 'bit':
      return { kind: 'bit', length: args[0] ?? 1 };
    case 'bit varying':
      return { kind: 'bit', length: args[0] ?? 1, varying: true };
    default:
      return { kind: 'other', native: type };
  }
}
