import { checkServiceName } from '@seam/analyzer';
import type { PlanSession } from '@seam/plan';
import { overlayLines, pickerAction, pickerChoices } from '../views/index.js';
import { guarded, perform, run } from './actions.js';
import { fit, MOVES } from './cursor.js';
import type { Action } from './keymap.js';
import { isText, type KeyName } from './keys.js';
import { layout, scrollTop } from './layout.js';
import { fail, info, type Picker } from './outcome.js';
import { type Overlay, selectedService, type UiState } from './state.js';

export function scrollOverlay(state: UiState, session: PlanSession, action: Action): UiState {
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

export function picker(
  state: UiState,
  session: PlanSession,
  key: KeyName,
  action: Action | undefined,
): UiState {
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
        const action = pickerAction(overlay, choice, exclude);
        if (!choice.startsWith('+ new service ')) return run(closed, session, action);
        // A new service is never made from a stray key: typed text (`j` is text here) asks first.
        checkServiceName(overlay.text);
        const what =
          overlay.purpose === 'merge'
            ? `merges ${exclude ?? 'the selected service'} into it`
            : `moves ${overlay.tables.length === 1 ? overlay.tables[0] : `${overlay.tables.length} tables`} there`;
        return {
          ...closed,
          overlay: {
            kind: 'confirm',
            title: `Create the service "${overlay.text}"?`,
            lines: [`No service is named "${overlay.text}": this creates it and ${what}.`],
            scroll: 0,
            onYes: { kind: 'action', action },
          },
        };
      });
    }
    default:
      return isText(key) ? set({ text: overlay.text + key, cursor: 0 }) : state;
  }
}

export function confirm(state: UiState, session: PlanSession, action: Action | undefined): UiState {
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
