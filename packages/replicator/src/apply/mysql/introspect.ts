import { type LiveColumn, mysqlCatalog } from '@seam/catalog';
import type mysql from 'mysql2/promise';
import { type ColumnHint, hintFor } from '../../decode/column-hint.js';
import type { TargetColumn, TargetTable } from '../target.js';

/** MySQL leaves a TIME, DATETIME or TIMESTAMP without declared digits at 0. */
const DEFAULT_PRECISION = 0;

function hintOf(c: LiveColumn): ColumnHint {
  // tinyint(1) is an integer to Debezium (int16), whatever its logical type says.
  if (c.type.kind === 'boolean') return { kind: 'integer', bytes: 2 };
  // A TIMESTAMP arrives as the connector's UTC timestamp, not as a zoned one.
  if (c.type.kind === 'timestamp')
    return { kind: 'timestamp', precision: c.type.precision ?? DEFAULT_PRECISION };
  return hintFor(c.type, DEFAULT_PRECISION);
}

/** A MySQL/MariaDB table's columns and primary key, or undefined. */
export async function describeMysqlTable(
  conn: mysql.Connection | mysql.PoolConnection,
  database: string,
  name: string,
): Promise<TargetTable | undefined> {
  const db = {
    query: async <R>(sql: string, params?: readonly unknown[]) =>
      (await conn.query(sql, params && [...params]))[0] as R[],
  };
  const live = await mysqlCatalog.describeTable(db, database, name);
  if (!live) return undefined;
  const columns: TargetColumn[] = live.columns.map((c) => {
    const hint = hintOf(c);
    return {
      name: c.name,
      kind: hint.kind,
      sqlType: c.nativeType,
      baseType: c.typeName,
      nullable: c.nullable,
      hasDefault: c.hasDefault,
      hint,
    };
  });
  const primaryKey = live.uniqueKeys.find((k) => k.primary)?.columns ?? [];
  return { schema: database, name, columns, primaryKey };
}
