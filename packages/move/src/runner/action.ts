import { SeamError, toSeamError } from '@seam/core';
import { addHistory, initialState, type MovePhase, type MoveState } from '../state/state.js';
import { type MoveStateStore, whoAmI } from '../store/move-store.js';

/** What a step says when it is done: a line for the history, and whether it really applied. */
export interface StepOutcome {
  /** A short fact for the history and the report (`connector seam_orders started`). */
  detail?: string;
  /** true: the step had nothing to do here (the reason in detail); recorded as skipped. */
  skipped?: boolean;
}

/** What a step gets besides the action's own context. */
export interface StepTools {
  readonly store: MoveStateStore;
  /** The state as of the step's start (re-read before each step). */
  readonly state: MoveState;
  /** Read-modify-write of the state in the middle of a step (names before creating things, positions). */
  update(fn: (state: MoveState) => MoveState | undefined | null): Promise<MoveState>;
  /** A progress line for the operator (printed unless --json). */
  log(line: string): void;
  /** Aborted when the process is asked to stop (SIGINT/SIGTERM): long waits should end early. */
  readonly signal: AbortSignal;
}

/**
 * One named, idempotent step of an action. `run` checks whether its effect is already there before
 * doing it (a killed run may have done it without recording it). When it returns, the runner
 * records the step as done in the state; a re-run of the action skips recorded steps.
 */
export interface MoveStep<C> {
  name: string;
  /** One line for --dry-run and the runbook. */
  describe: string;
  /** Skip (recorded as skipped) when false. */
  when?: (state: MoveState, ctx: C) => boolean;
  run(ctx: C, tools: StepTools): Promise<StepOutcome | undefined>;
}

/** An action: the phases it starts from, the transitional phase it holds, where it ends, its steps. */
export interface MoveAction<C> {
  name: string;
  /** Settled phases it may start from. `undefined` in the list: no state yet (create). */
  from: readonly (MovePhase | undefined)[];
  /** The transitional phase held while it runs. */
  during: MovePhase;
  /** The phase when all steps are done. */
  to: MovePhase | ((state: MoveState) => MovePhase);
  steps: readonly MoveStep<C>[];
  /** When it returns a reason, the action has nothing to do (e.g. create on a created move): a no-op. */
  alreadyDone?: (state: MoveState) => string | undefined;
  /** Unfinished actions this one may take over (cancel takes over a killed create). */
  supersedes?: readonly string[];
  /** Why it may not start in this phase, with the next command: the SEAM_MOVE_PHASE hint. */
  refusal?: (state: MoveState | undefined) => string | undefined;
  /**
   * Called when a step fails. `rollback`: the action undid its effect (e.g. unblocked the monolith),
   * the phase returns to where it started and the progress is cleared; `keep` (default): the phase
   * stays transitional and a re-run continues from the failed step.
   */
  onFailure?: (ctx: C, error: SeamError, tools: StepTools) => Promise<'keep' | 'rollback'>;
  /** Extra checks before the first step (plan unchanged, agent alive, lag, …); throw to refuse. */
  precheck?: (ctx: C, state: MoveState | undefined, store: MoveStateStore) => Promise<void>;
  /** State for a move that has none yet (create). */
  initial?: (ctx: C) => MoveState;
  /** Phases from which the action starts over from a fresh state (its history kept): create after cancel. */
  fresh?: readonly MovePhase[];
}

export interface StepReport {
  name: string;
  /** `done`: ran now; `skipped`: did not apply now; `already`: recorded as done by an earlier run. */
  outcome: 'done' | 'skipped' | 'already' | 'pending';
  detail?: string;
  ms?: number;
}

export interface ActionReport {
  service: string;
  action: string;
  /** `noop`: nothing to do (alreadyDone); `done`; `resumed`: finished an earlier run's remaining steps. */
  result: 'done' | 'resumed' | 'noop' | 'dry-run';
  phase: MovePhase;
  steps: StepReport[];
  detail?: string;
  ms: number;
}

