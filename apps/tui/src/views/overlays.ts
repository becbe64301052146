import { isSeamError } from '@seam/core';
import {
  COST_LEGEND,
  deltaSegments,
  formatAction,
  type PlanAction,
  type PlanSession,
  plainText,
  REFERENCE,
  TECHNICAL,
  VERBS,
} from '@seam/plan';
import { helpLines, keysFor } from '../state/keymap.js';
import { contextOf, type Overlay, type UiState } from '../state/state.js';
import { fit, printable } from './text.js';

export function helpText(): string[] {
  return [
    ...helpLines(),
    '',
    'Command line verbs (`:` here; `seam plan <verb> … --plan plan.yaml` from a shell)',
    ...VERBS.map((v) => `  ${v.usage.padEnd(40)} ${v.summary}${v.cli ? '' : ' (here only)'}`),
    '',
    'In the UI, [tables] default to the marked tables, else the selected one; [service] to the selected one.',
    'Marks: * flags a marked table, p a pinned one, › the cursor, ✗ what crosses a boundary.',
    `Cost line: ${COST_LEGEND}; ✗ worse, ✓ better after an edit.`,
    'Roles: ent entity, hub, jct junction, ext extension, ref reference, tec technical; runs = share of clustering runs that agree.',
  ];
}

export function logText(state: UiState, session: PlanSession): string[] {
  const out = [...state.notices];
  if (out.length) out.push('');
  out.push(
    state.log.length
      ? `Edits of this session, as commands (from a shell: seam plan <verb> … --plan ${session.path}):`
      : 'No edit yet.',
  );
  for (const c of state.log) out.push(`  :${c}`);
  return out;
}

/** The lines an overlay shows (its title is separate). */
export function overlayLines(overlay: Overlay, state: UiState, session: PlanSession): string[] {
  switch (overlay.kind) {
    case 'help':
      return helpText();
    case 'log':
      return logText(state, session);
    case 'confirm':
      return overlay.lines;
    case 'quit':
      return [
        `${session.path} has unsaved edits.`,
        '',
        'y  quit without writing',
        'w  write, then quit',
        'n  stay',
      ];
    case 'picker':
      return [];
  }
}

export function overlayTitle(overlay: Overlay): string {
  switch (overlay.kind) {
    case 'help':
      return 'Keys (from the same key map the handlers use)';
    case 'log':
      return 'Log';
    case 'confirm':
      return overlay.title;
    case 'quit':
      return 'Quit?';
    case 'picker':
      return overlay.title;
  }
}

export function overlayFooter(state: UiState): string {
  const c = contextOf(state);
  if (c === 'confirm')
    return `${keysFor(c, 'yes')} go ahead · ${keysFor(c, 'no')} cancel · ${keysFor(c, 'down')} scroll`;
  if (c === 'pager') return `${keysFor(c, 'cancel')} close · ${keysFor(c, 'down')} scroll`;
  if (c === 'picker')
    return `type to filter or name a new service · ${keysFor(c, 'accept')} choose · ${keysFor(c, 'cancel')} cancel`;
  if (c === 'quit')
    return `${keysFor(c, 'yes')} quit · ${keysFor(c, 'writeQuit')} write and quit · ${keysFor(c, 'no')} stay`;
  return '';
}

/** What the picker offers: services (and the shared groups when moving) matching the text, then a new service. */
export function pickerChoices(
  session: PlanSession,
  overlay: Extract<Overlay, { kind: 'picker' }>,
  exclude?: string,
): string[] {
  const services = session.editor.model.services();
  const pool = overlay.purpose === 'move' ? [...services, REFERENCE, TECHNICAL] : services;
  const needle = overlay.text.toLowerCase();
  const out = pool.filter((g) => g !== exclude && g.toLowerCase().includes(needle));
  if (overlay.text && !services.includes(overlay.text)) out.push(`+ new service ${overlay.text}`);
  return out;
}

/** What choosing an entry of the picker does. */
export function pickerAction(
  overlay: Extract<Overlay, { kind: 'picker' }>,
  choice: string,
  exclude: string | undefined,
): PlanAction {
  const target = choice.startsWith('+ new service ') ? overlay.text : choice;
  if (overlay.purpose === 'merge')
    return { kind: 'edit', edit: { op: 'merge', services: [exclude ?? ''], into: target } };
  if (target === REFERENCE || target === TECHNICAL)
    return {
      kind: 'edit',
      edit: { op: 'share', tables: overlay.tables, as: target === REFERENCE ? 'reference' : 'technical' },
    };
  return { kind: 'edit', edit: { op: 'move', tables: overlay.tables, to: target } };
}

/** A picker entry with what choosing it would do to the cost (previewed, nothing kept). */
export function pickerRow(
  session: PlanSession,
  overlay: Extract<Overlay, { kind: 'picker' }>,
  choice: string,
  exclude: string | undefined,
  width: number,
): string {
  const action = pickerAction(overlay, choice, exclude);
  const effect = session.cached(`preview/${formatAction(action)}`, () => {
    try {
      const delta = plainText(deltaSegments(session.preview(action)!.delta, session.scope));
      return delta || 'no change in cost';
    } catch (error) {
      return isSeamError(error) ? error.message : 'cannot';
    }
  });
  const name = fit(printable(choice), Math.min(32, Math.max(16, Math.floor(width / 3))));
  return fit(`${name}  ${effect}`, width);
}
