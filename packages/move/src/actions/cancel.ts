import { migrate } from '@seam/codegen';
import type { MoveAction } from '../runner/action.js';
import { checkFingerprint, type MoveContext } from './context.js';
import {
  agentIdle,
  teardownForward,
  teardownNamed,
  teardownReference,
  teardownReverseScripts,
  waitForAgent,
} from './teardown.js';

/**
 * cancel (before a switch only): stop replication, delete the connectors, topics, dead-letter
 * topics and consumer groups, revert the monolith's capture script (slot, publication, heartbeat)
 * and drop the service's tables (with the replicator's stored offsets): the monolith ends exactly
 * as before create.
 */
export const cancelAction: MoveAction<MoveContext> = {
  name: 'cancel',
  from: ['copying', 'running'],
  during: 'cancelling',
  to: 'cancelled',
  supersedes: ['create'],
  alreadyDone: (s) => (s.phase === 'cancelled' ? `the move of ${s.service} is already cancelled` : undefined),
  refusal: (s) =>
    s?.phase === 'switched'
      ? `The service ${s.service} is the writer since the switch: run \`seam move reverse --service ${s.service} --dir <dir>\` first, then cancel.`
      : s?.phase === 'completed'
        ? `The move of ${s.service} is completed: there is nothing to cancel.`
        : undefined,
  async precheck(ctx, state) {
    checkFingerprint(ctx, state?.manifest?.fingerprint);
  },
  steps: [
    {
      name: 'stop-replication',
      describe: 'tell the agent to stop every replicator of the move, and wait until it did',
      async run(_ctx, tools) {
        await tools.update((s) => {
          s.direction = 'none';
        });
        return { detail: await waitForAgent(tools, agentIdle, 'stop its replicators') };
      },
    },
    {
      name: 'forward-teardown',
      describe:
        "delete the forward connector, its topics, dead-letter topic and group; revert the monolith's capture",
      run: (ctx) => teardownForward(ctx),
    },
    {
      name: 'reverse-teardown',
      describe: 'delete the reverse connector and its topics (when one was started)',
      when: (s) => s.directions.reverse?.connector !== undefined,
      run: (ctx, tools) => teardownNamed(ctx, tools.state.directions.reverse),
    },
    {
      name: 'reverse-scripts',
      describe:
        "revert what the reverse direction applied (after a reverse): the service's write block and capture (publication, slot, heartbeat), the monolith's reverse offsets table and any write block",
      run: (ctx) => teardownReverseScripts(ctx, { monolithBlock: true }),
    },
    {
      name: 'reference-teardown',
      describe:
        'the reference copies: their group and dead-letter topic (the shared connector if this move started it)',
      when: (s) => s.directions.reference !== undefined,
      run: (ctx, tools) => teardownReference(ctx, tools.state.directions.reference),
    },
    {
      name: 'service-tables',
      describe: "drop the service's tables and the replicator's stored offsets (its migrations down to none)",
      async run(ctx: MoveContext) {
        const report = await migrate(ctx.serviceUnit, ctx.target, {
          direction: 'down',
          to: 'none',
          onProgress: ctx.log,
        });
        const reverted = report.migrations.filter((m) => m.state === 'reverted').map((m) => m.id);
        return { detail: reverted.length ? `reverted ${reverted.join(', ')}` : 'nothing applied' };
      },
    },
  ],
};
