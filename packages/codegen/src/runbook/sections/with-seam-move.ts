import type { RunbookFacts } from '../facts.js';
import { code, sh } from '../markdown.js';

/** The same phases as one resumable workflow: `seam move` (docs/move.md). */
export function withSeamMoveSection(f: RunbookFacts): string[] {
  const { cli, d, svc } = f;
  const p = ` --plan ${sh(f.plan)}`;
  const m = (action: string, extra = '') => `${cli} move ${action} --service ${svc} --dir ${d}${p}${extra}`;
  return [
    '## The short way: `seam move`',
    '',
    `\`seam move\` runs the phases below as one workflow whose state lives in the service's database (table ${code('seam_move_state')}): every operator sees the same phase, an action killed at any moment continues where it stopped when run again, and two operators cannot run an action on the same service at once. Each action prints its steps; \`status\` names the next command.`,
    '',
    '```bash',
    `${m('create')}        # phases 1–2: schema, capture, initial copy`,
    `${m('replicate')} &   # the agent: runs the replicators (a systemd unit or container in production)`,
    `${m('status', ' --watch')}   # copy progress, lag, next step`,
    `${m('verify')}        # phase 3, recorded in the move`,
    `${m('switch')}        # phase 5: block the monolith, drain, verify, reverse replication`,
    `${m('complete')}      # phases 6–7 (the plan's move.monolithCopies: drop, archive or projection)`,
    `${m('cancel')}        # before a switch: undo everything; the monolith ends as before`,
    '```',
    '',
    'The phases below are what these actions do, step by step, for when you run them by hand.',
    '',
  ];
}
