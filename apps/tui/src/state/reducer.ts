import type { PlanSession } from '@seam/plan';
import { guarded } from './actions.js';
import { fit } from './cursor.js';
import { actionFor } from './keymap.js';
import type { KeyName } from './keys.js';
import { normal } from './normal.js';
import { errorText, fail } from './outcome.js';
import { confirm, picker, scrollOverlay } from './overlays.js';
import { contextOf, type UiState } from './state.js';
import { commandInput, filterLine } from './typing.js';

/** The next state after one key. Plan edits go to the session; everything else is plain data. */
export function reduce(state: UiState, key: KeyName, session: PlanSession): UiState {
  if (state.exit) return state;
  const context = contextOf(state);
  const action = actionFor(context, key);
  switch (context) {
    case 'normal':
      return action ? guarded(state, () => normal({ ...state, message: null }, session, action)) : state;
    case 'filter':
      return filterLine(state, session, key, action);
    case 'command':
      return commandInput(state, session, key, action);
    case 'picker':
      return picker(state, session, key, action);
    case 'confirm':
      return confirm(state, session, action);
    case 'pager':
      if (action === 'cancel') return { ...state, overlay: null };
      if (action === 'exit') return { ...state, exit: { code: 130 } };
      return action ? scrollOverlay(state, session, action) : state;
    case 'quit':
      if (action === 'yes' || action === 'exit')
        return { ...state, exit: { code: action === 'yes' ? 0 : 130 } };
      if (action === 'writeQuit') return { ...state, overlay: null, effect: { kind: 'save', quit: true } };
      if (action === 'no') return { ...state, overlay: null };
      return state;
  }
}

/** The state after the terminal changed size. */
export function resize(
  state: UiState,
  session: PlanSession,
  size: { columns: number; rows: number },
): UiState {
  return fit({ ...state, size }, session);
}

/** The state after a report the reducer asked for (see `effect`) was written or failed. */
export function reported(
  state: UiState,
  result: { path: string; leftOut: string[] } | { error: unknown },
): UiState {
  if ('error' in result)
    return fail({ ...state, effect: null }, `Report not written: ${errorText(result.error)}`);
  return {
    ...state,
    effect: null,
    log: [...state.log, `report ${result.path}`],
    notices: result.leftOut.length
      ? [...state.notices, `The report ${result.path} left out:`, ...result.leftOut.map((l) => `  ${l}`)]
      : state.notices,
    message: {
      text: `Wrote the report ${result.path}${result.leftOut.length ? ` (it left some out: @)` : ''}`,
      tone: 'info',
    },
  };
}

/** The state after a save the reducer asked for (see `effect`) finished or failed. */
export function saved(
  state: UiState,
  result: { path: string; changes: string[] } | { error: unknown },
  quit: boolean,
): UiState {
  if ('error' in result) return fail({ ...state, effect: null }, `Not written: ${errorText(result.error)}`);
  const summary = result.changes.length
    ? result.changes.filter((c) => !c.startsWith('  ')).join('; ')
    : 'no change';
  return {
    ...state,
    effect: null,
    log: [...state.log, `write ${result.path}`],
    message: { text: `Wrote ${result.path}: ${summary}`, tone: 'info' },
    ...(quit ? { exit: { code: 0 } } : {}),
  };
}
