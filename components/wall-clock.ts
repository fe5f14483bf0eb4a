import type { Clock } from "@/simulator";

/**
 * The browser's clock for the engine: real time, plus whatever the learner
 * "waited" through (`sleep 10` returns at once but moves this clock on).
 */
export class WallClock implements Clock {
  private skipped = 0;

  now(): number {
    return Date.now() + this.skipped;
  }

  advance(ms: number): void {
    if (ms > 0 && Number.isFinite(ms)) this.skipped += ms;
  }
}
