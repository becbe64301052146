import { SHARED_REFERENCE } from '../../layout/names.js';
import { MONOLITH_SCRIPTS } from '../../monolith/scripts.js';
import type { RunbookFacts } from '../facts.js';
import { client } from '../helpers.js';
import { code, shellBlock } from '../markdown.js';

/** Phase 2: start change capture and backfill. */
export function phase2Section(f: RunbookFacts): string[] {
  const {
    a,
    s,
    cli,
    d,
    svc,
    env,
    target,
    sourceWords,
    targetEngine,
    migrate,
    file,
    shown,
    known,
    copies,
    ref,
  } = f;
  const out: string[] = [];
  out.push('## Phase 2 — Start change capture and backfill', '');
  const steps2: string[] = [];
  if (copies.length && ref) {
    out.push(
      `Reference copies come from the shared connector ${code(ref.names.connector)}. If another service started it already (\`${cli} migrate --dir ${d} --service ${SHARED_REFERENCE} --status\` shows \`capture\` applied), skip its two lines.`,
      '',
    );
    steps2.push(
      `${cli} migrate --dir ${d} --service ${SHARED_REFERENCE} --monolith ${MONOLITH_SCRIPTS.capture}`,
      `${cli} capture start --dir ${d} --service ${SHARED_REFERENCE}`,
    );
  }
  steps2.push(
    `${migrate(`--monolith ${MONOLITH_SCRIPTS.capture} --dry-run`)}   # lists every relation capture publishes${sourceWords.captureDryRunNote}`,
    `${migrate(`--monolith ${MONOLITH_SCRIPTS.capture}`)}   # heartbeat and signal tables${sourceWords.captureObjectsPlus} on the monolith`,
    `${cli} capture start --dir ${d} --service ${svc}   # creates the topics, registers ${s.capture.connector}, waits until it streams, starts the initial copy`,
  );
  out.push(
    shellBlock(steps2),
    '',
    `The connector (${shown(a.files.connector)}) streams each change${sourceWords.streamsFrom(s.capture.slot)} at once; \`capture start\` then writes one \`execute-snapshot\` row into its signal table ${code(s.capture.signalTable)} (once: run again, it sends nothing), and the connector reads every row of ${a.replicated.length} table(s) in primary-key chunks while it streams (Debezium's incremental snapshot: a restart resumes from the last chunk, a row changed meanwhile is never overwritten by an older read). Then start the replicator${a.files.replicateReference ? 's' : ''} — long-running processes: give each its own terminal, or run them under your process supervisor:`,
    '',
    shellBlock([
      `${cli} replicate --config ${file(a.files.replicate)}`,
      ...(a.files.replicateReference
        ? [`${cli} replicate --config ${file(a.files.replicateReference)}`]
        : []),
    ]),
    '',
    `On a terminal the replicator shows throughput and lag; \`--metrics-port 9464\` serves \`/status\` and Prometheus metrics. \`${cli} capture status --dir ${d} --service ${svc}\` shows the copy per table (chunks read, rows, done). The backfill is done when the copy is \`done\` and the lag is 0 — \`seam verify\`'s barrier waits while the copy runs.`,
    '',
    '**Rollback** (start again from nothing):',
    '',
    shellBlock([
      '# Ctrl+C the replicator(s) first',
      `${cli} capture stop --dir ${d} --service ${svc} --delete-topics   # the connector and its topics`,
      `${migrate(`--monolith ${MONOLITH_SCRIPTS.capture} --down`)}   # ${sourceWords.captureDownObjects}heartbeat and signal tables`,
      `${migrate('--down --to none')}   # drops the copied tables`,
      `${client(target.dialect, env, known)} ${targetEngine.clientStatementFlag} "DELETE FROM seam_replicator_offsets WHERE consumer_group = '${s.groups.forward}'"   # the replicator's stored position`,
    ]),
    '',
    'Then start phase 1 again.',
    '',
  );

  return out;
}
