/** One remembered moment: the state before a command, and the command that left it. */
export interface TimeTravelEntry<T> {
  /** What undoing this entry steps back over (the command line). */
  label: string;
  state: T;
}

/**
 * Snapshot-based undo, the way Learn Git Branching's `undo` works
 * (pcottle/learnGitBranching: src/js/level/sandbox.js keeps a stack of
 * exported trees and `undo` pops one): before each command the caller
 * records the state, and undo hands back the most recent one. Only the last
 * `limit` moments are kept, so memory stays bounded.
 */
export class TimeTravel<T> {
  private readonly past: TimeTravelEntry<T>[] = [];

  constructor(private readonly limit = 50) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  }

  /** Remembers `state` as the moment before `label` ran; forgets the oldest beyond the limit. */
  record(label: string, state: T): void {
    this.past.push({ label, state });
    if (this.past.length > this.limit) this.past.splice(0, this.past.length - this.limit);
  }

  /** The most recent moment, removed from the stack; undefined when there is nothing to undo. */
  undo(): TimeTravelEntry<T> | undefined {
    return this.past.pop();
  }

  /** What undo would step back over next, without stepping. */
  peek(): TimeTravelEntry<T> | undefined {
    return this.past.at(-1);
  }

  /** How many steps back are available. */
  get depth(): number {
    return this.past.length;
  }

  /** Forgets everything (after a reset). */
  clear(): void {
    this.past.length = 0;
  }
}
