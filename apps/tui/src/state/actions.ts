import type { TableKey } from '@seam/core';
import { blastRadius, compareLines, type Outcome, type PlanAction, type PlanSession } from '@seam/plan';
import { fit, selectGroup } from './cursor.js';
import { errorText, fail, info } from './outcome.js';
import { groupList, selectedGroup, type UiState } from './state.js';

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
export function perform(state: UiState, session: PlanSession, action: PlanAction): UiState {
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

/** Where `E` and `:report` write the report: beside the plan file, `plan.yaml` → `plan.html`. */
export function reportPath(planPath: string): string {
  return `${planPath.replace(/\.ya?ml$/iu, '')}.html`;
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
    case 'report':
      return { ...state, effect: { kind: 'report', path: action.path ?? reportPath(session.path) } };
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
      const e = action.edit;
      if (e.op === 'move' && e.tables.every((t) => session.serviceOf(t) === e.to))
        return info(
          state,
          `${e.tables.length === 1 ? `${session.shortName(e.tables[0]!)} is` : 'They are'} already in ${e.to}: nothing to move.`,
        );
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

export function guarded(state: UiState, f: () => UiState): UiState {
  try {
    return f();
  } catch (error) {
    return fail(state, errorText(error));
  }
}
