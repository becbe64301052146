import { type Dialect, parseTableKey, type SchemaSnapshot, SeamError, tableKey } from '@seam/core';
import { createTable } from '@seam/ddl';
import { makeRoute, type Route } from '../apply/route.js';
import type { TargetTable, TargetWriter } from '../apply/target.js';
import type { ReplicatorConfig } from '../config/config.js';
import { debeziumTopic } from '../config/topic-name.js';
import type { Logger } from '../ops/logger.js';

/** The target table the route writes, created from the snapshot when missing and allowed. */
async function targetTable(
  config: ReplicatorConfig,
  writer: TargetWriter,
  route: ReplicatorConfig['tables'][number],
  snapshot: SchemaSnapshot | undefined,
  log: Logger,
): Promise<TargetTable> {
  const { schema, name } = parseTableKey(route.source);
  const targetName = route.table ?? name;
  const targetSchema = route.schema ?? config.target.schema ?? null;
  const existing = await writer.describe(targetSchema, targetName);
  if (existing) return existing;
  const source = snapshot?.tables.find((t) => t.schema === schema && t.name === name);
  if (!config.target.createTables || !source) {
    throw new SeamError(
      'SEAM_REPL_TABLE_MISSING',
      `The target table ${targetSchema ? `${targetSchema}.` : ''}${targetName} (for ${route.source}) does not exist in ${writer.description}${
        source
          ? ' and creating tables is turned off'
          : snapshot
            ? `, and the snapshot has no table ${route.source}`
            : ''
      }.`,
    );
  }
  // Secondary unique keys are left out: batched apply writes the net change per key, and a value
  // moving from one row to another within a batch would trip them. Plain indexes stay.
  const indexes = source.indexes.filter((i) => !i.unique && !i.primary).map((i) => i.name);
  const ddl = createTable(source, {
    dialect: writer.dialect,
    sourceDialect: snapshot!.engine.dialect as Dialect,
    schema: targetSchema ?? (await writer.defaultSchema()),
    name: targetName,
    ...(route.columns ? { columns: route.columns } : {}),
    ...(route.rename ? { rename: route.rename } : {}),
    indexes,
    ifNotExists: true,
    ...(writer.mysqlFlavor ? { mysqlFlavor: await writer.mysqlFlavor() } : {}),
  });
  for (const w of ddl.warnings)
    log.warn({ table: w.table, column: w.column }, `creating ${w.table}: ${w.message}`);
  await writer.execute(ddl.statements);
  log.info({ table: targetName, source: route.source }, 'created the target table from the snapshot');
  const created = await writer.describe(targetSchema, targetName);
  if (!created)
    throw new SeamError('SEAM_INTERNAL', `The table ${targetName} was created but cannot be found.`);
  return created;
}

/**
 * Resolves each configured table to a route: its topic, its target table (created when missing
 * and a snapshot says how), and which source column lands in which target column. Checks that the
 * target has a primary key and every column the plan maps, and that the user may write there.
 */
export async function prepareRoutes(
  config: ReplicatorConfig,
  writer: TargetWriter,
  snapshot: SchemaSnapshot | undefined,
  log: Logger,
): Promise<Route[]> {
  const routes: Route[] = [];
  for (const t of config.tables) {
    const { schema, name } = parseTableKey(t.source);
    const table = await targetTable(config, writer, t, snapshot, log);
    const where = `${table.schema}.${table.name}`;
    if (table.primaryKey.length === 0) {
      throw new SeamError('SEAM_REPL_NO_KEY', `The target table ${where} has no primary key.`);
    }
    const rename = t.rename ?? {};
    const sourceOf = new Map<string, string>();
    for (const c of table.columns) sourceOf.set(c.name, c.name);
    for (const [from, to] of Object.entries(rename)) {
      sourceOf.delete(from);
      sourceOf.set(to, from);
    }
    const targetNames = new Set(table.columns.map((c) => c.name));
    const missing = [...(t.columns ?? []).map((c) => rename[c] ?? c), ...Object.values(rename)].filter(
      (c) => !targetNames.has(c),
    );
    if (missing.length) {
      throw new SeamError(
        'SEAM_REPL_TARGET_MISMATCH',
        `The target table ${where} has no column ${[...new Set(missing)].map((c) => JSON.stringify(c)).join(', ')} that the plan maps ${t.source} to.`,
      );
    }
    const wanted = t.columns ? new Set(t.columns) : undefined;
    // A target column the source table does not have (by the snapshot) is the service's own: left
    // to its default, never expected in the events.
    const sourceTable = snapshot?.tables.find((s) => s.schema === schema && s.name === name);
    const sourceColumns = sourceTable && new Set(sourceTable.columns.map((c) => c.name));
    const columns = table.columns
      .map((c) => ({ source: sourceOf.get(c.name) ?? c.name, target: c }))
      .filter((c) => (!wanted || wanted.has(c.source)) && (!sourceColumns || sourceColumns.has(c.source)));
    const kept = new Set(columns.map((c) => c.target.name));
    const ownColumns = table.columns.filter((c) => !kept.has(c.name) && !wanted && sourceColumns);
    if (ownColumns.length)
      log.info(
        { table: where, columns: ownColumns.map((c) => c.name) },
        'target-only columns: left to their defaults',
      );
    const unfilled = table.columns.filter((c) => !kept.has(c.name) && !c.nullable && !c.hasDefault);
    if (unfilled.length && !table.primaryKey.some((k) => !kept.has(k))) {
      throw new SeamError(
        'SEAM_REPL_TARGET_MISMATCH',
        `The target table ${where} has column(s) ${unfilled.map((c) => JSON.stringify(c.name)).join(', ')} that ${t.source} does not fill, with no default and NOT NULL: every insert would be refused.`,
        {
          hint: 'Give the column(s) a default or let them take NULL, or map a source column to them (`rename:`, `columns:`).',
        },
      );
    }
    const keyLeftOut = table.primaryKey.filter((k) => !kept.has(k));
    if (keyLeftOut.length) {
      throw new SeamError(
        'SEAM_REPL_TARGET_MISMATCH',
        `The columns the plan takes of ${t.source} leave out the primary key of ${where} (${keyLeftOut.join(', ')}).`,
        { hint: 'A vertical split keeps the primary key in every part: add it to `columns:`.' },
      );
    }
    await writer.checkWritable(table);
    routes.push(
      makeRoute({
        topic: t.topic ?? debeziumTopic(config.source.topicPrefix, schema, name),
        source: tableKey(schema, name),
        collection: `${schema}.${name}`,
        target: table,
        columns,
        explicitColumns: !!t.columns,
        rename,
      }),
    );
  }
  return routes;
}
