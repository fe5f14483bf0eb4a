import type { FlagSpec, FlagValues } from "../../cli/flags";
import { parseGoDuration } from "../../engine/prune-filters";
import type { HealthConfig } from "../../runtime/types";

/** The health options of `docker create`/`run` (docker/cli 27: cli/command/container/opts.go addFlags). */
export const HEALTH_FLAGS: FlagSpec[] = [
  { name: "health-cmd", kind: "string", usage: "Command to run to check health" },
  { name: "health-interval", kind: "string", valueName: "duration", usage: "Time between running the check (ms|s|m|h)", defaultText: "0s" },
  { name: "health-retries", kind: "int", usage: "Consecutive failures needed to report unhealthy" },
  { name: "health-start-interval", kind: "string", valueName: "duration", usage: "Time between running the check during the start period (ms|s|m|h)", defaultText: "0s" },
  { name: "health-start-period", kind: "string", valueName: "duration", usage: "Start period for the container to initialize before starting health-retries countdown (ms|s|m|h)", defaultText: "0s" },
  { name: "health-timeout", kind: "string", valueName: "duration", usage: "Maximum time to allow one check to run (ms|s|m|h)", defaultText: "0s" },
  { name: "no-healthcheck", kind: "bool", usage: "Disable any container-specified HEALTHCHECK" },
];

/** The duration flags and the HealthConfig field each sets. */
const DURATIONS: [string, "Interval" | "Timeout" | "StartPeriod" | "StartInterval"][] = [
  ["health-interval", "Interval"],
  ["health-timeout", "Timeout"],
  ["health-start-period", "StartPeriod"],
  ["health-start-interval", "StartInterval"],
];

/** The kind of failure: pflag's (a value it cannot parse, exit 125 with `See …`) or the CLI's own check (`docker: …`). */
export type HealthFlagsResult = { ok: true; health: HealthConfig | undefined } | { ok: false; error: string; pflag: boolean };

/**
 * The `--health-*` flags as docker/cli 27 turns them into
 * Config.Healthcheck (opts.go parse): none given leaves the image's check;
 * `--no-healthcheck` is `["NONE"]` and conflicts with the others;
 * `--health-cmd` is a `CMD-SHELL` test; durations are Go durations (pflag
 * refuses others) and none may be negative. Durations are stored in ns.
 */
export function parseHealthFlags(flags: FlagValues): HealthFlagsResult {
  const health: HealthConfig = { Test: [] };
  let any = false;
  for (const [flag, field] of DURATIONS) {
    const raw = flags[flag];
    if (typeof raw !== "string") continue;
    const parsed = parseGoDuration(raw);
    if (!parsed.ok) return { ok: false, error: `invalid argument ${JSON.stringify(raw)} for "--${flag}" flag: ${parsed.error}`, pflag: true };
    if (parsed.ms !== 0) any = true;
    health[field] = Math.round(parsed.ms * 1_000_000);
  }
  const cmd = flags["health-cmd"];
  if (typeof cmd === "string" && cmd !== "") {
    health.Test = ["CMD-SHELL", cmd];
    any = true;
  }
  const retries = flags["health-retries"];
  if (typeof retries === "number") {
    if (retries !== 0) any = true;
    health.Retries = retries;
  }
  if (flags["no-healthcheck"] === true) {
    if (any) return { ok: false, error: "--no-healthcheck conflicts with --health-* options", pflag: false };
    return { ok: true, health: { Test: ["NONE"] } };
  }
  if (!any) return { ok: true, health: undefined };
  for (const [flag, field] of [...DURATIONS, ["health-retries", "Retries"] as const]) {
    if ((health[field] ?? 0) < 0) return { ok: false, error: `--${flag} cannot be negative`, pflag: false };
  }
  for (const field of ["Interval", "Timeout", "StartPeriod", "StartInterval", "Retries"] as const) if (health[field] === 0) delete health[field];
  return { ok: true, health };
}
