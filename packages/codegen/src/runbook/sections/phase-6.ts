import { MONOLITH_SCRIPTS } from '../../monolith/scripts.js';
import type { RunbookFacts } from '../facts.js';
import { code, shellBlock } from '../markdown.js';

/** Phase 6: stop replication. */
export function phase6Section(f: RunbookFacts): string[] {
  const { a, s, cli, d, svc, sourceWords, migrate, shown } = f;
  const out: string[] = [];
  out.push(
    '## Phase 6 — Stop replication',
    '',
    `Once ${svc} has run on its own long enough that you will not roll back to the monolith:`,
    '',
    shellBlock([
      `${cli} capture stop --dir ${d} --service ${svc}   # deletes ${s.capture.connector}`,
      `${migrate(`--monolith ${MONOLITH_SCRIPTS.capture} --down`)}   # ${sourceWords.captureStopObjects(s.capture.slot)}heartbeat and signal tables`,
    ]),
    '',
    `Topics ${code(`${s.capture.topicPrefix}.*`)} may be deleted from Kafka afterwards.${a.files.replicateReference ? ` Keep ${shown(a.files.replicateReference)} running while ${svc} reads reference copies the monolith still owns.` : ''}`,
    '',
    `**Rollback:** to move back after this, start again at phase 2 (a new snapshot) after copying the ${svc} service's rows back as in phase 5.`,
    '',
  );

  return out;
}
