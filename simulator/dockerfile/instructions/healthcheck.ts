import type { InstructionNode } from "../ast";
import { errAtLeastOneArgument, parseFlags } from "./common";
import type { Instruction } from "./types";

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, "µs": 1e-3, "μs": 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Go's time.ParseDuration, returning milliseconds (go: src/time/format.go):
 * `1m30s`, `1.5h`, `300ms`; errors `time: invalid duration "x"`,
 * `time: missing unit in duration "5"`, `time: unknown unit "x" in duration "5x"`.
 */
export function parseGoDuration(text: string): number {
  const quoted = JSON.stringify(text);
  if (text === "0") return 0;
  let rest = text;
  let sign = 1;
  if (rest.startsWith("-") || rest.startsWith("+")) {
    if (rest.startsWith("-")) sign = -1;
    rest = rest.slice(1);
  }
  if (rest === "") throw new Error(`time: invalid duration ${quoted}`);
  let total = 0;
  while (rest !== "") {
    const num = /^(\d*)(?:\.(\d*))?/.exec(rest) as RegExpExecArray;
    if (num[0] === "" || num[0] === ".") throw new Error(`time: invalid duration ${quoted}`);
    rest = rest.slice(num[0].length);
    const unit = /^[^\d.]*/.exec(rest)?.[0] ?? "";
    if (unit === "") throw new Error(`time: missing unit in duration ${quoted}`);
    const scale = UNIT_MS[unit];
    if (scale === undefined) throw new Error(`time: unknown unit ${JSON.stringify(unit)} in duration ${quoted}`);
    rest = rest.slice(unit.length);
    total += Number(num[0].startsWith(".") ? `0${num[0]}` : num[0]) * scale;
  }
  return sign * total;
}

/** parseOptInterval: empty → 0; a non-zero value below 1ms is an error. */
function parseInterval(name: string, value: string | undefined): number {
  if (!value) return 0;
  const ms = parseGoDuration(value);
  if (ms === 0) return 0;
  if (ms < 1) throw new Error(`Interval ${JSON.stringify(name)} cannot be less than 1ms`);
  return ms;
}

/**
 * HEALTHCHECK NONE, or HEALTHCHECK [--interval …] CMD command; shell form
 * is stored as CMD-SHELL (buildkit parse.go parseHealthcheck).
 */
export function parseHealthcheckInstruction(node: InstructionNode): Instruction {
  if (node.args.length === 0) throw errAtLeastOneArgument("HEALTHCHECK");
  const type = (node.args[0] as string).toUpperCase();
  const rest = node.args.slice(1);
  const base = { kind: "healthcheck" as const, node, intervalMs: 0, timeoutMs: 0, startPeriodMs: 0, startIntervalMs: 0, retries: 0 };
  if (type === "NONE") {
    if (rest.length !== 0) throw new Error("HEALTHCHECK NONE takes no arguments");
    return { ...base, test: ["NONE"] };
  }
  const f = parseFlags(node, { interval: "string", timeout: "string", "start-period": "string", "start-interval": "string", retries: "string" });
  if (type !== "CMD") throw new Error(`Unknown type ${JSON.stringify(type)} in HEALTHCHECK (try CMD)`);
  if (rest.length === 0) throw new Error("Missing command after HEALTHCHECK CMD");
  let retries = 0;
  const retriesText = f.strings.retries;
  if (retriesText) {
    if (!/^[+-]?\d+$/.test(retriesText)) throw new Error(`strconv.ParseInt: parsing ${JSON.stringify(retriesText)}: invalid syntax`);
    retries = Number(retriesText);
    if (retries < 0) throw new Error(`--retries cannot be negative (${retries})`);
  }
  return {
    ...base,
    test: [node.json ? "CMD" : "CMD-SHELL", ...rest],
    intervalMs: parseInterval("interval", f.strings.interval),
    timeoutMs: parseInterval("timeout", f.strings.timeout),
    startPeriodMs: parseInterval("start-period", f.strings["start-period"]),
    startIntervalMs: parseInterval("start-interval", f.strings["start-interval"]),
    retries,
  };
}
