import {
  type Dialect,
  indexTables,
  type Plan,
  type PlanTable,
  type SchemaSnapshot,
  SeamError,
  serviceUrlEnvVar,
  type TableKey,
  type TableSnapshot,
  tableKey,
} from '@seam/core';
import type { MysqlFlavor } from '@seam/ddl';
import { engineFor } from '../engine.js';
import { sh } from '../runbook/markdown.js';
import {
  type CaptureNames,
  captureNames,
  NameRegistry,
  reverseOffsetsTable,
  SHARED_REFERENCE,
} from './names.js';

/** A source table as one service's database holds it: its target name, column subset and renames. */
export interface PlacedTable {
  key: TableKey;
  source: TableSnapshot;
  /** Target table name (the plan's `as`). */
  name: string;
  /** Source columns taken (all when the plan names none), in source order. */
  columns: string[];
  /** Source → target column names, for the renamed ones. */
  rename: Record<string, string>;
  /** Owned by the service, or a read-only copy of reference data. */
  kind: 'owned' | 'reference';
}

export interface ServiceTargetLayout {
  dialect: Dialect;
  /** A MySQL-family target's server: the plan's `target.flavor`, else the source's, else mariadb. */
  mysqlFlavor?: MysqlFlavor;
  /** Database on the target server: the plan's `target.database`, else the URL's. */
  database?: string;
  /** PostgreSQL schema for the tables: the plan's `target.schema`, else the connection's (public). */
  schema?: string;
  /** Environment variable holding the target URL. */
  urlEnv: string;
}

export interface ServiceLayout {
  name: string;
  description?: string;
  target: ServiceTargetLayout;
  owned: PlacedTable[];
  reference: PlacedTable[];
  capture: CaptureNames;
  /** The reverse direction's capture on the service's database (after a switch, its writes flow back). */
  reverse: CaptureNames;
  /** The reverse replicator's offsets table in the monolith (beside the service's tables there). */
  reverseOffsetsTable: string;
  /** Consumer groups of its replicators: its own tables, its reference copies, and back into the monolith. */
  groups: { forward: string; reference: string; reverse: string };
  /** Their dead-letter topics. */
  deadLetter: { forward: string; reference: string; reverse: string };
}

export interface Layout {
  source: { dialect: Dialect; flavor: SchemaSnapshot['engine']['flavor']; database: string };
  services: ServiceLayout[];
  /** Reference tables some generated service reads, captured by one shared connector. */
  reference: { tables: PlacedTable[]; capture: CaptureNames } | null;
  /** Where every planned table lives: service name, 'reference' or 'technical'. */
  placeOf: (key: TableKey) => string | undefined;
}

export interface LayoutOptions {
  /** Services to generate; default all. */
  services?: string[];
  /** Target engine for every service, overriding the plan's `target.dialect` (default: the source's). */
  targetDialect?: Dialect;
  /** MySQL-family server for every mysql target, overriding the plan's `target.flavor`. */
  targetFlavor?: MysqlFlavor;
  /** First part of every connector, slot, publication, topic prefix and heartbeat table name (default `seam`). */
  namePrefix?: string;
}

function place(
  snapshotTables: Map<TableKey, TableSnapshot>,
  entry: PlanTable,
  kind: PlacedTable['kind'],
): PlacedTable {
  const source = snapshotTables.get(entry.table);
  if (!source) {
    throw new SeamError(
      'SEAM_PLAN_STALE',
      `The plan names ${entry.table}, which the snapshot does not have.`,
    );
  }
  const known = new Set(source.columns.map((c) => c.name));
  const unknown = [...(entry.columns ?? []), ...Object.keys(entry.rename ?? {})].filter((c) => !known.has(c));
  if (unknown.length) {
    throw new SeamError(
      'SEAM_PLAN_STALE',
      `The plan names column(s) ${unknown.map((c) => JSON.stringify(c)).join(', ')} of ${entry.table}, which the snapshot does not have.`,
    );
  }
  const wanted = entry.columns ? new Set([...entry.columns, ...source.primaryKey]) : undefined;
  return {
    key: entry.table,
    source,
    name: entry.as ?? source.name,
    columns: source.columns.map((c) => c.name).filter((c) => !wanted || wanted.has(c)),
    rename: { ...(entry.rename ?? {}) },
    kind,
  };
}

/** Reference tables a service reads: those its tables reference, through other reference tables too, and the plan's consumers. */
function referenceCopies(
  owned: PlacedTable[],
  referenceKeys: Set<TableKey>,
  consumersOf: Map<TableKey, string[]>,
  service: string,
  snapshotTables: Map<TableKey, TableSnapshot>,
): TableKey[] {
  const out = new Set<TableKey>();
  for (const [key, consumers] of consumersOf) if (consumers.includes(service)) out.add(key);
  const stack = [...owned.map((t) => t.source)];
  for (const key of out) stack.push(snapshotTables.get(key)!);
  while (stack.length) {
    const t = stack.pop()!;
    for (const fk of t.foreignKeys) {
      const parent = tableKey(fk.referencedSchema, fk.referencedTable);
      if (!referenceKeys.has(parent) || out.has(parent)) continue;
      const table = snapshotTables.get(parent);
      if (!table) continue;
      out.add(parent);
      stack.push(table);
    }
  }
  return [...out].sort();
}

