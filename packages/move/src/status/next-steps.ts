import { isTransitional, type VerifyFreshness } from '../state/phases.js';
import type { MoveState } from '../state/state.js';

/** What the next-step commands carry: the service, the folder, the plan when known. */
export interface CommandArgs {
  service: string;
  dir: string;
  plan?: string;
}

/** A word as a POSIX shell reads it: bare when safe, else single-quoted. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** The full `seam move <action> …` command line. */
export function moveCommand(action: string, args: CommandArgs, extra: string[] = []): string {
  const words = ['seam', 'move', action, '--service', args.service, '--dir', args.dir];
  if (args.plan) words.push('--plan', args.plan);
  return [...words, ...extra].map(shellWord).join(' ');
}

/** What status derives besides the state, for the next steps. */
export interface Derived {
  /** `copying` until the snapshot is over and the lag is small, then `running`. */
  phase: MoveState['phase'] | undefined;
  agentAlive: boolean;
  verify: VerifyFreshness;
}

/** The commands that make sense next, most likely first. */
export function nextSteps(state: MoveState | undefined, derived: Derived, args: CommandArgs): string[] {
  if (!state) return [moveCommand('create', args)];
  if (state.progress) return [moveCommand(state.progress.action, args)];
  const phase = derived.phase ?? state.phase;
  const agent = derived.agentAlive ? [] : [moveCommand('replicate', args)];
  switch (phase) {
    case 'copying':
      return [...agent, moveCommand('status', args, ['--watch']), moveCommand('cancel', args)];
    case 'running':
      if (derived.verify !== 'fresh' || state.verify?.equal !== true)
        return [...agent, moveCommand('verify', args), moveCommand('cancel', args)];
      return [...agent, moveCommand('switch', args), moveCommand('cancel', args)];
    case 'switched':
      return [...agent, moveCommand('complete', args), moveCommand('reverse', args)];
    case 'cancelled':
      return [moveCommand('create', args)];
    case 'completed':
      return [];
    default:
      return isTransitional(phase) ? [moveCommand('status', args)] : [];
  }
}
