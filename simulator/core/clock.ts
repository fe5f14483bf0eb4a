/**
 * Time in the engine. Real Docker reads the host's wall clock; the simulator
 * reads an injected Clock so that a script gives the same output every run
 * (DEVELOPERS.md: "Time is a virtual clock").
 */
export interface Clock {
  /** Milliseconds since the Unix epoch, as Go's time.Now() would report. */
  now(): number;
  /** Let `ms` pass, as a blocking wait (`sleep N`, `docker wait`) would. */
  advance(ms: number): void;
}

/** The epoch the virtual clock starts at unless told otherwise: 2025-03-01T09:00:00Z. */
export const DEFAULT_EPOCH_MS = Date.UTC(2025, 2, 1, 9, 0, 0);

/**
 * A clock that moves only when something waits. Used by tests, the headless
 * shell and benchmarks, so output never depends on how fast the machine is.
 */
export class VirtualClock implements Clock {
  private current: number;

  constructor(startMs: number = DEFAULT_EPOCH_MS) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  advance(ms: number): void {
    if (ms > 0 && Number.isFinite(ms)) this.current += ms;
  }

  /** Moves the clock to `ms` if that is later than now (used when restoring a snapshot). */
  set(ms: number): void {
    this.current = ms;
  }
}
