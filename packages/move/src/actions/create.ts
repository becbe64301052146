import { join } from 'node:path';
import {
  captureStatus,
  type MigrateReport,
  migrate,
  readConnectorConfig,
  SERVICE_SCRIPTS,
  SHARED_REFERENCE,
  startCapture,
  TABLES_MIGRATION,
} from '@seam/codegen';
import { openDatabase } from '@seam/core/sql';
import { readPosition, type SourcePosition } from '@seam/parity';
import { deadLetterTopicOf, groupIdOf, readReplicatorConfigFile } from '@seam/replicator';
import { sendCopySignal } from '../copy/signal.js';
import type { MoveAction } from '../runner/action.js';
import { addPosition, type DirectionNames, initialState } from '../state/state.js';
import { checkFingerprint, type MoveContext } from './context.js';
import { scriptUp } from './scripts.js';

/** A position as plain JSON (an LSN is a bigint). */
export function positionJson(p: SourcePosition): Record<string, unknown> {
  return p.kind === 'lsn' ? { kind: 'lsn', lsn: p.lsn.toString() } : { ...p };
}

/** The monolith's change-log position now. */
export async function monolithPosition(ctx: MoveContext): Promise<Record<string, unknown>> {
  const db = await openDatabase(ctx.monolith, { applicationName: 'seam move' });
  try {
    return positionJson(await readPosition(db));
  } finally {
    await db.close();
  }
}

function applied(report: MigrateReport): string {
  const done = report.migrations.filter((m) => m.state === 'applied').map((m) => m.id);
  return done.length ? `applied ${done.join(', ')}` : 'already applied';
}

/** The names one replicator config and its connector use. */
export async function namesOf(ctx: MoveContext, file: string, connector: string): Promise<DirectionNames> {
  const config = await readReplicatorConfigFile(join(ctx.dir, file));
  const c = ctx.manifest.connectors.find((x) => x.name === connector);
  const generated = c ? await readConnectorConfig(ctx.dir, c) : {};
  return {
    connector,
    topicPrefix: config.source.topicPrefix,
    topics: c?.topics ?? [],
    consumerGroup: groupIdOf(config),
    deadLetterTopic: deadLetterTopicOf(config),
    replicatorConfig: file,
    ...(generated['slot.name'] ? { slot: generated['slot.name'] } : {}),
    ...(generated['publication.name'] ? { publication: generated['publication.name'] } : {}),
  };
}

/** Whether a connector exists and runs. */
async function running(ctx: MoveContext, service: string): Promise<boolean> {
  const { status } = await captureStatus(ctx.manifest, service, { connect: ctx.connect });
  return status?.connector.state === 'RUNNING';
}

/**
 * create: the service's schema, the reference copies' capture, the monolith's capture and the
 * forward connector, the initial copy's signal, then the agent is told to replicate forward. Phase `copying` when done;
 * status derives `running` once every table is copied and the lag is small.
 */
