import type { PlanTable, ServiceMove, ServiceTarget, TableKey } from '@seam/core';

/** The figures a plan costs; every edit reports them before, after and the difference. */
export interface CostTotals {
  services: number;
  /** Declared foreign keys between tables of different services. */
  crossFks: number;
  /** Inferred references (confidence ≥ 0.5) between tables of different services. */
  crossInferredFks: number;
  /** Workload statements whose tables lie in more than one service, and their calls. */
  crossJoinStatements: number;
  crossJoinCalls: number;
  /** crossJoinCalls / all calls (0 without a workload). */
  crossJoinShare: number;
  /** Transaction shapes whose written tables lie in more than one service, and how many ran. */
  distributedTransactionShapes: number;
  distributedTransactions: number;
  /** distributedTransactions / all transactions (0 without transactions). */
  distributedTransactionShare: number;
  /** Newman modularity of the services over the tie graph of service-owned tables (at the plan's resolution). */
  modularity: number;
}

export interface EditResult {
  before: CostTotals;
  after: CostTotals;
  delta: CostTotals;
}

export type SharedRole = 'reference' | 'technical';

/**
 * An edit of the plan. Tables are table keys, services are names.
 * - move: tables to a service (created when it does not exist); a shared table becomes owned.
 * - share: tables out of their services, as replicated reference data or set-aside technical tables.
 * - create / rename / merge / split: services.
 * - pin: a table to a service (moving it there), or unpin with `service: null`.
 * - together / apart: add (or with `remove: true`, drop) a constraint; no table moves.
 * - target: where a service's database lives (engine, database, schema), or null to clear; no table moves.
 * - alias: a table's name in its service's database (`as:` in plan.yaml), or null for its own name.
 */
export type Edit =
  | { op: 'move'; tables: TableKey[]; to: string }
  | { op: 'share'; tables: TableKey[]; as: SharedRole }
  | { op: 'create'; service: string }
  | { op: 'rename'; service: string; to: string }
  | { op: 'merge'; services: string[]; into: string }
  | { op: 'split'; service: string; tables: TableKey[]; into: string }
  | { op: 'pin'; table: TableKey; service: string | null }
  | { op: 'together'; tables: TableKey[]; remove?: boolean }
  | { op: 'apart'; tables: [TableKey, TableKey]; remove?: boolean }
  | { op: 'target'; service: string; target: ServiceTarget | null }
  | { op: 'alias'; table: TableKey; as: string | null };

/** What plan.yaml says of a service besides its tables; follows the service through renames. */
export interface ServiceMeta {
  description?: string;
  target?: ServiceTarget;
  /** How `seam move` ends for the service (plan `move:`). */
  move?: ServiceMove;
  /** Entries of tables split by columns whose first owner is another service (kept as written). */
  columnSplits?: PlanTable[];
}

export interface PlanConstraints {
  pins: Map<TableKey, string>;
  together: TableKey[][];
  apart: Array<[TableKey, TableKey]>;
}

export interface PairCost {
  services: [string, string];
  fks: number;
  inferredFks: number;
  joinStatements: number;
  joinCalls: number;
  transactionShapes: number;
  transactions: number;
}

export interface ServiceFigures {
  name: string;
  tables: number;
  rows: number;
  bytes: number;
  /** Catalog write counters summed (per second where the window is known, else raw counts). */
  writes: number;
  /** Tie weight inside the service and leaving it. */
  internalWeight: number;
  externalWeight: number;
  /** The service's term of the plan's modularity: L_c/m − γ(D_c/2m)². */
  modularity: number;
  crossFks: number;
  crossJoinCalls: number;
  distributedTransactions: number;
}
