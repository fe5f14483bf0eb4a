import type { ContainerRecord } from "../../runtime/types";
import { numberOf, serviceOf } from "./command";

/**
 * Compose's log colours (docker/compose cmd/formatter/colors.go): the
 * rainbow of cyan, yellow, green, magenta, blue, then their intense
 * variants, one per service in order.
 */
const RAINBOW = ["36", "33", "32", "35", "34", "36;1", "33;1", "32;1", "35;1", "34;1"];

/** The name a container's lines are prefixed with: `web-1`, without the project (compose cmd/formatter/logs.go). */
export function calculateLogName(container: ContainerRecord): string {
  return container.config.Labels["com.docker.compose.container-number"] ? `${serviceOf(container)}-${numberOf(container)}` : container.name;
}

/**
 * Prefixes for each container's log lines, `web-1  | `: the name padded to
 * the longest one plus a space, then ` |` (compose cmd/formatter/logs.go
 * setPrefix; docker/docs' getting-started shows `redis-1  | ` beside
 * `web-1    | `), coloured per service on a terminal.
 */
export function calculateLogPrefixes(containers: readonly ContainerRecord[], colour: boolean): Map<string, string> {
  const width = Math.max(0, ...containers.map((c) => calculateLogName(c).length)) + 1;
  const services = [...new Set(containers.map(serviceOf))];
  const prefixes = new Map<string, string>();
  for (const c of containers) {
    const text = `${calculateLogName(c).padEnd(width)} |`;
    const code = RAINBOW[services.indexOf(serviceOf(c)) % RAINBOW.length] as string;
    prefixes.set(c.id, colour ? `\x1b[${code}m${text}\x1b[0m ` : `${text} `);
  }
  return prefixes;
}

/** Every logged line of the containers, in time order, prefixed (stream kept). */
export function calculatePrefixedLogs(
  containers: readonly ContainerRecord[],
  colour: boolean,
  tail?: number,
  withPrefix = true,
): { stream: "stdout" | "stderr"; text: string; time: number }[] {
  const prefixes = withPrefix ? calculateLogPrefixes(containers, colour) : new Map<string, string>();
  const lines: { stream: "stdout" | "stderr"; text: string; time: number }[] = [];
  for (const c of containers) {
    const own = c.logs.flatMap((entry) =>
      entry.text
        .split("\n")
        .filter((line, i, all) => !(i === all.length - 1 && line === ""))
        .map((line) => ({ stream: entry.stream, text: `${prefixes.get(c.id) ?? ""}${line}\n`, time: entry.time })),
    );
    lines.push(...(tail === undefined ? own : tail === 0 ? [] : own.slice(-tail)));
  }
  return lines.sort((a, b) => a.time - b.time);
}
