import { costSegments, deltaSegments, type PlanSession } from '@seam/plan';
import { KEYMAP, keysFor } from '../state/keymap.js';
import { displayKey } from '../state/keys.js';
import { layout } from '../state/layout.js';
import type { UiState } from '../state/state.js';
import { printable, type Row } from './text.js';

export function titleLine(state: UiState, session: PlanSession): Row {
  const s = session.snapshot;
  const status = session.dirty ? '[modified]' : session.isNew ? '[new, not written]' : '[saved]';
  const row: Row = [
    { text: 'seam plan', tone: 'strong' },
    { text: ` · ${printable(session.path)} ` },
    { text: status, ...(session.dirty ? { tone: 'bad' as const } : {}) },
    { text: ` · ${printable(s.database)} (${s.engine.dialect}) · ${s.tables.length} tables` },
  ];
  if (state.marked.size) row.push({ text: ` · ${state.marked.size} marked`, tone: 'strong' });
  const missing = session.editor.stale.length;
  if (missing)
    row.push({ text: ` · ⚠ ${missing} plan table${missing === 1 ? '' : 's'} missing (@)`, tone: 'bad' });
  return row;
}

export function costLine(state: UiState, session: PlanSession): Row {
  return [
    { text: 'cost  ', tone: 'dim' },
    ...costSegments(session.editor.cost(), session.scope, layout(state.size).compact),
  ];
}

export function lastLine(state: UiState, session: PlanSession): Row {
  if (!state.last)
    return [
      { text: 'last  ', tone: 'dim' },
      { text: 'no edit yet', tone: 'dim' },
    ];
  const delta = deltaSegments(state.last.delta, session.scope, layout(state.size).compact);
  return [
    { text: 'last  ', tone: 'dim' },
    { text: printable(state.last.text) },
    { text: ': ' },
    ...(delta.length ? delta : [{ text: 'no change in cost', tone: 'dim' as const }]),
  ];
}

/** The bottom line: what is being typed, else the last message, else key hints. */
export function bottomLine(state: UiState): Row {
  const line = state.line;
  if (line?.kind === 'filter') {
    const list = line.pane === 'groups' ? state.groups : state.tables;
    return [
      { text: '/', tone: 'strong' },
      { text: `${printable(list.filter)}█` },
      { text: `   ${keysFor('filter', 'accept')} keep · ${keysFor('filter', 'cancel')} clear`, tone: 'dim' },
    ];
  }
  if (line?.kind === 'command')
    return [
      { text: ':', tone: 'strong' },
      { text: `${printable(line.text)}█` },
      ...(line.hint ? [{ text: `   ${printable(line.hint)}`, tone: 'dim' as const }] : []),
    ];
  if (state.message)
    return [
      {
        text: `${state.message.tone === 'error' ? '✗ ' : ''}${printable(state.message.text)}`,
        ...(state.message.tone === 'error' ? { tone: 'bad' as const } : {}),
      },
    ];
  const hint = (action: Parameters<typeof keysFor>[1], text: string) =>
    `${displayKey(KEYMAP.normal.find((b) => b.action === action)!.keys[0]!)} ${text}`;
  return [
    {
      text: [
        hint('help', 'help'),
        hint('filter', 'filter'),
        hint('mark', 'mark'),
        hint('move', 'move'),
        hint('undo', 'undo'),
        ...(layout(state.size).compact ? [] : [hint('redo', 'redo')]),
        hint('write', 'write'),
        ...(layout(state.size).compact ? [] : [hint('command', 'command')]),
        hint('quit', 'quit'),
      ].join(' · '),
      tone: 'dim',
    },
  ];
}
