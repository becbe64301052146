import type { PlanSession } from '@seam/plan';
import { ALL, REFERENCE, TECHNICAL } from '@seam/plan';
import { layout } from '../state/layout.js';
import { groupList, selectedGroup, tableList, type UiState } from '../state/state.js';
import {
  fit,
  groupHeader,
  groupRow,
  printable,
  shownDetails,
  tableHeader,
  tableRow,
} from '../views/index.js';
import { Line, Pane, Window } from './line.js';

interface PaneProps {
  state: UiState;
  session: PlanSession;
}

const position = (cursor: number, length: number) =>
  length ? `${(cursor + 1).toLocaleString('en-US')}/${length.toLocaleString('en-US')}` : '0/0';

const filterNote = (filter: string, typing: boolean) => (filter || typing ? `  /${printable(filter)}` : '');

export function GroupsPane({ state, session }: PaneProps) {
  const l = layout(state.size);
  const width = l.widths[0];
  const inner = width - 4;
  const list = groupList(session, state.groups.filter);
  const { cursor, top } = state.groups;
  const focused = state.focus === 'groups';
  const typing = state.line?.kind === 'filter' && state.line.pane === 'groups';
  const rows = l.listRows;
  const lines = list.slice(top, top + rows).map((g, i) => ({
    key: g,
    text: groupRow(session, g, inner),
    selected: top + i === cursor,
  }));
  return (
    <Pane
      title={`1 Services ${position(cursor, list.length)}${filterNote(state.groups.filter, typing)}`}
      focused={focused}
      width={width}
      height={l.paneHeight}
    >
      <Line row={[{ text: `  ${groupHeader(inner)}`, tone: 'dim' }]} />
      <Window lines={lines} focused={focused} />
    </Pane>
  );
}

export function TablesPane({ state, session }: PaneProps) {
  const l = layout(state.size);
  const width = l.widths[1];
  const inner = width - 4;
  const group = selectedGroup(state, session);
  const list = tableList(session, group, state.tables.filter);
  const { cursor, top } = state.tables;
  const focused = state.focus === 'tables';
  const typing = state.line?.kind === 'filter' && state.line.pane === 'tables';
  const showPlace = group === ALL;
  const rows = l.listRows;
  const lines = list.slice(top, top + rows).map((t, i) => ({
    key: t,
    text: tableRow(session, t, inner, showPlace),
    selected: top + i === cursor,
    marked: state.marked.has(t),
  }));
  return (
    <Pane
      title={`2 ${printable(group ?? 'Tables')} ${position(cursor, list.length)}${filterNote(state.tables.filter, typing)}`}
      focused={focused}
      width={width}
      height={l.paneHeight}
    >
      <Line row={[{ text: `  ${tableHeader(inner, showPlace)}`, tone: 'dim' }]} />
      {list.length ? (
        <Window lines={lines} focused={focused} />
      ) : (
        <Line
          row={[
            {
              text: state.tables.filter
                ? `  no match${showPlace ? '' : ' here; see (all tables)'}`
                : '  no table',
              tone: 'dim',
            },
          ]}
        />
      )}
    </Pane>
  );
}

export function DetailsPane({ state, session }: PaneProps) {
  const l = layout(state.size);
  const width = l.widths[2];
  const focused = state.focus === 'details';
  const all = shownDetails(state, session);
  const rows = l.textRows;
  const shown = all.slice(state.detailScroll, state.detailScroll + rows);
  const more =
    all.length > rows
      ? ` ${state.detailScroll + 1}-${Math.min(all.length, state.detailScroll + rows)}/${all.length}`
      : '';
  const group = selectedGroup(state, session);
  const about =
    state.details === 'table'
      ? 'table'
      : group === ALL
        ? 'plan'
        : group === REFERENCE || group === TECHNICAL
          ? 'shared tables'
          : 'service';
  return (
    <Pane title={`3 The ${about}${more}`} focused={focused} width={width} height={l.paneHeight}>
      {all.length ? (
        shown.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of a scrolled text are identified by their place
          <Line key={state.detailScroll + i} row={row} />
        ))
      ) : (
        <Line row={[{ text: fit(`no ${about} selected`, width - 2), tone: 'dim' }]} />
      )}
    </Pane>
  );
}
