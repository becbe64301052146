import { SeamError } from '@seam/core';
import { initialState, type MoveAction, MoveStore, runAction } from '@seam/move';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMysqlDatabase, createPgDatabase, type TestMysql, type TestPg } from '../helpers/index.js';

// The move's state store and action lock on both engines: compare-and-set, the lock held on its
// own session (a second store gets SEAM_MOVE_BUSY at once, a closed session frees it), and the
// step runner resuming after a failure with the state in the database.

const engines: [string, () => Promise<TestPg | TestMysql>][] = [
  ['postgres', () => createPgDatabase('move_store')],
  ['mariadb', () => createMysqlDatabase('move_store')],
];

describe.each(engines)('move state store on %s', (_engine, create) => {
  let db: TestPg | TestMysql;
  const stores: MoveStore[] = [];
  const open = async (service: string) => {
    const store = await MoveStore.open({ spec: db.spec, service });
    stores.push(store);
    return store;
  };

  beforeAll(async () => {
    db = await create();
  });
  afterAll(async () => {
    for (const s of stores) await s.close().catch(() => {});
    await db?.drop();
  });

  it('creates its table, starts empty and writes by compare-and-set', async () => {
    const a = await open('orders');
    const b = await open('orders');
    expect(await a.read()).toMatchObject({ state: undefined, version: 0 });
    const state = initialState('orders');
    expect(await a.write(state, 0)).toBe(1);
    // b still believes version 0: its write is refused, nothing is overwritten.
    await expect(b.write({ ...state, phase: 'cancelled' }, 0)).rejects.toMatchObject({
      code: 'SEAM_MOVE_STATE_CONFLICT',
    });
    expect((await b.read()).state?.phase).toBe('creating');
    // update re-reads and re-applies: concurrent updates from two stores all land.
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? a : b).change((s) => {
          s.positions.push({
            label: `p${i}`,
            side: 'monolith',
            position: { i },
            at: new Date().toISOString(),
          });
        }),
      ),
    );
    const after = await a.read();
    expect(after.version).toBe(7);
    expect(after.state!.positions.map((p) => p.label).sort()).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5']);
    // a second service has its own row
    const other = await open('billing');
    expect((await other.read()).state).toBeUndefined();
  });

  it('refuses a stored state it cannot read', async () => {
    const store = await open('broken');
    await store.database.query(
      `UPDATE seam_move_state SET state = '{"format":"seam.move","version":1}', version = 1 WHERE service = 'broken'`,
    );
    await expect(store.read()).rejects.toMatchObject({ code: 'SEAM_MOVE_STATE_INVALID' });
    await store.database.query(
      `UPDATE seam_move_state SET state = '{"format":"seam.move","version":9}' WHERE service = 'broken'`,
    );
    await expect(store.read()).rejects.toThrow(/newer Seam/);
  });

  it('gives SEAM_MOVE_BUSY at once, naming the holder, and frees the lock with its session', async () => {
    const a = await open('locked');
    const b = await open('locked');
    expect(await a.lockHolder()).toBeUndefined();
    const lock = await a.lock('create');
    expect((await b.lockHolder())?.holder).toContain('seam move create');
    const t0 = Date.now();
    const busy = await b.lock('create').catch((e: unknown) => e);
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(busy).toBeInstanceOf(SeamError);
    expect(busy).toMatchObject({ code: 'SEAM_MOVE_BUSY' });
    expect((busy as SeamError).message).toContain('seam move create');
    expect((busy as SeamError).message).toMatch(/pid \d+/);
    // another service is not blocked
    await (await (await open('unlocked')).lock('create')).release();
    await lock.release();
    const again = await b.lock('status');
    expect((await a.read()).holder).toContain('seam move status');
    await again.release();
    expect((await a.read()).holder).toBeNull();

    // A process that dies holding the lock: its session closes and the lock goes with it.
    const dying = await MoveStore.open({ spec: db.spec, service: 'locked' });
    await dying.lock('switch');
    await expect(b.lock('switch')).rejects.toMatchObject({ code: 'SEAM_MOVE_BUSY' });
    await dying.close();
    // its name stays in the row, but nobody holds the lock
    expect((await b.read()).holder).toContain('seam move switch');
    await expect.poll(() => b.lockHolder()).toBeUndefined();
    const free = await b.lock('switch');
    // the dead holder's name stays in the row until the next holder writes its own
    expect((await b.read()).holder).toContain(`pid ${process.pid} (seam move switch)`);
    await free.release();
  });

  it('runs an action through the database: a failed step keeps progress, a re-run continues', async () => {
    const store = await open('runner');
    const ran: string[] = [];
    let fail = true;
    const action: MoveAction<null> = {
      name: 'create',
      from: [undefined],
      during: 'creating',
      to: 'copying',
      alreadyDone: (s) => (s.phase === 'copying' ? 'already created' : undefined),
      steps: ['one', 'two', 'three'].map((name) => ({
        name,
        describe: name,
        async run() {
          if (name === 'two' && fail) throw new SeamError('SEAM_DB_CONNECTION_LOST', 'gone');
          ran.push(name);
          return { detail: `${name} done` };
        },
      })),
    };
    await expect(runAction(store, action, null)).rejects.toMatchObject({ code: 'SEAM_DB_CONNECTION_LOST' });
    expect((await store.load()).phase).toBe('creating');
    fail = false;
    const report = await runAction(store, action, null);
    expect(report.result).toBe('resumed');
    expect(ran).toEqual(['one', 'two', 'three']);
    expect((await store.load()).phase).toBe('copying');
    expect((await runAction(store, action, null)).result).toBe('noop');
    // the lock was released after each run
    expect((await store.read()).holder).toBeNull();
  });
});
