import { tableKey } from '@seam/core';
import type { RunbookFacts } from '../facts.js';
import { sh, shellBlock } from '../markdown.js';

/** Phase 3: verify parity. */
export function phase3Section(f: RunbookFacts): string[] {
  const { a, s, cli, plan, svc, env, targetEngine, serviceSchema, copies, ref } = f;
  const out: string[] = [];
  const verifyRef =
    copies.length && ref
      ? [
          `${cli} verify --source "$SEAM_SOURCE_URL" --target "$${env}" ${copies
            .map((t) => {
              const place = targetEngine.target.tablePlace(serviceSchema, t.name);
              return `--table ${sh(t.key === tableKey(serviceSchema, t.name) ? t.key : `${t.key}=${place}`)}`;
            })
            .join(' ')} --connector ${ref.names.connector} --group ${s.groups.reference}`,
        ]
      : [];
  out.push(
    '## Phase 3 — Verify parity',
    '',
    `Compares every row of the ${svc} service's copy with the monolith (hashes computed in both databases; differing rows named by key). With \`--connector\` and \`--group\` it waits until the replicator has applied everything the monolith had committed, so rows still in flight are not reported as differences.`,
    '',
    shellBlock([
      `${cli} verify --plan ${sh(plan)} --service ${svc} --connector ${s.capture.connector} --group ${s.groups.forward}`,
      ...verifyRef,
    ]),
    '',
    `Exit 0: equal. Exit 2: differences, listed by key${a.noPrimaryKey.length ? ` (the tables without a primary key are expected to differ: they are not replicated)` : ''}. Keep replication running and verify again before each later phase.`,
    '',
    `**Rollback / repair:** \`--repair-sql fix.sql\` writes the upserts and deletes that would make the copy equal (review, then run them on the ${svc} service's database); or start phase 2 again from nothing.`,
    '',
  );

  return out;
}
