import { analyze } from '@seam/analyzer';
import { shopSnapshot, shopWorkload, snapshot } from '@seam/analyzer/test-support';
import { PLAN_FORMAT, PLAN_VERSION, type Plan, snapshotFingerprint } from '@seam/core';
import { PlanSession } from '../plan/index.js';

/** The analyzer's small shop (users is a hub; five services), as a new plan to be written to `path`. */
export function shopSession(path = 'plan.yaml'): PlanSession {
  return PlanSession.fromAnalysis(analyze(shopSnapshot(), shopWorkload(), {}), shopSnapshot(), path);
}

/** `n` tables without references, all in one service `big` (for windowing). */
export function bigSession(n: number, path = 'big.yaml'): PlanSession {
  const snap = snapshot(
    Array.from({ length: n }, (_, i) => ({
      name: `t${String(i).padStart(5, '0')}`,
      columns: ['id', 'name:text'],
    })),
    'big',
  );
  const plan: Plan = {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    snapshot: { database: 'big', dialect: 'postgres', fingerprint: snapshotFingerprint(snap), tables: n },
    parameters: { seed: 1, resolution: 1 },
    services: [{ name: 'big', tables: snap.tables.map((t) => ({ table: `public.${t.name}` })) }],
    reference: [],
    technical: [],
    constraints: { pins: {}, together: [], apart: [] },
  };
  return PlanSession.open(snap, undefined, plan, path);
}
