import type { ForegroundJob, ForegroundStep } from "../docker/foreground";
import type { Clock } from "../core/clock";

/**
 * The command holding the terminal's foreground, if any: offered by the
 * command while the host line runs, taken up when the line is done (as
 * with container sessions, world/session-router.ts).
 * Simplification: commands after it on the same line (`docker run nginx;
 * echo after`) run before it, not after it ends.
 */
export class ForegroundSlot {
  private job: ForegroundJob | undefined;
  private offered: ForegroundJob | undefined;

  offer(job: ForegroundJob): void {
    this.offered ??= job;
  }

  /** The host line is done: an offered job takes the foreground. */
  adopt(): boolean {
    if (this.offered) this.job = this.offered;
    this.offered = undefined;
    return this.job !== undefined;
  }

  /** What the job wrote since the last poll; it leaves the foreground when it ends. */
  poll(): ForegroundStep | undefined {
    const job = this.job;
    if (!job) return undefined;
    const step = job.poll();
    if (step.exitCode !== undefined) this.job = undefined;
    return step;
  }

  /** Ctrl+C. */
  interrupt(): ForegroundStep | undefined {
    const job = this.job;
    if (!job) return undefined;
    const step = job.interrupt();
    if (step.exitCode !== undefined) this.job = undefined;
    return step;
  }

  /** A restore: the job is gone (what it ran on stays as the snapshot has it). */
  drop(): void {
    this.job = undefined;
    this.offered = undefined;
  }
}

/** A line that is only `sleep ARGS`: in a terminal it holds the foreground (see createSleepJob). */
export const LONE_SLEEP = /^\s*sleep(\s+[\w.]+)+\s*$/;

/**
 * Host `sleep` in a terminal: ends when the clock reaches its end (the
 * browser's clock follows the wall clock), or at Ctrl+C with 130.
 * Simplification: only a line that is a lone `sleep` waits this way;
 * inside a longer line (`sleep 5 && docker ps`) it moves the clock at once,
 * as in scripts.
 */
export function createSleepJob(clock: Clock, ms: number): ForegroundJob {
  const until = clock.now() + ms;
  return {
    poll: () => (clock.now() >= until ? { chunks: [], exitCode: 0 } : { chunks: [] }),
    interrupt: () => ({ chunks: [], exitCode: 130 }),
  };
}
