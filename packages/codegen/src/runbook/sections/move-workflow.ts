import type { RunbookFacts } from '../facts.js';
import { code, sh, shellBlock, table } from '../markdown.js';

/**
 * The move as one resumable workflow (`seam move`): each action, what it does, how to check it and
 * how to undo it. The phases after it are the same steps one command at a time.
 */
export function moveWorkflowSection(f: RunbookFacts): string[] {
  const { cli, d, plan, svc } = f;
  const m = `--service ${svc} --dir ${d} --plan ${sh(plan)}`;
  const move = (action: string, extra = '') => `${cli} move ${action} ${m}${extra ? ` ${extra}` : ''}`;
  return [
    '## The move as one workflow: `seam move`',
    '',
    `\`seam move\` runs the phases below for you as one workflow whose state lives in the ${svc} service's database (table ${code('seam_move_state')}): every operator sees the same phase, an action killed at any instant continues where it stopped when run again, and two operators cannot run one at the same time (the second gets \`SEAM_MOVE_BUSY\`). Each action takes \`--dry-run\` (the steps, and which are done) and \`--json\`; \`status --json\` ends with \`nextSteps\`.`,
    '',
    shellBlock([
      `${move('create')}   # schema, capture, the initial copy's signal (phase: copying)`,
      `${move('replicate')}   # the agent: runs the replicator of the active direction — keep it running (systemd, container)`,
      `${move('status', '--watch')}   # copy progress per table (chunks, rows), lag, last verify → running`,
      `${move('verify')}   # parity, recorded with its time (exit 2 on differences)`,
      `${move('switch')}   # block the monolith's writes, drain, verify, reverse replication on: the service writes`,
      `${move('reverse')}   # roll back a switch: the monolith writes again, nothing lost`,
      `${move('complete')}   # tear down replication; the monolith's copies as the plan says (move.monolithCopies)`,
    ]),
    '',
    table(
      ['action', 'what it does (the phases below)', 'check', 'undo'],
      [
        [
          '`create`',
          'phase 1 (schema) and phase 2 (capture on the monolith, connector, reference copies, the initial copy’s signal); the connector copies every row in chunks while it streams changes, the agent applies both',
          '`status`: the initial copy completed, every table copied, lag small, phase `running`',
          '`cancel`: the monolith ends exactly as before `create`',
        ],
        [
          '`verify`',
          'phase 3, waiting for the replicator to apply everything the monolith committed; recorded (fresh for 24 h)',
          'exit 0; `status` shows the result and its age',
          'nothing to undo; `--repair-sql` as in phase 3',
        ],
        [
          '`switch`',
          'phase 5: refuses while lagging or without a fresh equal verify; blocks the monolith’s writes to these tables, waits until every change is applied, verifies, moves the service’s counters past the copied rows, turns on reverse replication (the service’s changes back into the monolith’s copies, which stay read-only for the monolith’s readers) and says when the service may write, with how long writes were blocked',
          '`status`: phase `switched`, direction `reverse`',
          '`reverse`',
        ],
        [
          '`reverse`',
          'blocks the service’s writes, drains the reverse stream into the monolith, moves the monolith’s counters past the service’s rows, unblocks the monolith, resumes forward replication — a change never comes back the way it went',
          '`status`: phase `running`, direction `forward`',
          '`switch` again',
        ],
        [
          '`complete`',
          'phases 6 and 7: connectors, slots, publications, heartbeat and signal tables, topics (notifications included), consumer groups and stored offsets removed; the monolith’s copies dropped, kept as an archive or kept as a projection fed by reverse replication',
          '`status`: phase `completed`',
          'none: take a backup first when the copies are dropped',
        ],
        [
          '`cancel`',
          'before a switch only: everything `create` made is removed, on both databases and in Kafka',
          '`status`: phase `cancelled`',
          '`create` again',
        ],
      ],
    ),
    '',
    'The application still moves its own reads (phase 4) and writes (at `switch`): `seam move` moves the data and guards the windows. The phases below are the same steps one command at a time, for teams that run them by hand or from their own deploy tooling.',
    '',
  ];
}