export const createAction: MoveAction<MoveContext> = {
  name: 'create',
  from: [undefined],
  during: 'creating',
  to: 'copying',
  fresh: ['cancelled'],
  initial: (ctx) => initialState(ctx.service),
  alreadyDone: (s) =>
    s.phase === 'copying' || s.phase === 'running' || s.phase === 'switched'
      ? `the move of ${s.service} is already created (phase ${s.phase})`
      : undefined,
  refusal: (s) =>
    s
      ? `The move of ${s.service} is ${s.phase}: \`seam move status --service ${s.service}\` names the next step.`
      : undefined,
  async precheck(ctx, state) {
    if (state && state.phase !== 'cancelled') checkFingerprint(ctx, state.manifest?.fingerprint);
  },
  steps: [
    {
      name: 'record-files',
      describe: 'record the generated files (fingerprint) and the names the move will use',
      async run(ctx, tools) {
        const forward = await namesOf(ctx, ctx.files.forward, ctx.forwardConnector.name);
        const reference =
          ctx.files.reference && ctx.referenceConnector
            ? await namesOf(ctx, ctx.files.reference, ctx.referenceConnector.name)
            : undefined;
        await tools.update((s) => {
          s.manifest = { fingerprint: ctx.fingerprint, dir: ctx.dir };
          s.directions.forward = forward;
          if (reference) s.directions.reference = { ...s.directions.reference, ...reference };
        });
        return { detail: `forward ${forward.connector} → group ${forward.consumerGroup}` };
      },
    },
    {
      name: 'service-schema',
      describe: `create the service's tables (its migrations up to ${TABLES_MIGRATION})`,
      async run(ctx) {
        const report = await migrate(ctx.serviceUnit, ctx.target, {
          direction: 'up',
          to: TABLES_MIGRATION,
          onProgress: ctx.log,
        });
        return { detail: applied(report) };
      },
    },
    {
      name: 'reference-capture',
      describe: 'start the shared reference-copy connector (capture script on the monolith, connector)',
      when: (_s, ctx) => ctx.referenceConnector !== undefined && ctx.referenceUnit !== undefined,
      async run(ctx, tools) {
        if (await running(ctx, SHARED_REFERENCE)) {
          // Another move (or an earlier run of this step) started it: it stays shared.
          const mine = tools.state.directions.reference?.startedByThisMove === true;
          return { detail: `${ctx.referenceConnector!.name} already runs${mine ? '' : ' (shared)'}` };
        }
        await tools.update((s) => {
          s.directions.reference = { ...s.directions.reference, startedByThisMove: true };
        });
        const script = await migrate(ctx.referenceUnit!, ctx.monolith, {
          direction: 'up',
          script: 'capture',
          onProgress: ctx.log,
        });
        await startCapture(ctx.manifest, ctx.dir, SHARED_REFERENCE, {
          connect: ctx.connect,
          brokers: ctx.brokers,
          onProgress: ctx.log,
        });
        return { detail: `capture ${applied(script)}; ${ctx.referenceConnector!.name} started` };
      },
    },
    {
      name: 'forward-capture',
      describe:
        "apply the monolith's capture script (heartbeat and signal tables) and start the forward connector (it streams at once)",
      async run(ctx, tools) {
        const position = await monolithPosition(ctx);
        await tools.update((s) => {
          addPosition(s, {
            label: 'create.before-capture',
            side: 'monolith',
            position,
            at: new Date().toISOString(),
          });
        });
        const script = await migrate(ctx.monolithUnit, ctx.monolith, {
          direction: 'up',
          script: 'capture',
          onProgress: ctx.log,
        });
        const report = await startCapture(ctx.manifest, ctx.dir, ctx.service, {
          connect: ctx.connect,
          brokers: ctx.brokers,
          onProgress: ctx.log,
        });
        return { detail: `capture ${applied(script)}; ${report.connector} ${report.state}` };
      },
    },
    {
      name: 'initial-copy',
      describe:
        "start the initial copy: one execute-snapshot signal (Debezium's incremental snapshot, chunked and resumable, while changes stream)",
      async run(ctx, tools) {
        const result = await sendCopySignal({
          connector: ctx.forwardConnector,
          monolith: ctx.monolith,
          connect: ctx.connect,
          log: ctx.log,
        });
        if (!result) {
          return {
            skipped: true,
            detail: `${ctx.forwardConnector.name} copies with its own initial snapshot`,
          };
        }
        await tools.update((s) => {
          s.data.copy = {
            signal: result.signal,
            tables: result.tables,
            ...(result.sent ? { sentAt: new Date().toISOString() } : {}),
            ...(s.data.copy ?? {}),
          };
        });
        return { detail: result.detail };
      },
    },
    {
      name: 'service-block',
      describe:
        "refuse the application's writes to the service's tables until the switch (the replicator's writes pass)",
      async run(ctx) {
        return { detail: await scriptUp(ctx, 'service', SERVICE_SCRIPTS.blockWrites) };
      },
    },
    {
      name: 'replicate-forward',
      describe: 'record the position and tell the agent to replicate forward',
      async run(ctx, tools) {
        const position = await monolithPosition(ctx);
        await tools.update((s) => {
          addPosition(s, {
            label: 'create.capture-started',
            side: 'monolith',
            position,
            at: new Date().toISOString(),
          });
          s.direction = 'forward';
        });
        return { detail: `direction forward from ${JSON.stringify(position)}` };
      },
    },
  ],
};
