import { hostname, userInfo } from 'node:os';
import { type ConnectionSpec, type Dialect, SeamError } from '@seam/core';
import { type Database, openDatabase, type Queryable, engineFor as sqlEngineFor } from '@seam/core/sql';
import { engineFor, type MoveStoreEngine } from '../engine.js';
import { type MoveState, parseMoveState } from '../state/state.js';

/** The table holding one row per moving service, in the service's database. */
export const MOVE_STATE_TABLE = 'seam_move_state';

export interface OpenMoveStoreOptions {
  /** The service's database. */
  spec: ConnectionSpec;
  service: string;
  /** The schema (PostgreSQL) or database (MySQL) holding the table; default: the connection's own. */
  schema?: string;
  /** Written into the lock holder and application_name: `seam move <action>`. */
  label?: string;
}

/** A state as stored: the parsed state (undefined before the first create) and its version. */
export interface StoredState {
  state: MoveState | undefined;
  version: number;
  updatedAt: Date | null;
  /** Who holds (or last held) the action lock, and since when. */
  holder: string | null;
  heldSince: Date | null;
}

/** A held action lock: release it when the action ends (closing its session also releases it). */
export interface MoveLock {
  readonly holder: string;
  release(): Promise<void>;
}

/** Who runs this process: `user@host pid N`. */
export function whoAmI(): string {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // no passwd entry (containers): keep `unknown`
  }
  return `${user}@${hostname()} pid ${process.pid}`;
}

const CAS_ATTEMPTS = 20;

/**
 * What the step runner and the actions need of a state store: MoveStore (the service's database)
 * or MemoryMoveStore (unit tests).
 */
export interface MoveStateStore {
  readonly service: string;
  read(): Promise<StoredState>;
  load(): Promise<MoveState>;
  update(fn: (state: MoveState | undefined) => MoveState | undefined | null): Promise<MoveState | undefined>;
  change(fn: (state: MoveState) => MoveState | undefined | null): Promise<MoveState>;
  lock(action: string): Promise<MoveLock>;
}

/**
 * The move's state store: a row in `seam_move_state` of the service's database, written by
 * compare-and-set on its version (the agent's heartbeats and an action's steps interleave safely),
 * and the action lock (an advisory lock on a session of its own, held for the whole action).
 */
export class MoveStore implements MoveStateStore {
  private queue: Promise<unknown> = Promise.resolve();
  /** Sessions holding a lock now: closed by close() (as the end of the process would). */
  private readonly lockSessions = new Set<Database>();

  private constructor(
    readonly service: string,
    readonly dialect: Dialect,
    private readonly db: Database,
    private readonly spec: ConnectionSpec,
    private readonly table: string,
    private readonly engine: MoveStoreEngine,
    private readonly label: string,
  ) {}

  /** Connects, creates the table when missing and the service's row (empty) when missing. */
  static async open(options: OpenMoveStoreOptions): Promise<MoveStore> {
    const label = options.label ?? 'seam move';
    const db = await openDatabase(options.spec, { applicationName: label });
    try {
      const sql = sqlEngineFor(options.spec.dialect);
      const table =
        options.schema === undefined
          ? sql.quoteIdent(MOVE_STATE_TABLE)
          : `${sql.quoteIdent(options.schema)}.${sql.quoteIdent(MOVE_STATE_TABLE)}`;
      const engine = engineFor(options.spec.dialect);
      await db.query(engine.createTable(table));
      await engine.ensureRow(db, table, options.service);
      return new MoveStore(options.service, options.spec.dialect, db, options.spec, table, engine, label);
    } catch (error) {
      await db.close();
      throw error;
    }
  }

  /** The database URL without password, for messages. */
  get target(): string {
    return this.db.target;
  }

  /** The store's connection, for steps that query the service's database. */
  get database(): Queryable {
    return this.db;
  }

