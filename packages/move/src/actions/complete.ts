import { migrate } from '@seam/codegen';
import { readPlanFile } from '@seam/core';
import type { MoveAction } from '../runner/action.js';
import { addHistory } from '../state/state.js';
import { checkFingerprint, type MoveContext } from './context.js';
import {
  agentIdle,
  teardownForward,
  teardownNamed,
  teardownReference,
  teardownReverseScripts,
  waitForAgent,
} from './teardown.js';

export type MonolithCopies = 'drop' | 'archive' | 'projection';

/** The plan's `move.monolithCopies` for the service (default archive). */
export async function monolithCopies(ctx: MoveContext): Promise<MonolithCopies> {
  if (!ctx.plan) return 'archive';
  const plan = await readPlanFile(ctx.plan);
  return plan.services.find((s) => s.name === ctx.service)?.move?.monolithCopies ?? 'archive';
}

/**
 * complete (after a switch only): tear down everything of the move and apply the plan's choice for
 * the monolith's copies: `drop` (drop-foreign-keys, drop-tables), `archive` (kept, blocked) or
 * `projection` (kept read-only, the reverse connector and the agent keep feeding them).
 */
export const completeAction: MoveAction<MoveContext> = {
  name: 'complete',
  from: ['switched'],
  during: 'completing',
  to: 'completed',
  alreadyDone: (s) => (s.phase === 'completed' ? `the move of ${s.service} is already completed` : undefined),
  refusal: (s) =>
    s && (s.phase === 'copying' || s.phase === 'running')
      ? `The service ${s.service} has not switched yet: run \`seam move switch --service ${s.service} --dir <dir>\` first (or cancel the move).`
      : undefined,
  async precheck(ctx, state) {
    checkFingerprint(ctx, state?.manifest?.fingerprint);
  },
  steps: [
    {
      name: 'choose-copies',
      describe: "read the plan's move.monolithCopies (drop, archive or projection; default archive)",
      async run(ctx, tools) {
        const copies = await monolithCopies(ctx);
        await tools.update((s) => {
          s.data.complete = { ...s.data.complete, monolithCopies: copies };
          // projection keeps the reverse direction running after complete; otherwise nothing runs.
          if (copies !== 'projection') s.direction = 'none';
        });
        return { detail: `monolith copies: ${copies}` };
      },
    },
    {
      name: 'stop-replication',
      describe: 'wait until the agent stopped what the completed move no longer runs',
      async run(_ctx, tools) {
        const keep = tools.state.data.complete?.monolithCopies === 'projection';
        const detail = await waitForAgent(
          tools,
          (s) => (keep ? !(s.agent?.replicators ?? []).some((r) => r !== 'reverse') : agentIdle(s)),
          keep ? 'keep only the reverse replicator' : 'stop its replicators',
        );
        return { detail };
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
      describe: 'delete the reverse connector and its topics (kept for projection)',
      when: (s) =>
        s.directions.reverse?.connector !== undefined && s.data.complete?.monolithCopies !== 'projection',
      run: (ctx, tools) => teardownNamed(ctx, tools.state.directions.reverse),
    },
    {
      name: 'reverse-scripts',
      describe:
        "revert the reverse direction's scripts (kept for projection): the service's capture (publication, slot, heartbeat) and write block, the monolith's reverse offsets table",
      when: (s) => s.data.complete?.monolithCopies !== 'projection',
      run: (ctx) => teardownReverseScripts(ctx, { monolithBlock: false }),
    },
    {
      name: 'reference-teardown',
      describe: "the service's reference copies: their group and dead-letter topic",
      when: (s) => s.directions.reference !== undefined,
      run: (ctx, tools) => teardownReference(ctx, tools.state.directions.reference),
    },
    {
      name: 'monolith-copies',
      describe: "drop the monolith's copies (drop), or leave them blocked (archive) or fed (projection)",
      async run(ctx, tools) {
        const copies = tools.state.data.complete?.monolithCopies;
        if (copies !== 'drop') return { detail: `kept (${String(copies)})` };
        await migrate(ctx.monolithUnit, ctx.monolith, {
          direction: 'up',
          script: 'drop-foreign-keys',
          onProgress: ctx.log,
        });
        await migrate(ctx.monolithUnit, ctx.monolith, {
          direction: 'up',
          script: 'drop-tables',
          onProgress: ctx.log,
        });
        await tools.update((s) => {
          addHistory(s, {
            at: new Date().toISOString(),
            action: 'complete',
            event: 'note',
            detail: 'monolith copies dropped',
          });
        });
        return { detail: 'drop-foreign-keys and drop-tables applied' };
      },
    },
  ],
};
