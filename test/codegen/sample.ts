import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '@seam/analyzer';
import type { Plan, SchemaSnapshot, Workload } from '@seam/core';
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
