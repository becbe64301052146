import { z } from 'zod';
import { SeamError } from '../errors/seam-error.js';
import { isTableKey, type TableKey } from './table-key.js';

/**
 * The plan: which service owns which table. Written as plan.yaml, reviewed in git, edited in
 * `seam plan`, and read by generate, replicate and verify. It never holds a credential:
 * where a service's database lives comes from the environment (SEAM_TARGET_<SERVICE>_URL).
 */
export const PLAN_FORMAT = 'seam.plan';
export const PLAN_VERSION = 1;

const tableKeySchema = z
  .string()
  .refine(isTableKey, { message: 'not a table name of the form schema.table' });
const serviceNameSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9_-]{0,62}$/,
    'service names are lower case letters, digits, - and _, starting with a letter',
  );

export const tableRoleSchema = z.enum(['entity', 'hub', 'junction', 'extension', 'reference', 'technical']);
export type TableRole = z.infer<typeof tableRoleSchema>;

export const planTableSchema = z.strictObject({
  table: tableKeySchema,
  /** The table's name in the service's database; defaults to the source table's own name. */
  as: z.string().min(1).optional(),
  /** The source columns this service takes, for a table split vertically; default all. */
  columns: z.array(z.string().min(1)).min(1).optional(),
  /** Column renames, source name → target name. */
  rename: z.record(z.string(), z.string().min(1)).optional(),
  role: tableRoleSchema.optional(),
  /** Share of clustering runs that agreed with this placement, 0..1. */
  confidence: z.number().min(0).max(1).optional(),
});
export type PlanTable = z.infer<typeof planTableSchema>;

export const serviceTargetSchema = z.strictObject({
  dialect: z.enum(['postgres', 'mysql']).optional(),
  /** For a mysql target: the server, MySQL 8+ or MariaDB 10.2+ (default: the source's when it is one, else mariadb). */
  flavor: z.enum(['mysql', 'mariadb']).optional(),
  /** Database name on the target server (the URL itself comes from the environment). */
  database: z.string().min(1).optional(),
  /** PostgreSQL schema inside that database; default public. */
  schema: z.string().min(1).optional(),
});
export type ServiceTarget = z.infer<typeof serviceTargetSchema>;

/** How `seam move` ends for a service (`seam move complete`). */
export const serviceMoveSchema = z.strictObject({
  /**
   * What becomes of the monolith's copies of the service's tables: `drop` them (foreign keys first),
   * keep them as a blocked `archive` (default), or keep them as a read-only `projection` fed by
   * reverse replication.
   */
  monolithCopies: z.enum(['drop', 'archive', 'projection']).optional(),
  /**
   * Rows per chunk of the initial copy (Debezium's `incremental.snapshot.chunk.size`, default
   * 1024): larger chunks copy faster and hold bigger reads in the connector's memory.
   */
  copyChunkSize: z.number().int().min(1).max(1_000_000).optional(),
});
export type ServiceMove = z.infer<typeof serviceMoveSchema>;

export const planServiceSchema = z.strictObject({
  name: serviceNameSchema,
  description: z.string().optional(),
  target: serviceTargetSchema.optional(),
  move: serviceMoveSchema.optional(),
  tables: z.array(planTableSchema),
});
export type PlanService = z.infer<typeof planServiceSchema>;

export const sharedTableSchema = z.strictObject({
  table: tableKeySchema,
  reason: z.string(),
  /** Services that read it and get a replicated copy (reference data). */
  consumers: z.array(serviceNameSchema).optional(),
});
export type SharedTable = z.infer<typeof sharedTableSchema>;

export const planSchema = z.strictObject({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_VERSION),
  snapshot: z.strictObject({
    database: z.string(),
    dialect: z.enum(['postgres', 'mysql']),
    fingerprint: z.string(),
    tables: z.number().int().nonnegative(),
  }),
  parameters: z
    .object({
      seed: z.number().int(),
      resolution: z.number().positive(),
    })
    .catchall(z.unknown()),
  services: z.array(planServiceSchema),
  /** Small, rarely written tables read by several services: replicated, not owned. */
  reference: z.array(sharedTableSchema),
  /** Migrations, queues, logs: set aside, not part of any service. */
  technical: z.array(sharedTableSchema),
  constraints: z.strictObject({
    /** table → service it must belong to. */
    pins: z.record(tableKeySchema, serviceNameSchema),
    /** Groups of tables that must stay in one service. */
    together: z.array(z.array(tableKeySchema).min(2)),
    /** Pairs of tables that must be in different services. */
    apart: z.array(z.tuple([tableKeySchema, tableKeySchema])),
  }),
});
export type Plan = z.infer<typeof planSchema>;

/** Where each table went: its service, or its shared role. */
export type Assignment = { kind: 'service'; service: string } | { kind: 'reference' } | { kind: 'technical' };

export function planAssignments(plan: Plan): Map<TableKey, Assignment[]> {
  const out = new Map<TableKey, Assignment[]>();
  const add = (t: TableKey, a: Assignment) => {
    const list = out.get(t);
    if (list) list.push(a);
    else out.set(t, [a]);
  };
  for (const s of plan.services) for (const t of s.tables) add(t.table, { kind: 'service', service: s.name });
  for (const t of plan.reference) add(t.table, { kind: 'reference' });
  for (const t of plan.technical) add(t.table, { kind: 'technical' });
  return out;
}

/**
 * Checks what the schema cannot: service names unique, a table owned by one service unless each
 * owner takes a column subset, pins naming existing services. Throws SEAM_PLAN_INVALID.
 */
export function checkPlan(plan: Plan): Plan {
  const names = new Set<string>();
  for (const s of plan.services) {
    if (names.has(s.name)) throw new SeamError('SEAM_PLAN_INVALID', `Service "${s.name}" is defined twice.`);
    names.add(s.name);
  }
  for (const [table, assignments] of planAssignments(plan)) {
    if (assignments.length < 2) continue;
    const owners = plan.services.flatMap((s) =>
      s.tables.filter((t) => t.table === table).map((t) => ({ s, t })),
    );
    const shared = assignments.length !== owners.length;
    if (shared || owners.some(({ t }) => !t.columns)) {
      const where = assignments.map((a) => (a.kind === 'service' ? a.service : a.kind)).join(', ');
      throw new SeamError('SEAM_PLAN_INVALID', `Table ${table} is placed more than once (${where}).`, {
        hint: 'A table belongs to one service; to split it vertically, give each service its own `columns:` list.',
      });
    }
  }
  for (const [table, service] of Object.entries(plan.constraints.pins)) {
    if (!names.has(service)) {
      throw new SeamError(
        'SEAM_PLAN_INVALID',
        `Table ${table} is pinned to "${service}", which is not a service.`,
      );
    }
  }
  return plan;
}
