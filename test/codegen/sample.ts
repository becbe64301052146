import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '@seam/analyzer';
import { type Plan, type SchemaSnapshot, snapshotFingerprint, type Workload } from '@seam/core';
import { loadSample } from '@seam/introspect';

let cached: Promise<{ snapshot: SchemaSnapshot; workload: Workload; plan: Plan }> | undefined;

/** The bundled sample and the plan `seam analyze --sample` makes of it (default seed). */
export function samplePlan(): Promise<{ snapshot: SchemaSnapshot; workload: Workload; plan: Plan }> {
  cached ??= loadSample().then(({ snapshot, workload }) => ({
    snapshot,
    workload,
    plan: analyze(snapshot, workload).plan,
  }));
  return cached;
}

/** A temporary folder, removed by the returned function. */
export async function tempDir(prefix: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `seam-${prefix}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** A plan over a snapshot with the given services and nothing else (no reference tables, no constraints). */
export function planWith(snapshot: SchemaSnapshot, services: Plan['services']): Plan {
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
    technical: [],
    constraints: { pins: {}, together: [], apart: [] },
  };
}
