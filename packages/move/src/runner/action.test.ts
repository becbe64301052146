import { SeamError } from '@seam/core';
import { describe, expect, it } from 'vitest';
import { verifyFreshness } from '../state/phases.js';
import { MemoryMoveStore } from '../store/memory-store.js';
import { type MoveAction, runAction } from './action.js';

interface Ctx {
  ran: string[];
  failAt?: string;
}

function step(name: string, detail?: string) {
  return {
    name,
    describe: `does ${name}`,
    async run(ctx: Ctx) {
      if (ctx.failAt === name) throw new SeamError('SEAM_DB_UNREACHABLE', `${name} lost its database`);
      ctx.ran.push(name);
      return detail ? { detail } : undefined;
    },
  };
}

const create: MoveAction<Ctx> = {
  name: 'create',
  from: [undefined],
  during: 'creating',
  to: 'copying',
  fresh: ['cancelled'],
  alreadyDone: (s) => (s.phase === 'copying' || s.phase === 'running' ? 'already created' : undefined),
  steps: [step('schema', 'tables created'), step('capture'), step('record')],
};

const cancel: MoveAction<Ctx> = {
  name: 'cancel',
  from: ['copying', 'running'],
  during: 'cancelling',
  to: 'cancelled',
  supersedes: ['create'],
  refusal: (s) => (s?.phase === 'switched' ? 'run `seam move reverse` first' : undefined),
  steps: [step('teardown')],
};

