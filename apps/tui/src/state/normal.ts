import type { TableKey } from '@seam/core';
import type { PlanSession } from '@seam/plan';
import { guarded, run } from './actions.js';
import { fit, MOVES, moveCursor } from './cursor.js';
import type { Action } from './keymap.js';
import { info, type Picker } from './outcome.js';
import {
  PANES,
  type Pane,
  selectedGroup,
  selectedService,
  selectedTable,
  tableList,
  targetTables,
  type UiState,
} from './state.js';

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

export function normal(state: UiState, session: PlanSession, action: Action): UiState {
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
    case 'report':
      return run(state, session, { kind: 'report' });
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
