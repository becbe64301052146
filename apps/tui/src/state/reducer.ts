import { checkServiceName } from '@seam/analyzer';
import { isSeamError, type TableKey } from '@seam/core';
import {
  ALL,
  blastRadius,
  compareLines,
  complete,
  type Outcome,
  type PlanAction,
  type PlanSession,
  parseCommand,
  type VerbContext,
} from '../plan/index.js';
import { type Action, actionFor } from './keymap.js';
import { isText, type KeyName } from './keys.js';
import { layout, scrollTop } from './layout.js';
import {
  contextOf,
  groupList,
  type ListState,
  type Overlay,
  PANES,
  type Pane,
  selectedGroup,
  selectedService,
  selectedTable,
  tableList,
  targetTables,
  type UiState,
} from './state.js';
import { detailCount, overlayLines, pickerAction, pickerChoices } from './views.js';

type Picker = Extract<Overlay, { kind: 'picker' }>;

function errorText(error: unknown): string {
  if (isSeamError(error)) return `${error.message}${error.hint ? ` ${error.hint}` : ''}`;
  return error instanceof Error ? error.message : String(error);
}

const info = (state: UiState, text: string): UiState => ({ ...state, message: { text, tone: 'info' } });
const fail = (state: UiState, text: string): UiState => ({ ...state, message: { text, tone: 'error' } });

/** What the verbs take from the screen: marked tables (else the selected one), the selected service. */
export function uiContext(state: UiState, session: PlanSession): VerbContext {
  return {
    tables: () => targetTables(state, session),
    service: () => selectedService(state, session) ?? null,
    serviceOf: (t) => session.serviceOf(t),
    table: (name) => session.resolveTable(name),
  };
}

// ---- lists ----------------------------------------------------------------------------------------

