import { SeamError } from '@seam/core';
import { z } from 'zod';

/**
 * The state of one service's move, stored as JSON in the service's own database
 * (`seam_move_state`, one row per service) so every operator sees the same truth.
 * `format` + `version` identify the shape; a newer Seam refuses nothing it can read and an older
 * one refuses a newer version with SEAM_MOVE_STATE_INVALID.
 */
export const MOVE_STATE_FORMAT = 'seam.move';
export const MOVE_STATE_VERSION = 1;

/**
 * Settled phases (`copying` → `running` → `switched` → `running` (after reverse) → `completed` |
 * `cancelled`) and the transitional phase each action holds while it runs, so a killed action is
 * visible and a re-run continues.
 */
export const settledPhases = ['copying', 'running', 'switched', 'completed', 'cancelled'] as const;
export const transitionalPhases = ['creating', 'switching', 'reversing', 'completing', 'cancelling'] as const;
export const movePhases = [...settledPhases, ...transitionalPhases] as const;
export type MovePhase = (typeof movePhases)[number];
export type SettledPhase = (typeof settledPhases)[number];

/** Which replication runs: forward = monolith → service, reverse = service → monolith. */
export const moveDirections = ['forward', 'reverse', 'none'] as const;
export type MoveDirection = (typeof moveDirections)[number];

const isoTime = z.string().min(1);

/**
 * The names one direction of replication uses. Loose: the actions add what they create (slot,
 * publication, heartbeat table, dead-letter topic, replicator config path, …).
 */
export const directionNamesSchema = z.looseObject({
  /** The Debezium source connector's name. */
  connector: z.string().optional(),
  /** Its topic.prefix (topics are `<prefix>.<schema>.<table>`). */
  topicPrefix: z.string().optional(),
  /** The topics the replicator reads. */
  topics: z.array(z.string()).optional(),
  /** The replicator's consumer group. */
  consumerGroup: z.string().optional(),
  /** Dead-letter topic of the replicator, when it has one. */
  deadLetterTopic: z.string().optional(),
  /** Replication slot / publication (PostgreSQL sources). */
  slot: z.string().optional(),
  publication: z.string().optional(),
  /** The replicator config file, relative to the generated directory. */
  replicatorConfig: z.string().optional(),
});
export type DirectionNames = z.infer<typeof directionNamesSchema>;

/** A source position read at a step: the engine's own form (LSN, binlog file/pos, GTID set). */
export const positionRecordSchema = z.object({
  /** What it marks, e.g. `create.capture-started`, `switch.after-block`. */
  label: z.string(),
  /** Which database it was read from. */
  side: z.enum(['monolith', 'service']),
  position: z.record(z.string(), z.unknown()),
  at: isoTime,
});
export type PositionRecord = z.infer<typeof positionRecordSchema>;

export const verifyRecordSchema = z.object({
  equal: z.boolean(),
  tables: z.number().int().nonnegative(),
  /** Tables (or segments) that differ. */
  differences: z.number().int().nonnegative(),
  /** Rows compared on the source side, when known. */
  rows: z.number().int().nonnegative().optional(),
  at: isoTime,
  durationMs: z.number().nonnegative().optional(),
  /** The source position the barrier waited for (what the result covers). */
  position: z.record(z.string(), z.unknown()).optional(),
  /** Per-table outcome, small. */
  perTable: z
    .array(z.object({ table: z.string(), equal: z.boolean(), sourceRows: z.number().optional() }))
    .optional(),
});
export type VerifyRecord = z.infer<typeof verifyRecordSchema>;

/** What the agent (`seam move replicate`) last said it does. */
export const agentRecordSchema = z.object({
  pid: z.number().int(),
  host: z.string(),
  /** The direction it runs now (`none`: running, replicating nothing). */
  direction: z.enum(moveDirections),
  /** When it started running that direction. */
  runningSince: isoTime.optional(),
  /** Its last heartbeat. */
  seenAt: isoTime,
  /** The replicators it runs: forward, reverse, reference. */
  replicators: z.array(z.string()).optional(),
  /** Its /status and /metrics server, when it serves one. */
  url: z.string().optional(),
  /** Set when it stopped (SIGTERM) or failed. */
  stoppedAt: isoTime.optional(),
  error: z.string().optional(),
});
export type AgentRecord = z.infer<typeof agentRecordSchema>;

export const stepRecordSchema = z.object({
  at: isoTime,
  /** `skipped`: the step did not apply (the reason in detail). */
  outcome: z.enum(['done', 'skipped']),
  detail: z.string().optional(),
});
export type StepRecord = z.infer<typeof stepRecordSchema>;

