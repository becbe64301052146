import { analyze } from '@seam/analyzer';
import { shopSnapshot, shopWorkload, snapshot, type TableSpec } from '@seam/analyzer/test-support';
import { PLAN_FORMAT, PLAN_VERSION, type Plan, snapshotFingerprint } from '@seam/core';
import { PlanSession } from '../index.js';

/** The analyzer's small shop (users is a hub; five services), as a new plan to be written to `path`. */
export function shopSession(path = 'plan.yaml'): PlanSession {
  return PlanSession.fromAnalysis(analyze(shopSnapshot(), shopWorkload(), {}), shopSnapshot(), path);
}

/** A plan putting every table of `tables` in one service `app`. */
export function oneServiceSession(tables: TableSpec[], path = 'plan.yaml'): PlanSession {
  const snap = snapshot(tables, 'app');
  const plan: Plan = {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    snapshot: {
      database: 'app',
      dialect: 'postgres',
      fingerprint: snapshotFingerprint(snap),
      tables: tables.length,
    },
    parameters: { seed: 1, resolution: 1 },
    services: [{ name: 'app', tables: snap.tables.map((t) => ({ table: `${t.schema}.${t.name}` })) }],
    reference: [],
    technical: [],
    constraints: { pins: {}, together: [], apart: [] },
  };
  return PlanSession.open(snap, undefined, plan, path);
}

/** `n` tables without references, all in one service (for windowing). */
export function bigSession(n: number): PlanSession {
  return oneServiceSession(
    Array.from({ length: n }, (_, i) => ({
      name: `t${String(i).padStart(5, '0')}`,
      columns: ['id', 'name:text'],
    })),
  );
}
