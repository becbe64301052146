import type { CatalogDb } from '../catalog-db.js';
import type { LiveColumn, LiveTable } from '../live-table.js';
import { type MysqlColumnType, mysqlLogicalType } from './logical-type.js';

interface ColumnRow extends MysqlColumnType {
  name: string;
  nullable: string;
  has_default: number | string;
}

const COLUMNS = `
SELECT COLUMN_NAME AS name, DATA_TYPE AS data_type, COLUMN_TYPE AS column_type,
       CHARACTER_MAXIMUM_LENGTH AS char_length, NUMERIC_PRECISION AS \`precision\`, NUMERIC_SCALE AS scale,
       DATETIME_PRECISION AS datetime_precision, CHARACTER_SET_NAME AS charset, COLLATION_NAME AS collation,
       EXTRA AS extra, IS_NULLABLE AS nullable,
       (COLUMN_DEFAULT IS NOT NULL OR EXTRA LIKE '%auto_increment%' OR EXTRA LIKE '%GENERATED%') AS has_default
  FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION`;

const CHECKS =
  'SELECT CHECK_CLAUSE AS clause FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ? AND TABLE_NAME = ?';

const INDEX_COLUMNS = `
SELECT INDEX_NAME AS idx, COLUMN_NAME AS col, NON_UNIQUE AS nonUnique FROM information_schema.STATISTICS
 WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY INDEX_NAME = 'PRIMARY' DESC, INDEX_NAME, SEQ_IN_INDEX`;

const ESTIMATE =
  'SELECT TABLE_ROWS AS n, TABLE_TYPE AS type FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?';

/** One MySQL/MariaDB table's (or view's) columns, unique keys and row estimate; undefined when absent. */
export async function describeMysqlTable(
  db: CatalogDb,
  schema: string,
  name: string,
): Promise<LiveTable | undefined> {
  const rows = await db.query<ColumnRow>(COLUMNS, [schema, name]);
  if (rows.length === 0) return undefined;
  // MariaDB's JSON is LONGTEXT with a json_valid() check (before MariaDB 10.2 / MySQL 8.0.16: no checks).
  const checks = await db.query<{ clause: string }>(CHECKS, [schema, name]).catch(() => []);
  const checkedJson = new Set<string>();
  for (const c of checks) {
    const m = /^json_valid\(`((?:[^`]|``)+)`\)$/i.exec(c.clause.trim());
    if (m) checkedJson.add(m[1]!.replaceAll('``', '`'));
  }
  const columns = rows.map(
    (r): LiveColumn => ({
      name: r.name,
      nativeType: r.column_type,
      baseType: r.column_type,
      typeName: r.data_type.toLowerCase(),
      bareType: r.data_type.toLowerCase(),
      type: mysqlLogicalType(r),
      nullable: r.nullable === 'YES',
      hasDefault: Number(r.has_default) === 1,
      ...(r.collation ? { collation: r.collation } : {}),
      ...(r.charset ? { charset: r.charset } : {}),
      ...(checkedJson.has(r.name) ? { checkedJson: true } : {}),
    }),
  );
  const unique = new Map<string, string[]>();
  for (const r of await db.query<{ idx: string; col: string; nonUnique: number | string }>(INDEX_COLUMNS, [
    schema,
    name,
  ])) {
    if (Number(r.nonUnique) !== 0) continue;
    const list = unique.get(r.idx) ?? [];
    list.push(r.col);
    unique.set(r.idx, list);
  }
  const [estimate] = await db.query<{ n: number | string | null; type: string | null }>(ESTIMATE, [
    schema,
    name,
  ]);
  return {
    schema,
    name,
    kind: /VIEW/i.test(estimate?.type ?? '') ? 'view' : 'table',
    columns,
    uniqueKeys: [...unique].map(([index, columns]) => ({ columns, primary: index === 'PRIMARY' })),
    estimatedRows: Number(estimate?.n ?? 0),
  };
}
