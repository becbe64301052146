import type { PlanSession } from '@seam/plan';
import { formatOfPath, writeReport } from '@seam/report';
import type { KeyName } from './keys.js';
import type { Size } from './layout.js';
import { reduce, reported, resize, saved } from './reducer.js';
import { initialState, type UiState } from './state.js';

/**
 * Holds the UI state over a session: keys go in one at a time (a burst is a list of keys), the reducer
 * computes the next state, and the one effect the reducer cannot do itself — writing the file — runs
 * here. The React tree subscribes to it; tests and the benchmark drive it without React.
 */
export class Controller {
  readonly session: PlanSession;
  private current: UiState;
  private readonly listeners = new Set<() => void>();
  private idle: Promise<void> = Promise.resolve();

  constructor(session: PlanSession, size: Size) {
    this.session = session;
    this.current = initialState(session, size);
  }

  get state(): UiState {
    return this.current;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): UiState => this.current;

  private queue: KeyName[] = [];
  private busy = false;

  private set(next: UiState): void {
    if (next === this.current) return;
    this.current = next;
    for (const l of this.listeners) l();
  }

  /**
   * Handles keys in order, exactly as if typed one by one (a burst notifies listeners once). Keys that
   * come while the file is being written wait for it.
   */
  press(keys: KeyName[]): void {
    this.queue.push(...keys);
    this.drain();
  }

  private drain(): void {
    if (this.busy) return;
    let s = this.current;
    while (this.queue.length && !s.exit) {
      s = reduce(s, this.queue.shift()!, this.session);
      if (s.effect) {
        this.busy = true;
        const effect = s.effect;
        this.set({
          ...s,
          effect: null,
          message: { text: `writing ${effect.path ?? this.session.path}…`, tone: 'info' },
        });
        this.idle = (
          effect.kind === 'report' ? this.report(effect.path) : this.save(effect.path, effect.quit)
        ).then(() => {
          this.busy = false;
          this.drain();
        });
        return;
      }
    }
    if (s.exit) this.queue = [];
    this.set(s);
  }

  private save(path: string | undefined, quit: boolean): Promise<void> {
    return this.session.save(path).then(
      (changes) => this.set(saved(this.current, { path: this.session.path, changes }, quit)),
      (error: unknown) => this.set(saved(this.current, { error }, quit)),
    );
  }

  /** Draws the plan as it stands (the format follows the file name; HTML by default). */
  private report(path: string): Promise<void> {
    return writeReport(this.session.editor, path, formatOfPath(path) ?? 'html').then(
      (summary) => this.set(reported(this.current, { path, leftOut: summary.leftOut })),
      (error: unknown) => this.set(reported(this.current, { error })),
    );
  }

  /** Resolves once no write is in flight (for tests and scripts). */
  async settled(): Promise<void> {
    while (this.busy) await this.idle;
  }

  resize(size: Size): void {
    this.set(resize(this.current, this.session, size));
  }
}
