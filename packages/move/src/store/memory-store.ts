import { SeamError } from '@seam/core';
import type { MoveState } from '../state/state.js';
import { type MoveLock, type MoveStateStore, notFound, type StoredState } from './move-store.js';

/**
 * A state store in memory, with the same compare-and-set and lock rules as MoveStore: for unit
 * tests of actions and of the runner. `locks` may be shared between two stores of one service.
 */
export class MemoryMoveStore implements MoveStateStore {
  private json: string | undefined;
  private version = 0;
  private updatedAt: Date | null = null;

  constructor(
    readonly service: string,
    private readonly locks: Map<string, string> = new Map(),
  ) {}

  async read(): Promise<StoredState> {
    const holder = this.locks.get(this.service) ?? null;
    return {
      state: this.json === undefined ? undefined : (JSON.parse(this.json) as MoveState),
      version: this.version,
      updatedAt: this.updatedAt,
      holder,
      heldSince: null,
    };
  }

  async load(): Promise<MoveState> {
    const { state } = await this.read();
    if (!state) throw notFound(this.service);
    return state;
  }

  async update(
    fn: (state: MoveState | undefined) => MoveState | undefined | null,
  ): Promise<MoveState | undefined> {
    const stored = await this.read();
    const result = fn(stored.state);
    if (result === null) return (await this.read()).state;
    const next = result ?? stored.state;
    if (next === undefined) return undefined;
    this.json = JSON.stringify(next);
    this.version += 1;
    this.updatedAt = new Date();
    return JSON.parse(this.json) as MoveState;
  }

  async change(fn: (state: MoveState) => MoveState | undefined | null): Promise<MoveState> {
    const result = await this.update((state) => {
      if (!state) throw notFound(this.service);
      return fn(state);
    });
    return result!;
  }

  async lock(action: string): Promise<MoveLock> {
    const held = this.locks.get(this.service);
    if (held !== undefined) {
      throw new SeamError(
        'SEAM_MOVE_BUSY',
        `Another action holds the move lock of service ${this.service}: ${held}.`,
      );
    }
    const holder = `memory (seam move ${action})`;
    this.locks.set(this.service, holder);
    return {
      holder,
      release: async () => {
        if (this.locks.get(this.service) === holder) this.locks.delete(this.service);
      },
    };
  }
}
