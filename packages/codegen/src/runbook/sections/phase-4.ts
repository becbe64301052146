import type { RunbookFacts } from '../facts.js';

/** Phase 4: move reads. */
export function phase4Section(f: RunbookFacts): string[] {
  const { svc } = f;
  const out: string[] = [];
  out.push(
    '## Phase 4 — Move reads',
    '',
    `Point the application's reads of the ${svc} service's data at the ${svc} service's database (or its API), one endpoint at a time, while the monolith stays the writer and replication keeps the copy current (lag in seconds: read-your-own-writes paths stay on the monolith until phase 5). Rewrite the statements listed above that read across the boundary. Re-run the phase 3 command now and then.`,
    '',
    '**Rollback:** point reads back at the monolith; its data is current, nothing to undo in the databases.',
    '',
  );

  return out;
}