function listLength(state: UiState, session: PlanSession, pane: 'groups' | 'tables'): number {
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
function moveCursor(
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

const MOVES: Partial<Record<Action, (cursor: number, length: number, page: number) => number>> = {
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
function selectGroup(state: UiState, session: PlanSession, group: string): UiState {
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

// ---- running actions --------------------------------------------------------------------------------

/** Where to put the cursor after an edit, so that what it made is in view. */
function follow(state: UiState, session: PlanSession, action: PlanAction): UiState {
  if (action.kind !== 'edit') return state;
  const e = action.edit;
  const group =
    e.op === 'create'
      ? e.service
      : e.op === 'rename'
        ? e.to
        : e.op === 'merge' || e.op === 'split'
          ? e.into
          : undefined;
  return group && session.groups().includes(group) ? selectGroup(state, session, group) : state;
}

/** Performs an action, keeping the same group selected by name when the list of groups changes. */
function perform(state: UiState, session: PlanSession, action: PlanAction): UiState {
  const group = selectedGroup(state, session);
  const outcome = session.perform(action);
  const kept =
    group !== undefined && session.groups().includes(group)
      ? selectGroupKeepingTable(state, session, group)
      : state;
  return afterOutcome(kept, session, action, outcome);
}

function selectGroupKeepingTable(state: UiState, session: PlanSession, group: string): UiState {
  const cursor = groupList(session, state.groups.filter).indexOf(group);
  return cursor < 0 || cursor === state.groups.cursor
    ? state
    : { ...state, groups: { ...state.groups, cursor } };
}

function afterOutcome(state: UiState, session: PlanSession, action: PlanAction, outcome: Outcome): UiState {
  const moved =
    action.kind === 'edit' && ['move', 'share', 'split', 'merge'].includes(action.edit.op)
      ? new Set<TableKey>()
      : state.marked;
  const violations = outcome.violations?.length
    ? ` (${outcome.violations.length} constraint(s) cannot be met: @)`
    : '';
  const next: UiState = {
    ...state,
    marked: action.kind === 'edit' || action.kind === 'recluster' ? moved : state.marked,
    message: { text: `${outcome.message}${violations}`, tone: 'info' },
    last: outcome.result ? { text: outcome.message, delta: outcome.result.delta } : state.last,
    log: outcome.command ? [...state.log, outcome.command] : state.log,
    notices: outcome.violations?.length
      ? [
          ...state.notices,
          'Constraints the re-clustering cannot meet:',
          ...outcome.violations.map((v) => `  ${v}`),
        ]
      : state.notices,
  };
  return fit(follow(next, session, action), session);
}

/** Runs a command: edits go through a confirmation when their blast radius is large. */
export function run(state: UiState, session: PlanSession, action: PlanAction): UiState {
  switch (action.kind) {
    case 'help':
      return { ...state, overlay: { kind: 'help', scroll: 0 } };
    case 'quit':
      return action.force || !session.dirty
        ? { ...state, exit: { code: 0 } }
        : { ...state, overlay: { kind: 'quit' } };
    case 'write':
      return {
        ...state,
        effect: { kind: 'save', ...(action.path ? { path: action.path } : {}), quit: !!action.quit },
      };
    case 'undo':
    case 'redo':
      if (!(action.kind === 'undo' ? session.canUndo : session.canRedo))
        return info(state, `Nothing to ${action.kind}.`);
      return perform(state, session, action);
    case 'recluster': {
      const outcome = session.perform(action);
      const r = outcome.result!;
      const lines = [
        ...blastRadius(action, session.editor),
        '',
        ...compareLines(r.before, r.after, session.scope),
        ...(outcome.violations?.length
          ? ['', 'Constraints it cannot meet:', ...outcome.violations.map((v) => `  ${v}`)]
          : []),
      ];
      return {
        ...fit(state, session),
        overlay: {
          kind: 'confirm',
          title: 'Keep the re-clustering? (no reverts it)',
          lines,
          scroll: 0,
          onYes: { kind: 'keep', text: outcome.message, delta: r.delta, command: outcome.command! },
        },
      };
    }
    case 'edit': {
      const reasons = blastRadius(action, session.editor);
      if (reasons.length) {
        const r = session.preview(action)!;
        return {
          ...state,
          overlay: {
            kind: 'confirm',
            title: 'This edit reaches far. Apply it?',
            lines: [...reasons, '', ...compareLines(r.before, r.after, session.scope)],
            scroll: 0,
            onYes: { kind: 'action', action },
          },
        };
      }
      return perform(state, session, action);
    }
  }
}

function guarded(state: UiState, f: () => UiState): UiState {
  try {
    return f();
  } catch (error) {
    return fail(state, errorText(error));
  }
}

// ---- the main screen ------------------------------------------------------------------------------

function commandLine(state: UiState, text: string): UiState {
  return {
    ...state,
    line: { kind: 'command', text, history: state.history.length, hint: '' },
    message: null,
  };
}

function openPicker(state: UiState, purpose: Picker['purpose'], title: string, tables: TableKey[]): UiState {
  return { ...state, overlay: { kind: 'picker', purpose, title, tables, text: '', cursor: 0, top: 0 } };
}

function normal(state: UiState, session: PlanSession, action: Action): UiState {
  const move = MOVES[action];
  if (move) return moveCursor(state, session, move);
  const focusIndex = PANES.indexOf(state.focus);
  // The details pane follows the last list used: the services pane shows a service, the tables pane a table.
  const focus = (pane: Pane): UiState => {
    const details = pane === 'groups' ? 'group' : pane === 'tables' ? 'table' : state.details;
    return {
      ...state,
      focus: pane,
      details,
      detailScroll: details === state.details ? state.detailScroll : 0,
    };
  };
  switch (action) {
    case 'nextPane':
      return focus(PANES[(focusIndex + 1) % PANES.length]!);
    case 'prevPane':
      return focus(PANES[(focusIndex + PANES.length - 1) % PANES.length]!);
    case 'pane1':
      return focus('groups');
    case 'pane2':
      return focus('tables');
    case 'pane3':
      return focus('details');
    case 'open':
      return state.focus === 'details' ? state : focus(PANES[focusIndex + 1]!);
    case 'back': {
      if (state.marked.size) return info({ ...state, marked: new Set() }, 'marks cleared');
      if (state.focus !== 'details' && state[state.focus].filter)
        return fit({ ...state, [state.focus]: { ...state[state.focus], filter: '' } }, session);
      if (focusIndex > 0) return focus(PANES[focusIndex - 1]!);
      return info(state, `${'q'} quits`);
    }
    case 'filter':
      if (state.focus === 'details')
        return info(state, 'The services and tables panes filter (Tab to one of them).');
      return fit(
        {
          ...state,
          line: { kind: 'filter', pane: state.focus },
          [state.focus]: { ...state[state.focus], filter: '', cursor: 0, top: 0 },
        },
        session,
      );
    case 'command':
      return commandLine(state, '');
    case 'help':
      return { ...state, overlay: { kind: 'help', scroll: 0 } };
    case 'log':
      return { ...state, overlay: { kind: 'log', scroll: 0 } };
    case 'quit':
      return run(state, session, { kind: 'quit', force: false });
    case 'exit':
      return { ...state, exit: { code: 130 } };
    case 'mark': {
      if (state.focus !== 'tables') return info(state, 'Mark tables in the tables pane (2).');
      const t = selectedTable(state, session);
      if (!t) return state;
      const marked = new Set(state.marked);
      if (marked.has(t)) marked.delete(t);
      else marked.add(t);
      return moveCursor({ ...state, marked }, session, (c) => c + 1);
    }
    case 'markAll': {
      const listed = tableList(session, selectedGroup(state, session), state.tables.filter);
      const all = listed.length > 0 && listed.every((t) => state.marked.has(t));
      const marked = new Set(state.marked);
      for (const t of listed) {
        if (all) marked.delete(t);
        else marked.add(t);
      }
      return info({ ...state, marked }, `${marked.size} marked`);
    }
    case 'move': {
      const tables = targetTables(state, session);
      if (!tables.length)
        return info(state, 'Select a table in the tables pane (2), or mark some with Space.');
      const what = tables.length === 1 ? session.shortName(tables[0]!) : `${tables.length} tables`;
      return openPicker(state, 'move', `Move ${what} to…`, tables);
    }
    case 'merge': {
      const service = selectedService(state, session);
      if (!service) return info(state, 'Select a service in the services pane (1) to merge it.');
      return openPicker(state, 'merge', `Merge ${service} into…`, []);
    }
    case 'split':
      if (!targetTables(state, session).length)
        return info(state, 'Mark the tables to split out (Space), then s.');
      return commandLine(state, 'split ');
    case 'create':
      return commandLine(state, 'create ');
    case 'rename': {
      const service = selectedService(state, session);
      if (!service) return info(state, 'Select a service in the services pane (1) to rename it.');
      return commandLine(state, `rename ${service} `);
    }
    case 'pin': {
      const t = state.focus === 'groups' ? undefined : selectedTable(state, session);
      if (!t) return info(state, 'Select a table in the tables pane (2) to pin it.');
      if (session.pins().has(t))
        return guarded(state, () =>
          run(state, session, { kind: 'edit', edit: { op: 'pin', table: t, service: null } }),
        );
      const service = session.serviceOf(t);
      if (!service)
        return info(state, `${session.shortName(t)} is shared; move it into a service to pin it there.`);
      return guarded(state, () =>
        run(state, session, { kind: 'edit', edit: { op: 'pin', table: t, service } }),
      );
    }
    case 'apart': {
      const tables = [...state.marked];
      const t = selectedTable(state, session);
      if (tables.length === 1 && t && t !== tables[0]) tables.push(t);
      if (tables.length !== 2) return info(state, 'Mark two tables (Space) to keep them apart.');
      return guarded(state, () =>
        run(state, session, { kind: 'edit', edit: { op: 'apart', tables: [tables[0]!, tables[1]!] } }),
      );
    }
    case 'recluster':
      return guarded(state, () => run(state, session, { kind: 'recluster' }));
    case 'undo':
    case 'redo':
      return run(state, session, { kind: action });
    case 'write': {
      const changes = session.pendingChanges();
      return {
        ...state,
        overlay: {
          kind: 'confirm',
          title: `Write ${session.path}?`,
          lines: changes.length
            ? changes
            : ['no change to the file (it is written again, byte for byte the same)'],
          scroll: 0,
          onYes: { kind: 'write' },
        },
      };
    }
    default:
      return state;
  }
}

// ---- typing -------------------------------------------------------------------------------------

function filterLine(state: UiState, session: PlanSession, key: KeyName, action: Action | undefined): UiState {
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

function commandInput(
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

// ---- overlays -------------------------------------------------------------------------------------

function scrollOverlay(state: UiState, session: PlanSession, action: Action): UiState {
  const overlay = state.overlay as Extract<Overlay, { scroll: number }>;
  const page = Math.max(1, layout(state.size).paneHeight - 4);
  const length = overlayLines(overlay, state, session).length;
  const max = Math.max(0, length - page);
  const to = MOVES[action];
  if (!to) return state;
  return {
    ...state,
    overlay: { ...overlay, scroll: Math.max(0, Math.min(max, to(overlay.scroll, max + 1, page))) },
  };
}

function picker(state: UiState, session: PlanSession, key: KeyName, action: Action | undefined): UiState {
  const overlay = state.overlay as Picker;
  const exclude = overlay.purpose === 'merge' ? selectedService(state, session) : undefined;
  const choices = pickerChoices(session, overlay, exclude);
  const rows = Math.max(1, layout(state.size).paneHeight - 6);
  const set = (patch: Partial<Picker>): UiState => {
    const next = { ...overlay, ...patch };
    const n = pickerChoices(session, next, exclude).length;
    const cursor = Math.max(0, Math.min(next.cursor, n - 1));
    return { ...state, overlay: { ...next, cursor, top: scrollTop(cursor, next.top, rows, n) } };
  };
  switch (action) {
    case 'cancel':
      return { ...state, overlay: null };
    case 'down':
      return set({ cursor: overlay.cursor + 1 });
    case 'up':
      return set({ cursor: overlay.cursor - 1 });
    case 'erase':
      return set({ text: [...overlay.text].slice(0, -1).join(''), cursor: 0 });
    case 'exit':
      return { ...state, exit: { code: 130 } };
    case 'accept': {
      const choice = choices[overlay.cursor];
      if (!choice) return fail(state, 'Nothing matches: type the name of a new service, or erase.');
      const closed: UiState = { ...state, overlay: null };
      return guarded(closed, () => {
        if (choice.startsWith('+ new service ')) checkServiceName(overlay.text);
        return run(closed, session, pickerAction(overlay, choice, exclude));
      });
    }
    default:
      return isText(key) ? set({ text: overlay.text + key, cursor: 0 }) : state;
  }
}

function confirm(state: UiState, session: PlanSession, action: Action | undefined): UiState {
  const overlay = state.overlay as Extract<Overlay, { kind: 'confirm' }>;
  const onYes = overlay.onYes;
  const closed: UiState = { ...state, overlay: null };
  switch (action) {
    case 'yes':
      if (onYes.kind === 'write') return { ...closed, effect: { kind: 'save', quit: false } };
      if (onYes.kind === 'keep')
        return info(
          {
            ...closed,
            marked: new Set(),
            last: { text: onYes.text, delta: onYes.delta },
            log: [...state.log, onYes.command],
          },
          onYes.text,
        );
      return guarded(closed, () => perform(closed, session, onYes.action));
    case 'no':
      if (onYes.kind === 'keep') {
        session.perform({ kind: 'undo' });
        return info(fit(closed, session), 'Re-clustering reverted.');
      }
      return info(closed, 'Cancelled.');
    case 'exit':
      return { ...state, exit: { code: 130 } };
    default:
      return action ? scrollOverlay(state, session, action) : state;
  }
}

// ---- entry ----------------------------------------------------------------------------------------

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
