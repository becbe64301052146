import type { ServiceArtifacts, ServiceSummary } from './types.js';

/** What `seam generate` reports of a service (and the README lists). */
export function serviceSummary(a: ServiceArtifacts): ServiceSummary {
  const service = a.layout;
  return {
    name: service.name,
    target: service.target,
    tables: service.owned.length,
    referenceCopies: service.reference.length,
    foreignKeysKept: a.schema.constraints.steps.filter((s) => s.note?.startsWith('foreign key')).length,
    crossing: a.crossing,
    noPrimaryKey: a.noPrimaryKey.map((t) => t.key),
    connector: service.capture.connector,
    topicPrefix: service.capture.topicPrefix,
    groups: service.groups,
    runbook: `${a.files.dir}/RUNBOOK.md`,
    notCarried: a.notCarried,
  };
}
