import {
  keyOfTable,
  type Plan,
  type PlanService,
  type SchemaSnapshot,
  snapshotFingerprint,
} from '@seam/core';

/** A plan made by hand for a test's snapshot: these services, every other table set aside. */
export function planFor(snapshot: SchemaSnapshot, services: PlanService[]): Plan {
  const owned = new Set(services.flatMap((s) => s.tables.map((t) => t.table)));
  return {
    format: 'seam.plan',
    version: 1,
    snapshot: {
      database: snapshot.database,
      dialect: snapshot.engine.dialect,
      fingerprint: snapshotFingerprint(snapshot),
      tables: snapshot.tables.length,
    },
    parameters: { seed: 1, resolution: 1 },
    services,
    reference: [],
    technical: snapshot.tables
      .filter((t) => !owned.has(keyOfTable(t)))
      .map((t) => ({ table: keyOfTable(t), reason: 'stays on the monolith' })),
    constraints: { pins: {}, together: [], apart: [] },
  };
}
