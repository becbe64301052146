import type { BoundaryExplanation } from '@seam/analyzer';
import { notCarried, type TableKey } from '@seam/core';
import { engineFor, sameEngine } from '../engine.js';
import type { ServiceLayout } from '../layout/service-layout.js';
import { typeormFileName } from '../migration/typeorm-file.js';
import { serviceMonolithScripts } from '../monolith/scripts.js';
import { serviceEndpoint } from '../reverse/reverse-endpoint.js';
import { serviceSideScripts } from '../reverse/service-scripts.js';
import { crossingFks } from '../schema/crossing.js';
import { serviceSchema } from '../schema/service-schema.js';
import type { RunContext, ServiceArtifacts } from './types.js';

/** The boundary explanations of a service against every other (statements and transactions the application must change). */
function boundariesOf(run: RunContext, service: string): BoundaryExplanation[] {
  if (!run.explainBoundary) return [];
  const out: BoundaryExplanation[] = [];
  for (const other of run.options.plan.services) {
    if (other.name === service) continue;
    const b = run.explainBoundary(service, other.name);
    if (b.fks.length || b.joins.length || b.transactions.length) out.push(b);
  }
  return out;
}

/** What the service emitters work from: its schema, scripts, what crosses its boundary, and its files' paths. */
export function serviceArtifacts(service: ServiceLayout, run: RunContext): ServiceArtifacts {
  const snapshot = run.snapshot;
  const dir = service.name;
  const schema = serviceSchema(service, snapshot);
  for (const w of schema.warnings) run.warnings.push({ service: service.name, ...w });
  const crossing = crossingFks(service, snapshot, run.layout.placeOf);
  const replicated = service.owned.filter((t) => t.source.primaryKey.length > 0);
  const noPrimaryKey = service.owned.filter((t) => t.source.primaryKey.length === 0);
  for (const t of noPrimaryKey) {
    run.warnings.push({
      service: service.name,
      table: t.name,
      message: `${t.key} has no primary key: it is created but not captured or replicated (see the runbook)`,
    });
  }
  const shared = new Set(
    service.owned
      .filter((t) => (run.owners.get(t.key) ?? 0) > 1)
      .map((t) => `${t.source.schema}\u0000${t.source.name}`),
  );
  const monolith = serviceMonolithScripts(
    snapshot.engine.dialect,
    service.name,
    service.capture,
    replicated,
    service.owned,
    crossing,
    snapshot,
    shared,
    service.reverseOffsetsTable,
  );
  const migrations = [schema.tables, schema.constraints];
  const reverse = serviceEndpoint(service, run.options);
  const sqlNamespace = engineFor(service.target.dialect).target.namespace(
    service.target.schema,
    service.target.database,
    '',
  );
  const copies = service.reference.filter((t) => t.source.primaryKey.length > 0);
  return {
    layout: service,
    schema,
    crossing,
    monolith,
    serviceScripts: serviceSideScripts(service, schema, replicated, sqlNamespace, snapshot.engine.dialect),
    reverse,
    replicated,
    noPrimaryKey,
    notCarried: notCarried(
      snapshot,
      service.owned.map((t) => t.key as TableKey),
      {
        checksCarried: sameEngine(service.target.dialect, snapshot.engine.dialect),
        onUpdateCarried: sameEngine(service.target.dialect, snapshot.engine.dialect),
      },
    ),
    boundaries: boundariesOf(run, service.name),
    files: {
      dir,
      typeorm: migrations.map(
        (m, i) => `${dir}/migrations/typeorm/${typeormFileName(service.name, m, run.timestamp + i)}`,
      ),
      sql: migrations.flatMap((m) =>
        ['up', 'down'].map((kind) => `${dir}/migrations/sql/${m.id}.${kind}.sql`),
      ),
      connector: `${dir}/connector.json`,
      connectorReverse: `${dir}/connector-reverse.json`,
      replicate: `${dir}/replicate.yaml`,
      replicateReverse: `${dir}/replicate-reverse.yaml`,
      ...(copies.length && run.reference ? { replicateReference: `${dir}/replicate-reference.yaml` } : {}),
      grantsService: `${dir}/grants/service.sql`,
      grantsMonolith: `${dir}/grants/monolith.sql`,
    },
  };
}