describe('runAction', () => {
  it('runs every step in order, records them and settles the phase', async () => {
    const store = new MemoryMoveStore('orders');
    const ctx: Ctx = { ran: [] };
    const report = await runAction(store, create, ctx);
    expect(ctx.ran).toEqual(['schema', 'capture', 'record']);
    expect(report.result).toBe('done');
    expect(report.phase).toBe('copying');
    expect(report.steps.map((s) => s.outcome)).toEqual(['done', 'done', 'done']);
    const state = await store.load();
    expect(state.phase).toBe('copying');
    expect(state.progress).toBeUndefined();
    expect(state.history.map((h) => h.event)).toEqual(['started', 'step', 'step', 'step', 'finished']);
    expect(state.history[1]!.detail).toBe('tables created');
  });

  it('is a no-op when the action has nothing to do', async () => {
    const store = new MemoryMoveStore('orders');
    await runAction(store, create, { ran: [] });
    const again: Ctx = { ran: [] };
    const report = await runAction(store, create, again);
    expect(report.result).toBe('noop');
    expect(report.detail).toBe('already created');
    expect(again.ran).toEqual([]);
  });

  it('after a failure keeps the transitional phase and a re-run skips the recorded steps', async () => {
    const store = new MemoryMoveStore('orders');
    const first: Ctx = { ran: [], failAt: 'capture' };
    await expect(runAction(store, create, first)).rejects.toMatchObject({ code: 'SEAM_DB_UNREACHABLE' });
    let state = await store.load();
    expect(state.phase).toBe('creating');
    expect(Object.keys(state.progress!.steps)).toEqual(['schema']);
    expect(state.history.at(-1)).toMatchObject({ event: 'failed', step: 'capture' });

    const second: Ctx = { ran: [] };
    const report = await runAction(store, create, second);
    expect(second.ran).toEqual(['capture', 'record']);
    expect(report.result).toBe('resumed');
    expect(report.steps.map((s) => s.outcome)).toEqual(['already', 'done', 'done']);
    state = await store.load();
    expect(state.phase).toBe('copying');
  });

  it('refuses another action while one is unfinished, unless it supersedes it', async () => {
    const store = new MemoryMoveStore('orders');
    await expect(runAction(store, create, { ran: [], failAt: 'record' })).rejects.toThrow();
    const other: MoveAction<Ctx> = { ...cancel, name: 'verify', supersedes: [] };
    await expect(runAction(store, other, { ran: [] })).rejects.toMatchObject({
      code: 'SEAM_MOVE_UNFINISHED',
      hint: expect.stringContaining('seam move create --service orders'),
    });
    const ctx: Ctx = { ran: [] };
    await runAction(store, cancel, ctx);
    expect(ctx.ran).toEqual(['teardown']);
    const state = await store.load();
    expect(state.phase).toBe('cancelled');
    expect(state.history.find((h) => h.action === 'cancel' && h.event === 'started')?.detail).toContain(
      'create',
    );
  });

  it('refuses in a wrong phase with the action hint, and without a move with NOT_FOUND', async () => {
    const empty = new MemoryMoveStore('orders');
    await expect(runAction(empty, cancel, { ran: [] })).rejects.toMatchObject({
      code: 'SEAM_MOVE_NOT_FOUND',
    });
    const store = new MemoryMoveStore('orders');
    await runAction(store, create, { ran: [] });
    await store.change((s) => {
      s.phase = 'switched';
    });
    await expect(runAction(store, cancel, { ran: [] })).rejects.toMatchObject({
      code: 'SEAM_MOVE_PHASE',
      hint: 'run `seam move reverse` first',
    });
  });

  it('rolls back to the starting phase when onFailure says so', async () => {
    const store = new MemoryMoveStore('orders');
    await runAction(store, create, { ran: [] });
    const undone: string[] = [];
    const sw: MoveAction<Ctx> = {
      name: 'switch',
      from: ['copying', 'running'],
      during: 'switching',
      to: 'switched',
      steps: [step('block'), step('drain')],
      async onFailure(ctx) {
        undone.push(...ctx.ran);
        return 'rollback';
      },
    };
    await expect(runAction(store, sw, { ran: [], failAt: 'drain' })).rejects.toThrow();
    expect(undone).toEqual(['block']);
    const state = await store.load();
    expect(state.phase).toBe('copying');
    expect(state.progress).toBeUndefined();
    expect(state.history.at(-1)!.event).toBe('rolled-back');
  });

  it('starts over after cancel (fresh), keeping the history', async () => {
    const store = new MemoryMoveStore('orders');
    await runAction(store, create, { ran: [] });
    await runAction(store, cancel, { ran: [] });
    const ctx: Ctx = { ran: [] };
    await runAction(store, create, ctx);
    expect(ctx.ran).toEqual(['schema', 'capture', 'record']);
    const state = await store.load();
    expect(state.phase).toBe('copying');
    expect(state.history.filter((h) => h.event === 'finished').map((h) => h.action)).toEqual([
      'create',
      'cancel',
      'create',
    ]);
  });

  it('skips a step whose condition does not hold, recorded as skipped', async () => {
    const store = new MemoryMoveStore('orders');
    const action: MoveAction<Ctx> = {
      ...create,
      steps: [step('schema'), { ...step('reverse'), when: () => false }],
    };
    const ctx: Ctx = { ran: [] };
    const report = await runAction(store, action, ctx);
    expect(ctx.ran).toEqual(['schema']);
    expect(report.steps[1]).toMatchObject({ name: 'reverse', outcome: 'skipped' });
  });

  it('lists the steps and what is done on a dry run without taking the lock or changing anything', async () => {
    const locks = new Map<string, string>();
    const store = new MemoryMoveStore('orders', locks);
    await expect(runAction(store, create, { ran: [], failAt: 'capture' })).rejects.toThrow();
    locks.set('orders', 'someone else');
    const before = await store.read();
    const report = await runAction(store, create, { ran: [] }, { dryRun: true });
    expect(report.result).toBe('dry-run');
    expect(report.steps.map((s) => s.outcome)).toEqual(['already', 'pending', 'pending']);
    expect((await store.read()).version).toBe(before.version);
  });

  it('gives SEAM_MOVE_BUSY while another holds the lock', async () => {
    const locks = new Map<string, string>();
    const a = new MemoryMoveStore('orders', locks);
    const held = await a.lock('create');
    await expect(runAction(a, create, { ran: [] })).rejects.toMatchObject({ code: 'SEAM_MOVE_BUSY' });
    await held.release();
    await expect(runAction(a, create, { ran: [] })).resolves.toMatchObject({ result: 'done' });
  });
});

describe('verifyFreshness', () => {
  const at = '2026-01-01T00:00:00.000Z';
  const verify = { equal: true, tables: 1, differences: 0, at };
  it('is none, fresh or stale by age', () => {
    expect(verifyFreshness({}, new Date(at))).toBe('none');
    expect(verifyFreshness({ verify }, new Date('2026-01-01T23:00:00Z'))).toBe('fresh');
    expect(verifyFreshness({ verify }, new Date('2026-01-02T01:00:00Z'))).toBe('stale');
    expect(verifyFreshness({ verify }, new Date('2026-01-01T00:10:00Z'), 60_000)).toBe('stale');
  });
});