/** The action running now (or killed while running): the named steps it finished. */
export const progressSchema = z.object({
  action: z.string(),
  startedAt: isoTime,
  /** The settled phase it started from, restored when the action rolls back. */
  fromPhase: z.enum(movePhases),
  steps: z.record(z.string(), stepRecordSchema),
  /** Runs of this action so far (1 = first; more after a kill and re-run). */
  attempts: z.number().int().positive(),
});
export type MoveProgress = z.infer<typeof progressSchema>;

export const historyEventSchema = z.object({
  at: isoTime,
  action: z.string(),
  step: z.string().optional(),
  event: z.enum(['started', 'resumed', 'step', 'skipped', 'finished', 'failed', 'rolled-back', 'note']),
  detail: z.string().optional(),
  /** Who ran it: user@host pid. */
  by: z.string().optional(),
});
export type HistoryEvent = z.infer<typeof historyEventSchema>;

/** History and positions are bounded: the oldest entries drop out. */
export const HISTORY_LIMIT = 200;
export const POSITIONS_LIMIT = 50;

export const moveStateSchema = z.strictObject({
  format: z.literal(MOVE_STATE_FORMAT),
  version: z.literal(MOVE_STATE_VERSION),
  service: z.string().min(1),
  phase: z.enum(movePhases),
  /** The replication direction the agent must run. */
  direction: z.enum(moveDirections),
  createdAt: isoTime,
  /** The generated files the move was created from: a change after create is refused. */
  manifest: z.object({ fingerprint: z.string(), dir: z.string().optional() }).optional(),
  directions: z.object({
    forward: directionNamesSchema.optional(),
    reverse: directionNamesSchema.optional(),
    /** The reference-copy connector, when the service has reference copies. */
    reference: directionNamesSchema.optional(),
  }),
  positions: z.array(positionRecordSchema),
  verify: verifyRecordSchema.optional(),
  agent: agentRecordSchema.optional(),
  progress: progressSchema.optional(),
  history: z.array(historyEventSchema),
  /** Per-action data (e.g. `switch`: blocked window, `complete`: the copies' fate), by action name. */
  data: z.record(z.string(), z.record(z.string(), z.unknown())),
});
export type MoveState = z.infer<typeof moveStateSchema>;

/** A fresh state for a service about to be created. */
export function initialState(service: string, now: Date = new Date()): MoveState {
  return {
    format: MOVE_STATE_FORMAT,
    version: MOVE_STATE_VERSION,
    service,
    phase: 'creating',
    direction: 'none',
    createdAt: now.toISOString(),
    directions: {},
    positions: [],
    history: [],
    data: {},
  };
}

/** Parses stored JSON; anything else is SEAM_MOVE_STATE_INVALID naming the first bad field. */
export function parseMoveState(json: string, service: string): MoveState {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new SeamError('SEAM_MOVE_STATE_INVALID', `The stored move state of ${service} is not JSON.`);
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > MOVE_STATE_VERSION) {
    throw new SeamError(
      'SEAM_MOVE_STATE_INVALID',
      `The move state of ${service} was written by a newer Seam (state version ${version}, this one reads ${MOVE_STATE_VERSION}).`,
      { hint: 'Run the same Seam version as the operator who wrote it.' },
    );
  }
  const parsed = moveStateSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || '(root)';
    throw new SeamError(
      'SEAM_MOVE_STATE_INVALID',
      `The stored move state of ${service} is invalid at ${where}: ${issue?.message ?? 'unknown'}.`,
    );
  }
  return parsed.data;
}

/** Appends to the history, keeping the last HISTORY_LIMIT events. */
export function addHistory(state: MoveState, event: HistoryEvent): void {
  state.history.push(event);
  if (state.history.length > HISTORY_LIMIT) state.history.splice(0, state.history.length - HISTORY_LIMIT);
}

/** Records a source position, keeping the last POSITIONS_LIMIT. */
export function addPosition(state: MoveState, record: PositionRecord): void {
  state.positions.push(record);
  if (state.positions.length > POSITIONS_LIMIT)
    state.positions.splice(0, state.positions.length - POSITIONS_LIMIT);
}

/** The last position recorded with this label, if any. */
export function lastPosition(state: MoveState, label: string): PositionRecord | undefined {
  for (let i = state.positions.length - 1; i >= 0; i--) {
    if (state.positions[i]!.label === label) return state.positions[i];
  }
  return undefined;
}
