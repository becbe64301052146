import type { CostTotals } from '@seam/analyzer';
import type { TableKey } from '@seam/core';
import { ALL, type PlanAction, type PlanSession } from '@seam/plan';
import type { Context } from './keymap.js';
import { matcher, type Size } from './layout.js';

export type Pane = 'groups' | 'tables' | 'details';
export const PANES: Pane[] = ['groups', 'tables', 'details'];

export interface ListState {
  cursor: number;
  top: number;
  filter: string;
}

/** What a confirmation does on yes (and, for a re-clustering already run, on no). */
export type Pending =
  | { kind: 'action'; action: PlanAction }
  | { kind: 'keep'; text: string; delta: CostTotals; command: string }
  | { kind: 'write'; path?: string; quit?: boolean };

export type Overlay =
  | { kind: 'help'; scroll: number }
  | { kind: 'log'; scroll: number }
  | { kind: 'confirm'; title: string; lines: string[]; scroll: number; onYes: Pending }
  | { kind: 'quit' }
  | {
      kind: 'picker';
      purpose: 'move' | 'merge';
      title: string;
      tables: TableKey[];
      text: string;
      cursor: number;
      top: number;
    };

/** A line being typed at the bottom: a filter of a list (live), or a command. */
export type Line =
  | { kind: 'filter'; pane: 'groups' | 'tables' }
  | { kind: 'command'; text: string; history: number; hint: string };

/** Work the reducer cannot do synchronously; the controller runs it and reports back. */
export type Effect = { kind: 'save'; path?: string; quit: boolean } | { kind: 'report'; path: string };

export interface UiState {
  size: Size;
  focus: Pane;
  groups: ListState;
  tables: ListState;
  detailScroll: number;
  /** What the details pane is about: the selected group (after the services pane) or the selected table. */
  details: 'group' | 'table';
  marked: ReadonlySet<TableKey>;
  overlay: Overlay | null;
  line: Line | null;
  message: { text: string; tone: 'info' | 'error' } | null;
  /** The last change of the plan and what it did to the cost. */
  last: { text: string; delta: CostTotals } | null;
  /** Commands that redo this session's edits, oldest first. */
  log: string[];
  /** Differences between the plan file and the snapshot found on opening. */
  notices: string[];
  /** Command lines typed, oldest first. */
  history: string[];
  effect: Effect | null;
  exit: { code: number } | null;
}

export function initialState(session: PlanSession, size: Size): UiState {
  const notices: string[] = [];
  const { stale, unplanned } = session.editor;
  if (stale.length)
    notices.push(
      `${stale.length} table${stale.length === 1 ? '' : 's'} of the plan ${stale.length === 1 ? 'is' : 'are'} not in the snapshot (left out; writing drops them):`,
      ...stale.map((t) => `  ${t}`),
    );
  if (unplanned.length)
    notices.push(
      `${unplanned.length} table${unplanned.length === 1 ? '' : 's'} of the snapshot ${unplanned.length === 1 ? 'is' : 'are'} not in the plan (placed with the service ${unplanned.length === 1 ? 'it ties' : 'they tie'} to most):`,
      ...unplanned.map((t) => `  ${t} → ${session.placeOf(t)}`),
    );
  return {
    size,
    focus: 'groups',
    groups: { cursor: 0, top: 0, filter: '' },
    tables: { cursor: 0, top: 0, filter: '' },
    detailScroll: 0,
    details: 'group',
    marked: new Set(),
    overlay: notices.length ? { kind: 'log', scroll: 0 } : null,
    line: null,
    message: null,
    last: null,
    log: [],
    notices,
    history: [],
    effect: null,
    exit: null,
  };
}

/** Which part of the key map is live. */
export function contextOf(state: UiState): Context {
  if (state.overlay) {
    const k = state.overlay.kind;
    return k === 'help' || k === 'log' ? 'pager' : k;
  }
  if (state.line) return state.line.kind;
  return 'normal';
}

/** The groups listed in the first pane (filtered). */
export function groupList(session: PlanSession, filter: string): string[] {
  return session.cached(`groups/${filter}`, () => {
    const match = matcher(filter);
    return session.groups().filter((g) => match(g));
  });
}

/** The tables listed in the second pane for a group (filtered on their name). */
export function tableList(session: PlanSession, group: string | undefined, filter: string): TableKey[] {
  if (group === undefined) return [];
  return session.cached(`tables/${group}/${filter}`, () => {
    const tables = session.tablesOf(group);
    if (!filter) return tables;
    const match = matcher(filter);
    return tables.filter((t) => match(t));
  });
}

export function selectedGroup(state: UiState, session: PlanSession): string | undefined {
  return groupList(session, state.groups.filter)[state.groups.cursor];
}

export function selectedTable(state: UiState, session: PlanSession): TableKey | undefined {
  return tableList(session, selectedGroup(state, session), state.tables.filter)[state.tables.cursor];
}

/** The selected group when it is a service. */
export function selectedService(state: UiState, session: PlanSession): string | undefined {
  const g = selectedGroup(state, session);
  return g !== undefined && g !== ALL && session.editor.model.services().includes(g) ? g : undefined;
}

/** Tables an edit applies to: the marked ones, else the selected one (when the tables or details pane has focus). */
export function targetTables(state: UiState, session: PlanSession): TableKey[] {
  if (state.marked.size)
    return [...state.marked].filter((t) => session.editor.model.evidence.index.byKey.has(t));
  const t = state.focus === 'groups' ? undefined : selectedTable(state, session);
  return t ? [t] : [];
}