/** Resolves the plan against the snapshot: each generated service's tables, target and names. */
export function layoutPlan(plan: Plan, snapshot: SchemaSnapshot, options: LayoutOptions = {}): Layout {
  const tables = indexTables(snapshot);
  const known = new Set(plan.services.map((s) => s.name));
  const chosen = options.services ?? plan.services.map((s) => s.name);
  const missing = chosen.filter((s) => !known.has(s));
  if (missing.length) {
    throw new SeamError('SEAM_USAGE', `The plan has no service ${missing.map((s) => `"${s}"`).join(', ')}.`, {
      hint: `Its services: ${[...known].join(', ') || 'none'}.`,
    });
  }
  const base = options.namePrefix ?? 'seam';
  const registry = new NameRegistry();
  const referenceKeys = new Set(plan.reference.map((r) => r.table));
  const consumersOf = new Map(plan.reference.map((r) => [r.table, r.consumers ?? []]));
  for (const key of referenceKeys) {
    if (!tables.has(key))
      throw new SeamError('SEAM_PLAN_STALE', `The plan names ${key}, which the snapshot does not have.`);
  }

  const placeOf = new Map<TableKey, string>();
  for (const s of plan.services) for (const t of s.tables) placeOf.set(t.table, s.name);
  for (const t of plan.reference) placeOf.set(t.table, 'reference');
  for (const t of plan.technical) placeOf.set(t.table, 'technical');

  const usedReference = new Set<TableKey>();
  const services: ServiceLayout[] = [];
  for (const s of plan.services) {
    if (!chosen.includes(s.name)) continue;
    if (s.name === SHARED_REFERENCE) {
      throw new SeamError('SEAM_PLAN_INVALID', `The service name "${SHARED_REFERENCE}" is reserved.`, {
        hint: 'seam generate uses it for the connector that captures reference tables; rename the service.',
      });
    }
    const owned = s.tables.map((t) => place(tables, t, 'owned'));
    const copies = referenceCopies(owned, referenceKeys, consumersOf, s.name, tables).map((key) =>
      place(tables, { table: key }, 'reference'),
    );
    for (const c of copies) usedReference.add(c.key);
    const names = new Map<string, TableKey>();
    for (const t of [...owned, ...copies]) {
      const lower = t.name.toLowerCase();
      const other = names.get(lower);
      if (other !== undefined) {
        throw new SeamError(
          'SEAM_PLAN_INVALID',
          `Service "${s.name}" would hold two tables named ${JSON.stringify(t.name)} (${other} and ${t.key}).`,
          {
            hint: `Give one of them another name: seam plan alias ${sh(t.key)} <name> (or \`as:\` in plan.yaml).`,
          },
        );
      }
      names.set(lower, t.key);
    }
    const dialect = options.targetDialect ?? s.target?.dialect ?? snapshot.engine.dialect;
    const engine = engineFor(dialect).target;
    services.push({
      name: s.name,
      ...(s.description ? { description: s.description } : {}),
      target: {
        dialect,
        ...engine.flavor(options.targetFlavor ?? s.target?.flavor, snapshot.engine.flavor),
        ...(s.target?.database ? { database: s.target.database } : {}),
        ...engine.schema(s.target?.schema),
        urlEnv: serviceUrlEnvVar(s.name),
      },
      owned,
      reference: copies,
      capture: registry.addCapture(captureNames(base, s.name), `service ${s.name}`),
      reverse: registry.addCapture(captureNames(base, `${s.name}-reverse`), `service ${s.name} (reverse)`),
      reverseOffsetsTable: reverseOffsetsTable(base, s.name),
      groups: {
        forward: registry.add('consumer group', `${base}-replicate-${s.name}`, s.name),
        reference: registry.add('consumer group', `${base}-replicate-${s.name}-reference`, s.name),
        reverse: registry.add('consumer group', `${base}-replicate-${s.name}-reverse`, s.name),
      },
      deadLetter: {
        forward: `${base}.dlq.${s.name}`,
        reference: `${base}.dlq.${s.name}-reference`,
        reverse: `${base}.dlq.${s.name}-reverse`,
      },
    });
  }
  const referenceTables = [...usedReference].sort().map((key) => place(tables, { table: key }, 'reference'));
  return {
    source: {
      dialect: snapshot.engine.dialect,
      flavor: snapshot.engine.flavor,
      database: snapshot.database,
    },
    services,
    reference: referenceTables.length
      ? {
          tables: referenceTables,
          capture: registry.addCapture(captureNames(base, SHARED_REFERENCE), 'the reference tables'),
        }
      : null,
    placeOf: (key) => placeOf.get(key),
  };
}
