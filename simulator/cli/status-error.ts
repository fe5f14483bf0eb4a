/**
 * A failure with the exit status the real CLI gives it, as docker/cli's
 * cli.StatusError carries one (docker/cli: cli/error.go). Fronts return these
 * instead of throwing; the terminal prints `message` on stderr.
 */
export interface StatusError {
  message: string;
  exitCode: number;
}

/** A StatusError. */
export function statusError(message: string, exitCode = 1): StatusError {
  return { message, exitCode };
}