export interface RunActionOptions {
  dryRun?: boolean;
  log?: (line: string) => void;
  signal?: AbortSignal;
  now?: () => Date;
}

const by = whoAmI();

function target<C>(action: MoveAction<C>, state: MoveState): MovePhase {
  return typeof action.to === 'function' ? action.to(state) : action.to;
}

/**
 * Runs an action under the service's lock: refuses unless the phase allows it, marks the
 * transitional phase, runs each step not yet recorded, records each step, settles the phase.
 * Killed at any instant, a re-run skips the recorded steps and continues.
 */
export async function runAction<C>(
  store: MoveStateStore,
  action: MoveAction<C>,
  ctx: C,
  options: RunActionOptions = {},
): Promise<ActionReport> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const signal = options.signal ?? new AbortController().signal;
  const started = Date.now();
  const lock = options.dryRun ? undefined : await store.lock(action.name);
  try {
    const before = (await store.read()).state;
    const resuming = before?.progress?.action === action.name;
    checkStart(store.service, action, before);
    if (before && !resuming) {
      const reason = action.alreadyDone?.(before);
      if (reason !== undefined) {
        return {
          service: store.service,
          action: action.name,
          result: 'noop',
          phase: before.phase,
          steps: [],
          detail: reason,
          ms: Date.now() - started,
        };
      }
    }
    if (action.precheck) await action.precheck(ctx, before, store);

    if (options.dryRun) {
      return {
        service: store.service,
        action: action.name,
        result: 'dry-run',
        phase: before?.phase ?? action.during,
        steps: action.steps.map((s) => {
          const rec = resuming ? before?.progress?.steps[s.name] : undefined;
          return rec
            ? { name: s.name, outcome: 'already' as const, detail: rec.detail }
            : { name: s.name, outcome: 'pending' as const, detail: s.describe };
        }),
        ms: Date.now() - started,
      };
    }

    // Mark the action as running (or resumed) before the first step.
    let state = await store.update((current) => {
      const startOver = current === undefined || (!current.progress && action.fresh?.includes(current.phase));
      const s = startOver
        ? {
            ...(action.initial ? action.initial(ctx) : initialState(store.service, now())),
            history: current?.history ?? [],
          }
        : current;
      const at = now().toISOString();
      if (s.progress?.action === action.name) {
        s.progress.attempts += 1;
        addHistory(s, { at, action: action.name, event: 'resumed', by });
      } else {
        const taken = s.progress?.action;
        const fromPhase = s.progress ? s.progress.fromPhase : startOver ? action.during : s.phase;
        s.progress = { action: action.name, startedAt: at, fromPhase, steps: {}, attempts: 1 };
        addHistory(s, {
          at,
          action: action.name,
          event: 'started',
          by,
          ...(taken ? { detail: `takes over the unfinished ${taken}` } : {}),
        });
      }
      s.phase = action.during;
      return s;
    });
    if (!state) throw new SeamError('SEAM_INTERNAL', 'The move state vanished while starting an action.');

    const tools = (): StepTools => ({
      store,
      state: state!,
      update: (fn) => store.change(fn),
      log,
      signal,
    });

    const reports: StepReport[] = [];
    for (const step of action.steps) {
      const recorded = state.progress?.steps[step.name];
      if (recorded) {
        reports.push({ name: step.name, outcome: 'already', detail: recorded.detail });
        continue;
      }
      if (signal.aborted) {
        throw new SeamError(
          'SEAM_MOVE_INTERRUPTED',
          `seam move ${action.name} was interrupted before ${step.name}.`,
          {
            hint: `Run \`seam move ${action.name} --service ${store.service}\` again: it continues from ${step.name}.`,
          },
        );
      }
      const t0 = Date.now();
      let outcome: StepOutcome | undefined;
      const applies = step.when ? step.when(state, ctx) : true;
      try {
        outcome = applies ? await step.run(ctx, tools()) : { skipped: true, detail: 'does not apply' };
      } catch (error) {
        const e = toSeamError(error);
        let decision: 'keep' | 'rollback' = 'keep';
        if (action.onFailure) {
          try {
            decision = await action.onFailure(ctx, e, tools());
          } catch (undoError) {
            log(`undo after the failure failed: ${toSeamError(undoError).message}`);
          }
        }
        await store
          .change((s) => {
            const at = now().toISOString();
            addHistory(s, {
              at,
              action: action.name,
              step: step.name,
              event: 'failed',
              detail: `${e.code}: ${e.message}`,
              by,
            });
            if (decision === 'rollback' && s.progress) {
              s.phase = s.progress.fromPhase;
              s.progress = undefined;
              addHistory(s, { at, action: action.name, event: 'rolled-back', by });
            }
          })
          .catch(() => {});
        throw e;
      }
      const ms = Date.now() - t0;
      const skipped = outcome?.skipped === true;
      state = await store.change((s) => {
        const at = now().toISOString();
        if (!s.progress || s.progress.action !== action.name) {
          throw new SeamError(
            'SEAM_MOVE_STATE_CONFLICT',
            `The progress of ${action.name} was replaced while it ran.`,
          );
        }
        s.progress.steps[step.name] = {
          at,
          outcome: skipped ? 'skipped' : 'done',
          ...(outcome?.detail ? { detail: outcome.detail } : {}),
        };
        addHistory(s, {
          at,
          action: action.name,
          step: step.name,
          event: skipped ? 'skipped' : 'step',
          ...(outcome?.detail ? { detail: outcome.detail } : {}),
        });
      });
      reports.push({
        name: step.name,
        outcome: skipped ? 'skipped' : 'done',
        ...(outcome?.detail ? { detail: outcome.detail } : {}),
        ms,
      });
    }

    const attempts = state.progress?.attempts ?? 1;
    state = await store.change((s) => {
      s.phase = target(action, s);
      s.progress = undefined;
      addHistory(s, { at: now().toISOString(), action: action.name, event: 'finished', by });
    });
    return {
      service: store.service,
      action: action.name,
      result: resuming || attempts > 1 ? 'resumed' : 'done',
      phase: state.phase,
      steps: reports,
      ms: Date.now() - started,
    };
  } finally {
    await lock?.release().catch(() => {});
  }
}

