import type { RestartBookkeeping, RestartPolicy, RestartPolicyMode } from "./types";

/** The modes ValidateRestartPolicy accepts (moby/moby: api/types/container/hostconfig.go). */
const MODES: readonly RestartPolicyMode[] = ["no", "always", "unless-stopped", "on-failure"];

/**
 * `--restart` as the CLI parses it (docker/cli: opts/parse.go
 * ParseRestartPolicy): `NAME[:COUNT]`; "" is no policy. Errors are the CLI's.
 */
export function parseRestartPolicy(text: string): { ok: true; policy: RestartPolicy | undefined } | { ok: false; error: string } {
  if (text === "") return { ok: true, policy: undefined };
  const colon = text.indexOf(":");
  const name = colon < 0 ? text : text.slice(0, colon);
  const count = colon < 0 ? "" : text.slice(colon + 1);
  if (colon >= 0 && name === "") return { ok: false, error: "invalid restart policy format: no policy provided before colon" };
  let max = 0;
  if (count !== "") {
    // strconv.Atoi: optional sign, decimal digits, within int64.
    if (!/^[+-]?\d{1,18}$/.test(count)) return { ok: false, error: "invalid restart policy format: maximum retry count must be an integer" };
    max = Number(count);
  }
  return { ok: true, policy: { Name: name as RestartPolicyMode, MaximumRetryCount: max } };
}

/**
 * The daemon's check of a policy at create (moby/moby: api/types/container/hostconfig.go
 * ValidateRestartPolicy), with its wording; undefined when valid.
 */
export function findRestartPolicyError(policy: RestartPolicy): string | undefined {
  if (!MODES.includes(policy.Name)) {
    return `invalid restart policy: unknown policy '${policy.Name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`;
  }
  if (policy.Name === "on-failure") {
    return policy.MaximumRetryCount < 0 ? "invalid restart policy: maximum retry count cannot be negative" : undefined;
  }
  if (policy.MaximumRetryCount === 0) return undefined;
  const negative = policy.MaximumRetryCount < 0 ? " and cannot be negative" : "";
  return `invalid restart policy: maximum retry count can only be used with 'on-failure'${negative}`;
}

/** The first backoff delay, the cap, and the run time that resets it (moby/moby: daemon/internal/restartmanager/restartmanager.go). */
export const RESTART_DELAY_FIRST_MS = 100;
export const RESTART_DELAY_MAX_MS = 60_000;
const RESTART_RESET_AFTER_MS = 10_000;

/** What the restart manager decided when the process exited. */
export interface RestartDecision {
  restart: boolean;
  /** The backoff delay (kept even when not restarting, as the manager keeps its timeout). */
  delayMs: number;
}

/**
 * RestartManager.ShouldRestart (moby/moby: daemon/internal/restartmanager/restartmanager.go):
 * the delay resets when the process ran 10 s or more, starts at 100 ms and
 * doubles up to a minute; `always` restarts on any exit, `unless-stopped`
 * unless stopped by hand, `on-failure` on a non-zero code while the restart
 * count is under its maximum (0: no maximum). A manual stop or kill cancels
 * the manager, so nothing restarts after one.
 */
export function calculateRestartDecision(
  policy: RestartPolicy | undefined,
  book: RestartBookkeeping,
  exitCode: number,
  ranMs: number,
  restartCount: number,
): RestartDecision {
  if (!policy || policy.Name === "no" || book.manuallyStopped) return { restart: false, delayMs: book.delayMs };
  let delay = ranMs >= RESTART_RESET_AFTER_MS ? 0 : book.delayMs;
  delay = delay === 0 ? RESTART_DELAY_FIRST_MS : Math.min(delay * 2, RESTART_DELAY_MAX_MS);
  let restart = false;
  if (policy.Name === "always" || policy.Name === "unless-stopped") restart = true;
  else if (policy.MaximumRetryCount === 0 || restartCount < policy.MaximumRetryCount) restart = exitCode !== 0;
  return { restart, delayMs: delay };
}

/** Fresh bookkeeping, as a container gets on a manual start (moby/moby: daemon/start.go ResetRestartManager). */
export function createRestartBookkeeping(): RestartBookkeeping {
  return { manuallyStopped: false, delayMs: 0, restartAt: null };
}
