import type { PlanSession } from '@seam/plan';
import { detailCount } from '../views/index.js';
import type { Action } from './keymap.js';
import { layout, scrollTop } from './layout.js';
import { groupList, type ListState, selectedGroup, tableList, type UiState } from './state.js';

export function listLength(state: UiState, session: PlanSession, pane: 'groups' | 'tables'): number {
  return pane === 'groups'
    ? groupList(session, state.groups.filter).length
    : tableList(session, selectedGroup(state, session), state.tables.filter).length;
}

/** Keeps cursors inside their lists and visible, after any change of the lists or the size. */
export function fit(state: UiState, session: PlanSession): UiState {
  const rows = layout(state.size).listRows;
  const clamp = (list: ListState, length: number): ListState => {
    const cursor = Math.max(0, Math.min(list.cursor, length - 1));
    const top = scrollTop(cursor, list.top, rows, length);
    return cursor === list.cursor && top === list.top ? list : { ...list, cursor, top };
  };
  const groups = clamp(state.groups, listLength(state, session, 'groups'));
  const withGroups = groups === state.groups ? state : { ...state, groups };
  const tables = clamp(withGroups.tables, listLength(withGroups, session, 'tables'));
  const next = tables === withGroups.tables ? withGroups : { ...withGroups, tables };
  const maxScroll = Math.max(0, detailCount(next, session) - layout(state.size).textRows);
  return next.detailScroll > maxScroll ? { ...next, detailScroll: maxScroll } : next;
}

/** Moves the cursor of the focused list (or scrolls the details) to `to(cursor, length, page)`. */
export function moveCursor(
  state: UiState,
  session: PlanSession,
  to: (cursor: number, length: number, page: number) => number,
): UiState {
  const { listRows, textRows } = layout(state.size);
  if (state.focus === 'details') {
    const page = textRows;
    const length = detailCount(state, session);
    const max = Math.max(0, length - page);
    return { ...state, detailScroll: Math.max(0, Math.min(max, to(state.detailScroll, max + 1, page))) };
  }
  const page = listRows;
  const pane = state.focus;
  const list = state[pane];
  const length = listLength(state, session, pane);
  if (!length) return state;
  const cursor = Math.max(0, Math.min(length - 1, to(list.cursor, length, page)));
  const next = { ...state, [pane]: { ...list, cursor, top: scrollTop(cursor, list.top, page, length) } };
  // A new service lists its own tables from the top; a new table shows its details from the top.
  if (pane === 'groups' && cursor !== list.cursor)
    return { ...next, tables: { ...next.tables, cursor: 0, top: 0 }, detailScroll: 0 };
  if (pane === 'tables' && cursor !== list.cursor) return { ...next, detailScroll: 0 };
  return next;
}

export const MOVES: Partial<Record<Action, (cursor: number, length: number, page: number) => number>> = {
  down: (c) => c + 1,
  up: (c) => c - 1,
  top: () => 0,
  bottom: (_c, n) => n - 1,
  pageDown: (c, _n, p) => c + p,
  pageUp: (c, _n, p) => c - p,
  halfDown: (c, _n, p) => c + Math.max(1, Math.floor(p / 2)),
  halfUp: (c, _n, p) => c - Math.max(1, Math.floor(p / 2)),
};

/** Puts the cursor of the first pane on a group by name (after create, rename, merge, split). */
export function selectGroup(state: UiState, session: PlanSession, group: string): UiState {
  let list = groupList(session, state.groups.filter);
  let groups = state.groups;
  if (!list.includes(group)) {
    groups = { ...groups, filter: '' };
    list = groupList(session, '');
  }
  const cursor = Math.max(0, list.indexOf(group));
  return {
    ...state,
    groups: { ...groups, cursor },
    tables: { ...state.tables, cursor: 0, top: 0 },
    detailScroll: 0,
  };
}
