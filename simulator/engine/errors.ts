/**
 * A daemon-side failure. `message` is the daemon's text (without the CLI's
 * `Error response from daemon: ` prefix); `exitCode` is what `docker run`
 * exits with when it is the cause (fidelity-reference §4.3).
 */
export interface EngineError {
  kind: "not-found" | "conflict" | "invalid" | "start-failed" | "pull-failed";
  message: string;
  exitCode: number;
}

/** An EngineError. */
export function engineError(kind: EngineError["kind"], message: string, exitCode = 125): EngineError {
  return { kind, message, exitCode };
}

/** Either a value or an EngineError. */
export type EngineResult<T> = { ok: true; value: T } | { ok: false; error: EngineError };