/** Throws SEAM_MOVE_UNFINISHED / SEAM_MOVE_PHASE when the action may not start (or resume) now. */
export function checkStart<C>(service: string, action: MoveAction<C>, state: MoveState | undefined): void {
  const running = state?.progress?.action;
  if (running !== undefined && running !== action.name) {
    if (action.supersedes?.includes(running)) return;
    throw new SeamError(
      'SEAM_MOVE_UNFINISHED',
      `seam move ${running} of service ${service} did not finish (phase ${state!.phase}); ${action.name} cannot start.`,
      {
        hint: `Run \`seam move ${running} --service ${service}\` again: it continues where it stopped.`,
        details: { service, unfinished: running, phase: state!.phase },
      },
    );
  }
  if (running === action.name) return;
  const phase = state?.phase;
  if (state && action.alreadyDone?.(state) !== undefined) return;
  if (action.from.includes(phase)) return;
  if (phase !== undefined && action.fresh?.includes(phase)) return;
  const why = action.refusal?.(state);
  throw new SeamError(
    state ? 'SEAM_MOVE_PHASE' : 'SEAM_MOVE_NOT_FOUND',
    state
      ? `seam move ${action.name} cannot run on service ${service} in phase ${phase}.`
      : `No move of service ${service} has been created.`,
    {
      hint:
        why ??
        (state
          ? `Run \`seam move status --service ${service}\`: it names the next step.`
          : `Run \`seam move create --service ${service} --dir <generated dir>\` first.`),
      details: { service, phase, action: action.name },
    },
  );
}
