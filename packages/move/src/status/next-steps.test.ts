import { describe, expect, it } from 'vitest';
import { directionOf, wantedReplicators } from '../agent/agent.js';
import { initialState, type MoveState } from '../state/state.js';
import { moveCommand, nextSteps, shellWord } from './next-steps.js';

const args = { service: 'orders', dir: 'out', plan: 'plan.yaml' };
const M = '--service orders --dir out --plan plan.yaml';

function state(patch: Partial<MoveState>): MoveState {
  return { ...initialState('orders', new Date('2026-01-01T00:00:00Z')), ...patch };
}

describe('nextSteps', () => {
  const alive = { agentAlive: true, verify: 'none' as const, phase: undefined };

  it('names create before anything exists, and the interrupted action first', () => {
    expect(nextSteps(undefined, alive, args)).toEqual([`seam move create ${M}`]);
    const killed = state({
      phase: 'creating',
      progress: { action: 'create', startedAt: 'x', fromPhase: 'creating', steps: {}, attempts: 1 },
    });
    expect(nextSteps(killed, alive, args)).toEqual([`seam move create ${M}`]);
  });

  it('asks for the agent when it is not alive, then follows the phase', () => {
    const copying = state({ phase: 'copying' });
    expect(nextSteps(copying, { ...alive, agentAlive: false }, args)[0]).toBe(`seam move replicate ${M}`);
    expect(nextSteps(copying, alive, args)[0]).toBe(`seam move status ${M} --watch`);
    const running = state({ phase: 'running' });
    expect(nextSteps(running, alive, args)[0]).toBe(`seam move verify ${M}`);
    const verified = state({
      phase: 'running',
      verify: { equal: true, tables: 3, differences: 0, at: '2026-01-01T00:00:00Z' },
    });
    expect(nextSteps(verified, { ...alive, verify: 'stale' }, args)[0]).toBe(`seam move verify ${M}`);
    expect(nextSteps(verified, { ...alive, verify: 'fresh' }, args)).toEqual([
      `seam move switch ${M}`,
      `seam move cancel ${M}`,
    ]);
    const differing = state({
      phase: 'running',
      verify: { equal: false, tables: 3, differences: 1, at: 'x' },
    });
    expect(nextSteps(differing, { ...alive, verify: 'fresh' }, args)[0]).toBe(`seam move verify ${M}`);
    expect(nextSteps(state({ phase: 'switched' }), alive, args)).toEqual([
      `seam move complete ${M}`,
      `seam move reverse ${M}`,
    ]);
    expect(nextSteps(state({ phase: 'completed' }), alive, args)).toEqual([]);
    expect(nextSteps(state({ phase: 'cancelled' }), alive, args)).toEqual([`seam move create ${M}`]);
  });

  it('uses the derived phase (copying → running) over the stored one', () => {
    expect(nextSteps(state({ phase: 'copying' }), { ...alive, phase: 'running' }, args)[0]).toBe(
      `seam move verify ${M}`,
    );
  });

  it('quotes words a shell would split or expand', () => {
    expect(shellWord('out/dir-1')).toBe('out/dir-1');
    expect(shellWord("it's $HOME")).toBe(`'it'\\''s $HOME'`);
    expect(moveCommand('status', { service: 'a b', dir: 'out' })).toBe(
      `seam move status --service 'a b' --dir out`,
    );
  });
});

describe('wantedReplicators', () => {
  const names = {
    forward: { replicatorConfig: 'orders/replicate.yaml' },
    reverse: { replicatorConfig: 'orders/replicate-reverse.yaml' },
    reference: { replicatorConfig: 'orders/replicate-reference.yaml' },
  };

  it('runs the active direction and the reference copies, one direction at a time', () => {
    const forward = wantedReplicators(state({ phase: 'running', direction: 'forward', directions: names }));
    expect([...forward.keys()].sort()).toEqual(['forward', 'reference']);
    const reverse = wantedReplicators(state({ phase: 'switched', direction: 'reverse', directions: names }));
    expect([...reverse.keys()].sort()).toEqual(['reference', 'reverse']);
    const none = wantedReplicators(state({ phase: 'switching', direction: 'none', directions: names }));
    expect([...none.keys()]).toEqual(['reference']);
  });

  it('runs nothing while cancelling, and only a projection after complete', () => {
    expect(
      wantedReplicators(state({ phase: 'cancelling', direction: 'forward', directions: names })).size,
    ).toBe(0);
    expect(wantedReplicators(undefined).size).toBe(0);
    const projection = wantedReplicators(
      state({ phase: 'completed', direction: 'reverse', directions: names }),
    );
    expect([...projection.keys()]).toEqual(['reverse']);
    expect(wantedReplicators(state({ phase: 'completed', direction: 'none', directions: names })).size).toBe(
      0,
    );
  });

  it('calls a set of running replicators by its direction', () => {
    expect(directionOf(['reference', 'forward'])).toBe('forward');
    expect(directionOf(['reverse'])).toBe('reverse');
    expect(directionOf(['reference'])).toBe('none');
  });
});
