import type { SavedPlacements } from './placements.js';

/** Edits that can be undone (the state each one left behind) and, after an undo, redone. */
export class EditHistory {
  private readonly done: SavedPlacements[] = [];
  /** Edits undone, most recent last: what redo puts back. */
  private undone: SavedPlacements[] = [];

  /** An edit made: the state it left, to undo it. */
  record(saved: SavedPlacements): void {
    this.done.push(saved);
  }

  /** A new edit: what was undone can no longer be redone. */
  forgetRedo(): void {
    this.undone = [];
  }

  /** Takes back the state saved by the last `record` (for a preview, which keeps nothing). */
  takeLast(): SavedPlacements {
    return this.done.pop()!;
  }

  /** The stack undo reads and the one it writes to (swapped for redo). */
  stacks(direction: 'undo' | 'redo'): [from: SavedPlacements[], to: SavedPlacements[]] {
    return direction === 'undo' ? [this.done, this.undone] : [this.undone, this.done];
  }

  get depth(): number {
    return this.done.length;
  }

  get redoDepth(): number {
    return this.undone.length;
  }
}