  /** One operation at a time on the store's connection (a CAS reads ROW_COUNT of its own statement). */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => {});
    return run;
  }

  async read(): Promise<StoredState> {
    const row = await this.serial(() => this.engine.read(this.db, this.table, this.service));
    if (!row) return { state: undefined, version: 0, updatedAt: null, holder: null, heldSince: null };
    return {
      state: row.state === null ? undefined : parseMoveState(row.state, this.service),
      version: row.version,
      updatedAt: row.updatedAt,
      holder: row.holder,
      heldSince: row.heldSince,
    };
  }

  /** The state, or SEAM_MOVE_NOT_FOUND naming `seam move create`. */
  async load(): Promise<MoveState> {
    const { state } = await this.read();
    if (!state) throw notFound(this.service);
    return state;
  }

  /**
   * Writes `state` if the stored version is still `expected`; returns the new version. A lost race
   * is SEAM_MOVE_STATE_CONFLICT (use `update` to re-read and re-apply instead).
   */
  async write(state: MoveState, expected: number): Promise<number> {
    const json = JSON.stringify(state);
    const ok = await this.serial(() =>
      this.db.session((s) => this.engine.compareAndSet(s, this.table, this.service, json, expected)),
    );
    if (!ok) {
      throw new SeamError(
        'SEAM_MOVE_STATE_CONFLICT',
        `The move state of ${this.service} changed while it was being written (expected version ${expected}).`,
      );
    }
    return expected + 1;
  }

  /**
   * Read-modify-write with retry: `fn` gets a copy of the current state (undefined before create)
   * and returns the new one (or mutates the copy and returns nothing; `null` leaves it unchanged).
   */
  async update(
    fn: (state: MoveState | undefined) => MoveState | undefined | null,
  ): Promise<MoveState | undefined> {
    for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt++) {
      const stored = await this.read();
      const copy = stored.state === undefined ? undefined : structuredClone(stored.state);
      const result = fn(copy);
      if (result === null) return stored.state;
      const next = result ?? copy;
      if (next === undefined) return undefined;
      try {
        await this.write(next, stored.version);
        return next;
      } catch (error) {
        if (!(error instanceof SeamError && error.code === 'SEAM_MOVE_STATE_CONFLICT')) throw error;
      }
    }
    throw new SeamError(
      'SEAM_MOVE_STATE_CONFLICT',
      `The move state of ${this.service} kept changing under ${CAS_ATTEMPTS} attempts to write it.`,
    );
  }

  /** `update` on an existing state: SEAM_MOVE_NOT_FOUND before create. */
  async change(fn: (state: MoveState) => MoveState | undefined | null): Promise<MoveState> {
    const result = await this.update((state) => {
      if (!state) throw notFound(this.service);
      return fn(state);
    });
    return result!;
  }

  /**
   * Takes the service's action lock at once or throws SEAM_MOVE_BUSY naming who holds it and since
   * when; never waits. The lock lives on a session of its own, so a killed process releases it.
   */
  async lock(action: string): Promise<MoveLock> {
    const holder = `${whoAmI()} (seam move ${action})`;
    const session = await openDatabase(this.spec, { applicationName: `${this.label} lock` });
    let locked = false;
    try {
      locked = await this.engine.tryLock(session, this.service);
    } catch (error) {
      await session.close();
      throw error;
    }
    if (!locked) {
      await session.close();
      const stored = await this.read().catch(() => undefined);
      const who = stored?.holder ?? 'another session';
      const since = stored?.heldSince ? ` since ${stored.heldSince.toISOString()}` : '';
      const sessionId = await this.engine.lockHolderSession(this.db, this.service).catch(() => undefined);
      throw new SeamError(
        'SEAM_MOVE_BUSY',
        `Another action holds the move lock of service ${this.service}: ${who}${since}${sessionId ? ` [${sessionId}]` : ''}.`,
        {
          hint: `Wait until it ends (\`seam move status --service ${this.service}\` shows what it does), then run the action again. A killed process releases the lock with its database session.`,
          details: { service: this.service, holder: who, since: stored?.heldSince?.toISOString(), sessionId },
        },
      );
    }
    this.lockSessions.add(session);
    await this.serial(() => this.engine.setHolder(this.db, this.table, this.service, holder));
    let released = false;
    return {
      holder,
      release: async () => {
        if (released) return;
        released = true;
        try {
          await this.serial(() => this.engine.setHolder(this.db, this.table, this.service, null));
          await this.engine.unlock(session, this.service);
        } finally {
          this.lockSessions.delete(session);
          await session.close();
        }
      },
    };
  }

  /**
   * Who holds the action lock now: the holder recorded in the row, when a session really holds the
   * lock (a killed holder's name stays in the row, its lock does not); undefined when free.
   */
  async lockHolder(): Promise<{ holder: string; since: Date | null; session: string } | undefined> {
    const session = await this.serial(() => this.engine.lockHolderSession(this.db, this.service));
    if (session === undefined) return undefined;
    const stored = await this.read();
    return { holder: stored.holder ?? 'unknown', since: stored.heldSince, session };
  }

  /** Closes the store's connection (after the queued operations) and any lock session still open. */
  async close(): Promise<void> {
    await this.queue.catch(() => {});
    for (const session of this.lockSessions) await session.close().catch(() => {});
    this.lockSessions.clear();
    await this.db.close();
  }
}

export function notFound(service: string): SeamError {
  return new SeamError('SEAM_MOVE_NOT_FOUND', `No move of service ${service} has been created.`, {
    hint: `Run \`seam move create --service ${service} --dir <generated dir>\` first.`,
  });
}
