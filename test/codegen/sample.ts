import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, PlanEditor } from '@seam/analyzer';
import type { Plan, SchemaSnapshot, Workload } from '@seam/core';
import { loadSample } from '@seam/introspect';
import { planFor } from './plan-for.js';

let cached: Promise<{ snapshot: SchemaSnapshot; workload: Workload; plan: Plan }> | undefined;

/** The service the runbook tests carry through every phase: the sample's purchasing tables. */
export const PURCHASING = ['public.suppliers', 'public.purchase_orders', 'public.purchase_order_lines'];

/**
 * The bundled sample and the plan `seam analyze --sample` makes of it (default seed), with one
 * architect's decision on top, as `seam plan move` makes it: the purchasing tables are the service
 * `purchase-orders`, whatever the analyzer drew around them (its proposal is its own tests' business).
 */
export function samplePlan(): Promise<{ snapshot: SchemaSnapshot; workload: Workload; plan: Plan }> {
  cached ??= loadSample().then(({ snapshot, workload }) => {
    const editor = PlanEditor.fromAnalysis(analyze(snapshot, workload), snapshot);
    editor.apply({ op: 'move', tables: PURCHASING, to: 'purchase-orders' });
    return { snapshot, workload, plan: editor.toPlan() };
  });
  return cached;
}

/** A temporary folder, removed by the returned function. */
export async function tempDir(prefix: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `seam-${prefix}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** A plan over a snapshot with the given services and nothing else (no reference tables, no constraints). */
export function planWith(snapshot: SchemaSnapshot, services: Plan['services']): Plan {
  return { ...planFor(snapshot, services), technical: [] };
}

/**
 * DVD-rental's payment partitioning: two inheritance children of `payment` (no primary key of their
 * own) and the rules that route inserts into them by `payment_date`.
 */
export const PAYMENT_CHILDREN_DDL = `
create table payment_p2007_01 (check (payment_date >= '2007-01-01' and payment_date < '2007-02-01')) inherits (payment);
create table payment_p2007_02 (check (payment_date >= '2007-02-01' and payment_date < '2007-03-01')) inherits (payment);
create rule payment_insert_p2007_01 as on insert to payment
  where new.payment_date >= '2007-01-01' and new.payment_date < '2007-02-01'
  do instead insert into payment_p2007_01 values (new.*);
create rule payment_insert_p2007_02 as on insert to payment
  where new.payment_date >= '2007-02-01' and new.payment_date < '2007-03-01'
  do instead insert into payment_p2007_02 values (new.*);
`;
