import { type LiveColumn, postgresCatalog } from '@seam/catalog';
import type { LogicalType } from '@seam/core';
import type pg from 'pg';
import { type ColumnHint, hintFor } from '../../decode/column-hint.js';
import type { TargetColumn, TargetTable } from '../target.js';

/** PostgreSQL types without a logical type of their own that Debezium sends as one (oid: unsigned 32-bit). */
const OTHER_AS: Record<string, ColumnHint> = { oid: { kind: 'integer', bytes: 8 }, xml: { kind: 'text' } };

/** PostgreSQL leaves a time or timestamp without declared digits at 6. */
const DEFAULT_PRECISION = 6;

function typeHint(type: LogicalType): ColumnHint {
  if (type.kind === 'other') return OTHER_AS[type.native] ?? { kind: 'other' };
  if (type.kind === 'array') return { kind: 'array', element: typeHint(type.element) };
  return hintFor(type, DEFAULT_PRECISION);
}

function hintOf(c: LiveColumn): ColumnHint {
  // A domain's values arrive as its base type's, but the decoder reads them as text.
  if (c.domain !== undefined) return { kind: 'other' };
  // money has no digits to tell: its values arrive as the connector's decimal.
  if (c.typeName === 'money') return { kind: 'decimal' };
  const hint = typeHint(c.type);
  // bit varying without a length holds any number of bits.
  if (hint.kind === 'bit' && c.baseType === 'bit varying') hint.length = 0;
  return hint;
}

/** A PostgreSQL table's columns (with their base types for casts) and primary key, or undefined. */
export async function describePostgresTable(
  client: pg.ClientBase,
  schema: string,
  name: string,
): Promise<TargetTable | undefined> {
  const db = {
    query: async <R>(sql: string, params?: readonly unknown[]) =>
      (await client.query(sql, params && [...params])).rows as R[],
  };
  const live = await postgresCatalog.describeTable(db, schema, name);
  if (live?.kind !== 'table') return undefined;
  const columns: TargetColumn[] = live.columns.map((c) => {
    // Casting to a type without its modifier must never cut a value: character means character(1) and
    // bit means bit(1), so values travel as text and bit varying and the assignment checks the length.
    const baseType = c.bareType.replace(/^character(?=\[|$)/, 'text').replace(/^bit(?=\[|$)/, 'bit varying');
    const hint = hintOf(c);
    return {
      name: c.name,
      kind: hint.kind,
      sqlType: c.nativeType,
      baseType,
      nullable: c.nullable,
      hasDefault: c.hasDefault,
      hint,
    };
  });
  const primaryKey = live.uniqueKeys.find((k) => k.primary)?.columns ?? [];
  return { schema, name, columns, primaryKey };
}
