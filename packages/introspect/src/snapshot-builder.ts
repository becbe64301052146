import {
  type SchemaObject,
  type SchemaSnapshot,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  type TableSnapshot,
  type ViewSnapshot,
} from '@seam/core';
import type { Warning } from './progress.js';

/** Sorts tables and views by schema, then name, so that snapshots of one schema diff cleanly. */
function byQualifiedName(a: { schema: string; name: string }, b: { schema: string; name: string }): number {
  return a.schema < b.schema ? -1 : a.schema > b.schema ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export function buildSnapshot(parts: {
  engine: SchemaSnapshot['engine'];
  database: string;
  schemas: string[];
  source: string | null;
  tables: TableSnapshot[];
  views: ViewSnapshot[];
  /** Triggers, views' dependencies, functions, rules …: what generate lists as not carried. */
  objects?: SchemaObject[];
  warnings: Warning[];
  /** Whether the schemas were asked for by name: then each empty one is worth a warning. */
  requested?: boolean;
}): SchemaSnapshot {
  const tables = [...parts.tables].sort(byQualifiedName);
  const snapshot: SchemaSnapshot = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    engine: parts.engine,
    database: parts.database,
    schemas: [...parts.schemas].sort(),
    capturedAt: new Date().toISOString(),
    source: parts.source,
    tables,
    views: [...parts.views].sort(byQualifiedName),
    ...(parts.objects?.length ? { objects: parts.objects } : {}),
  };
  const warnings = [...parts.warnings];
  if (tables.length === 0) {
    warnings.push({
      code: 'SEAM_SCHEMA_EMPTY',
      message: `No tables found in ${parts.schemas.length ? parts.schemas.join(', ') : 'any schema'}.`,
    });
  } else if (parts.requested) {
    const withTables = new Set(tables.map((t) => t.schema));
    for (const schema of parts.schemas) {
      if (!withTables.has(schema))
        warnings.push({
          code: 'SEAM_SCHEMA_EMPTY',
          message: `Schema ${JSON.stringify(schema)} has no tables.`,
        });
    }
  }
  if (warnings.length) snapshot.warnings = warnings;
  return snapshot;
}
