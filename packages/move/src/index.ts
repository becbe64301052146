export { engineFor as moveStoreEngineFor, type MoveStateRow, type MoveStoreEngine } from './engine.js';
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
