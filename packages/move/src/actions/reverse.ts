import { MONOLITH_SCRIPTS, SERVICE_SCRIPTS } from '@seam/codegen';
import { skipBacklog } from '@seam/replicator';
import type { MoveAction } from '../runner/action.js';
import type { MoveState } from '../state/state.js';
import { checkFingerprint, type MoveContext } from './context.js';
import {
  drain,
  type HandoverOptions,
  published,
  recorded,
  recordPosition,
  replicatorConfig,
  requireAgent,
  scriptDown,
  scriptUp,
  setDirection,
  sidePosition,
  unitsOf,
} from './switch.js';

/** Milliseconds since the block recorded in the reverse's data. */
function windowMs(state: MoveState): number | undefined {
  const at = state.data.reverse?.blockedAt;
  return typeof at === 'string' ? Date.now() - Date.parse(at) : undefined;
}

/**
 * `seam move reverse`: rolls a switch back; the monolith becomes the writer again. The service's
 * writes to the moved tables are blocked; the reverse replicator drains up to the service's
 * position read after the block; the agent stops it; the monolith's counters move past the rows
 * the service wrote; the forward connector has published past the monolith's position and the
 * forward replicator's backlog (the reverse replicator's own writes into the monolith) is skipped —
 * no loop; the agent replicates forward again; the monolith's block is lifted. Refused on a move
 * that never switched. Any failure before the last step undoes it: the service takes writes again.
 */
export function reverseAction(options: HandoverOptions = {}): MoveAction<MoveContext> {
  return {
    name: 'reverse',
    from: ['switched'],
    during: 'reversing',
    to: 'running',
    refusal: (s) =>
      s && (s.phase === 'running' || s.phase === 'copying')
        ? `The move of ${s.service} has not switched (phase ${s.phase}): the monolith is the writer already, there is nothing to reverse. \`seam move status --service ${s.service}\` names the next step.`
        : s
          ? `The move of ${s.service} is ${s.phase}: \`seam move status --service ${s.service}\` names the next step.`
          : undefined,
    async precheck(ctx, state) {
      checkFingerprint(ctx, state?.manifest?.fingerprint);
      unitsOf(ctx);
      if (state?.progress?.action === 'reverse') return;
      requireAgent(state, ctx.service, ctx.dir, options.agentTimeoutMs ?? 10_000);
    },
    async onFailure(ctx, error, tools) {
      // Before the monolith's block is lifted nobody has written to it: the service is the writer again.
      ctx.log(`reverse failed (${error.code}): unblocking the service, replicating in reverse again`);
      await scriptUp(ctx, 'monolith', MONOLITH_SCRIPTS.blockWrites);
      await tools.update((s) => {
        s.direction = 'reverse';
        s.data.reverse = { ...s.data.reverse, failed: `${error.code}: ${error.message}` };
      });
      await scriptDown(ctx, 'service', SERVICE_SCRIPTS.blockWrites);
      return 'rollback';
    },
    steps: [
      {
        name: 'block-service',
        describe: "block the application's writes to the moved tables on the service (the window starts)",
        async run(ctx, tools) {
          await tools.update((s) => {
            s.data.reverse = { blockedAt: new Date().toISOString() };
          });
          return { detail: await scriptUp(ctx, 'service', SERVICE_SCRIPTS.blockWrites) };
        },
      },
      {
        name: 'service-position',
        describe: "read the service's change-log position after the block",
        async run(ctx, tools) {
          return {
            detail: await recordPosition(
              tools,
              'reverse',
              'service',
              'service',
              await sidePosition(ctx.target),
            ),
          };
        },
      },
      {
        name: 'drain-reverse',
        describe: 'wait until the reverse replicator applied everything up to that position',
        async run(ctx, tools) {
          const r = unitsOf(ctx).reverse;
          await drain(
            ctx,
            r.connector.name,
            r.replicator.group,
            r.connector.topics,
            recorded(tools.state, 'reverse', 'service'),
            options,
          );
          return { detail: `${r.replicator.group} applied everything up to the block` };
        },
      },
      {
        name: 'stop-reverse',
        describe: 'tell the agent to stop the reverse replicator (direction none) and wait for it',
        async run(_ctx, tools) {
          return { detail: await setDirection(tools, 'none', options) };
        },
      },
      {
        name: 'sync-monolith-counters',
        describe: "move the monolith's sequences / AUTO_INCREMENT past the rows the service wrote",
        async run(ctx) {
          return { detail: await scriptUp(ctx, 'monolith', MONOLITH_SCRIPTS.syncSequences) };
        },
      },
      {
        name: 'monolith-position',
        describe:
          "read the monolith's change-log position (the monolith still refuses the application's writes)",
        async run(ctx, tools) {
          return {
            detail: await recordPosition(
              tools,
              'reverse',
              'monolith',
              'monolith',
              await sidePosition(ctx.monolith),
            ),
          };
        },
      },
      {
        name: 'forward-published',
        describe: 'wait until the forward connector has published past that position',
        async run(ctx, tools) {
          const f = unitsOf(ctx).forward;
          await published(ctx, f.connector.name, recorded(tools.state, 'reverse', 'monolith'), options);
          return { detail: `${f.connector.name} passed the monolith's position` };
        },
      },
      {
        name: 'skip-forward-backlog',
        describe:
          "skip the forward replicator's backlog (the reverse replicator's own writes): nothing goes round",
        async run(ctx, tools) {
          const config = await replicatorConfig(ctx, unitsOf(ctx).forward.replicator.file);
          const skipped = await skipBacklog(config, { target: ctx.target, brokers: ctx.brokers });
          await tools.update((s) => {
            s.data.reverse = { ...s.data.reverse, skippedForward: skipped.skipped };
          });
          return { detail: `${skipped.group}: ${skipped.skipped} event(s) skipped` };
        },
      },
      {
        name: 'start-forward',
        describe: 'tell the agent to replicate forward (monolith → service) and wait for it',
        async run(_ctx, tools) {
          return { detail: await setDirection(tools, 'forward', options) };
        },
      },
      {
        name: 'unblock-monolith',
        describe: "lift the monolith's write block: the monolith takes writes again (the window ends)",
        async run(ctx, tools) {
          const detail = await scriptDown(ctx, 'monolith', MONOLITH_SCRIPTS.blockWrites);
          const ms = windowMs(tools.state);
          await tools.update((s) => {
            s.data.reverse = {
              ...s.data.reverse,
              ...(ms !== undefined ? { windowMs: ms } : {}),
              writerSince: new Date().toISOString(),
            };
          });
          ctx.log(`the monolith takes writes again; the moved tables refused writes for ${ms ?? '?'} ms`);
          return { detail: `monolith may take writes; writes were blocked for ${ms ?? '?'} ms (${detail})` };
        },
      },
    ],
  };
}

export const reverseMoveAction = reverseAction();
