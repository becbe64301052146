import { ALL, complete, type PlanSession, parseCommand } from '@seam/plan';
import { guarded, run } from './actions.js';
import { fit, MOVES, moveCursor } from './cursor.js';
import type { Action } from './keymap.js';
import { isText, type KeyName } from './keys.js';
import { uiContext } from './outcome.js';
import type { UiState } from './state.js';

export function filterLine(
  state: UiState,
  session: PlanSession,
  key: KeyName,
  action: Action | undefined,
): UiState {
  const line = state.line as Extract<UiState['line'], { kind: 'filter' }>;
  const list = state[line.pane];
  const setFilter = (filter: string) =>
    fit(
      {
        ...state,
        [line.pane]: { ...list, filter, cursor: 0, top: 0 },
        ...(line.pane === 'groups' ? { tables: { ...state.tables, cursor: 0, top: 0 } } : {}),
      },
      session,
    );
  switch (action) {
    case 'accept':
      return { ...state, line: null };
    case 'cancel':
      return { ...setFilter(''), line: null };
    case 'erase':
      return setFilter([...list.filter].slice(0, -1).join(''));
    case 'down':
    case 'up':
      return moveCursor({ ...state, focus: line.pane }, session, MOVES[action]!);
    case 'exit':
      return { ...state, exit: { code: 130 } };
    default:
      return isText(key) ? setFilter(list.filter + key) : state;
  }
}

export function commandInput(
  state: UiState,
  session: PlanSession,
  key: KeyName,
  action: Action | undefined,
): UiState {
  const line = state.line as Extract<UiState['line'], { kind: 'command' }>;
  const set = (text: string, hint = '') => ({ ...state, line: { ...line, text, hint } });
  switch (action) {
    case 'cancel':
      return { ...state, line: null };
    case 'erase':
      return set([...line.text].slice(0, -1).join(''));
    case 'complete': {
      const r = complete(line.text, {
        services: () => session.editor.model.services(),
        tables: () => session.tablesOf(ALL),
      });
      const hint =
        r.candidates.length > 1
          ? r.candidates.slice(0, 8).join('  ') + (r.candidates.length > 8 ? '  …' : '')
          : '';
      return set(r.line, hint || (r.candidates.length ? '' : 'no completion'));
    }
    case 'older':
    case 'newer': {
      const i = Math.max(0, Math.min(state.history.length, line.history + (action === 'older' ? -1 : 1)));
      return { ...state, line: { ...line, history: i, text: state.history[i] ?? '', hint: '' } };
    }
    case 'accept': {
      const text = line.text.trim();
      const closed: UiState = {
        ...state,
        line: null,
        history: text && state.history.at(-1) !== text ? [...state.history, text] : state.history,
      };
      if (!text) return closed;
      return guarded(closed, () => run(closed, session, parseCommand(text, uiContext(closed, session))));
    }
    case 'exit':
      return { ...state, exit: { code: 130 } };
    default:
      return isText(key) ? set(line.text + key) : state;
  }
}
