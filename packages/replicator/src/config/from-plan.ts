import { type Plan, SeamError, serviceUrlEnvVar } from '@seam/core';
import { engineFor } from '../engine.js';
import { REPLICATOR_CONFIG_FORMAT, type ReplicatorConfigInput } from './config.js';

export interface PlanConfigOptions {
  /** Debezium's topic.prefix for the monolith's connector. */
  topicPrefix: string;
  /** Overrides merged into the generated configuration (kafka, apply, target, metrics…). */
  overrides?: Partial<Omit<ReplicatorConfigInput, 'service' | 'tables'>>;
}

/**
 * A replicator configuration for one service of the plan: its tables (with `as`, `columns` and
 * `rename`), its target schema, and the target URL from SEAM_TARGET_<SERVICE>_URL.
 */
export function configFromPlan(
  plan: Plan,
  service: string,
  options: PlanConfigOptions,
): ReplicatorConfigInput {
  const s = plan.services.find((x) => x.name === service);
  if (!s) {
    const names = plan.services.map((x) => x.name).join(', ') || 'none';
    throw new SeamError('SEAM_CONFIG_INVALID', `The plan has no service "${service}" (services: ${names}).`, {
      hint: 'Name one of the plan’s services with --service.',
    });
  }
  if (s.tables.length === 0) {
    throw new SeamError('SEAM_CONFIG_INVALID', `Service "${service}" owns no tables in the plan.`);
  }
  const o = options.overrides ?? {};
  return {
    format: REPLICATOR_CONFIG_FORMAT,
    version: 1,
    ...o,
    service,
    source: {
      flavor: engineFor(plan.snapshot.dialect).planSourceFlavor,
      ...o.source,
      topicPrefix: options.topicPrefix,
    },
    target: {
      urlEnv: serviceUrlEnvVar(service),
      ...(s.target?.schema ? { schema: s.target.schema } : {}),
      ...o.target,
    },
    tables: s.tables.map((t) => ({
      source: t.table,
      ...(t.as ? { table: t.as } : {}),
      ...(t.columns ? { columns: t.columns } : {}),
      ...(t.rename ? { rename: t.rename } : {}),
    })),
  };
}
