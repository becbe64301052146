export { cancelAction } from './actions/cancel.js';
export { completeAction, type MonolithCopies, monolithCopies } from './actions/complete.js';
export {
  checkFingerprint,
  type MoveContext,
  type MoveFiles,
  type MoveOptions,
  openMoveContext,
} from './actions/context.js';
export { createAction, monolithPosition, positionJson } from './actions/create.js';
export { DEFAULT_MAX_LAG_EVENTS, type HandoverOptions } from './actions/handover.js';
export { MOVE_ACTION_NAMES, type MoveActionName, moveActions } from './actions/index.js';
export { reverseAction, reverseMoveAction } from './actions/reverse.js';
export { switchAction, switchMoveAction } from './actions/switch.js';
export {
  agentIdle,
  deleteConnector,
  deleteKafka,
  teardownForward,
  teardownNamed,
  teardownReference,
  waitForAgent,
} from './actions/teardown.js';
export { type MoveVerifyOptions, type MoveVerifyResult, verifyMove } from './actions/verify.js';
export {
  directionOf,
  MoveAgent,
  type MoveAgentOptions,
  type ReplicatorRole,
  wantedReplicators,
} from './agent/agent.js';
export { initialCopyProgress } from './copy/initial-copy.js';
export { readNotifications } from './copy/notifications.js';
export {
  COPY_SIGNAL_ID,
  type CopyProgress,
  type CopyTableProgress,
  copyProgressOf,
  copyStateText,
  type DebeziumNotification,
  describeCopyTable,
} from './copy/progress.js';
export { type CopySignalResult, sendCopySignal } from './copy/signal.js';
export {
  engineFor as moveStoreEngineFor,
  type MoveStateRow,
  type MoveStoreEngine,
  type StoredOffset,
} from './engine.js';
export { lockKey64, lockName } from './lock-name.js';
export {
  type ActionReport,
  checkStart,
  type MoveAction,
  type MoveStep,
  type RunActionOptions,
  runAction,
  type StepOutcome,
  type StepReport,
  type StepTools,
} from './runner/action.js';
export {
  ageMs,
  DEFAULT_VERIFY_FRESHNESS_MS,
  isFinished,
  isTransitional,
  type VerifyFreshness,
  verifyFreshness,
} from './state/phases.js';
export {
  type AgentRecord,
  addHistory,
  addPosition,
  type DirectionNames,
  HISTORY_LIMIT,
  type HistoryEvent,
  initialState,
  lastPosition,
  MOVE_STATE_FORMAT,
  MOVE_STATE_VERSION,
  type MoveDirection,
  type MovePhase,
  type MoveProgress,
  type MoveState,
  moveDirections,
  movePhases,
  moveStateSchema,
  POSITIONS_LIMIT,
  type PositionRecord,
  parseMoveState,
  type SettledPhase,
  type StepRecord,
  settledPhases,
  transitionalPhases,
  type VerifyRecord,
} from './state/state.js';
export { type CommandArgs, moveCommand, nextSteps, shellWord } from './status/next-steps.js';
export {
  type LagReport,
  type MoveStatusReport,
  moveStatus,
  type StatusOptions,
  type TableProgress,
} from './status/status.js';
export { MemoryMoveStore } from './store/memory-store.js';
export {
  MOVE_STATE_TABLE,
  type MoveLock,
  type MoveStateStore,
  MoveStore,
  type OpenMoveStoreOptions,
  type StoredState,
  whoAmI,
} from './store/move-store.js';
