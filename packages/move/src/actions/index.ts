import type { MoveAction } from '../runner/action.js';
import { cancelAction } from './cancel.js';
import { completeAction } from './complete.js';
import type { MoveContext } from './context.js';
import { createAction } from './create.js';
import { reverseMoveAction } from './reverse.js';
import { switchMoveAction } from './switch.js';

/**
 * The actions `seam move <name>` runs through the step runner, by name. A new action (switch,
 * reverse) is one file in this folder and one line here; the CLI lists every name of
 * MOVE_ACTION_NAMES and runs the one registered.
 */
export const moveActions: Partial<Record<MoveActionName, MoveAction<MoveContext>>> = {
  create: createAction,
  switch: switchMoveAction,
  reverse: reverseMoveAction,
  cancel: cancelAction,
  complete: completeAction,
};

export const MOVE_ACTION_NAMES = ['create', 'switch', 'reverse', 'complete', 'cancel'] as const;
export type MoveActionName = (typeof MOVE_ACTION_NAMES)[number];
