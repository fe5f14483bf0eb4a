import { formatBytesSize, formatHumanSize } from "../../cli/units";
import type { TemplateData } from "../../cli/template";
import { calculateContainerStats, type ContainerStatsSample } from "../../engine/container-stats";
import type { FlagValues } from "../../cli/flags";
import type { Output } from "../../core/io";
import type { DockerCommand, DockerContext } from "../command";
import { FORMAT_HELP_TABLE } from "../command";
import { createRedrawJob } from "../foreground";
import { writeList, type ListFormat } from "../formatter/write";
import { findContainerOrError } from "./each";

/** The stats table (docker/cli 27: cli/command/container/formatter_stats.go; fidelity-reference §1.9). */
const STATS_FORMAT: ListFormat = {
  defaultTable: "{{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}",
  headers: {
    Container: "CONTAINER", ID: "CONTAINER ID", Name: "NAME", CPUPerc: "CPU %", MemUsage: "MEM USAGE / LIMIT", MemPerc: "MEM %",
    NetIO: "NET I/O", BlockIO: "BLOCK I/O", PIDs: "PIDS",
  },
  typeName: "*formatter.statsContext",
};

/** `%.2f%%` (formatter_stats.go formatPercentage). */
function formatPercent(value: number): string {
  return `${value.toFixed(2)}%`;
}

/**
 * One row's fields, in the key order `{{json .}}` prints them (the
 * statsContext methods sorted by name): BlockIO, CPUPerc, Container, ID,
 * MemPerc, MemUsage, Name, NetIO, PIDs.
 */
function calculateStatsFields(sample: ContainerStatsSample, container: string, noTrunc: boolean): TemplateData {
  return {
    BlockIO: `${formatHumanSize(sample.blockRead)} / ${formatHumanSize(sample.blockWrite)}`,
    CPUPerc: formatPercent(sample.cpuPercent),
    Container: container,
    ID: noTrunc ? sample.id : sample.id.slice(0, 12),
    MemPerc: formatPercent(sample.memoryPercent),
    MemUsage: `${formatBytesSize(sample.memoryBytes)} / ${formatBytesSize(sample.memoryLimit)}`,
    Name: sample.name === "" ? "--" : sample.name,
    NetIO: `${formatHumanSize(sample.netRx)} / ${formatHumanSize(sample.netTx)}`,
    PIDs: String(sample.pids),
  };
}

/**
 * `docker container stats` / `docker stats` (docker/cli 27:
 * cli/command/container/stats.go): running containers (all with `-a`, or
 * those named, each as typed in the CONTAINER column), one row each, from
 * the engine's deterministic samples (engine/container-stats.ts). A named
 * container that does not exist fails the whole command with the daemon's
 * error and no table. Without `--no-stream`, a terminal redraws the table
 * every second (clear screen, home) until Ctrl+C. Simplification: in a
 * script one frame is printed and the command returns, like `--no-stream`.
 */
export const containerStatsCommand: DockerCommand = {
  name: "stats",
  group: "container",
  aliases: [],
  shortcut: "stats",
  usage: "[OPTIONS] [CONTAINER...]",
  short: "Display a live stream of container(s) resource usage statistics",
  args: { kind: "any" },
  flags: [
    { name: "all", short: "a", kind: "bool", usage: "Show all containers (default shows just running)" },
    { name: "format", kind: "string", usage: FORMAT_HELP_TABLE },
    { name: "no-stream", kind: "bool", usage: "Disable streaming stats and only pull the first result" },
    { name: "no-trunc", kind: "bool", usage: "Do not truncate output" },
  ],
  run(ctx, { flags, args }) {
    const noTrunc = flags["no-trunc"] === true;
    const frame = renderStats(ctx, flags, args, noTrunc, ctx.out);
    if (frame !== 0 || flags["no-stream"] === true || !ctx.host.foreground) return frame;
    // A terminal redraws the table every second until Ctrl+C (docker/foreground.ts).
    ctx.host.foreground(createRedrawJob(ctx.engine, 1000, (out) => renderStats(ctx, flags, args, noTrunc, out)));
    return 0;
  },
};

/** One frame of the stats table (or the daemon's error, status 1). */
function renderStats(ctx: DockerContext, flags: FlagValues, args: readonly string[], noTrunc: boolean, out: Output): number {
  const rows: TemplateData[] = [];
  if (args.length > 0) {
    const errors: string[] = [];
    for (const ref of args) {
      const found = findContainerOrError(ctx, ref);
      if ("error" in found) errors.push(found.error);
      else rows.push(calculateStatsFields(calculateContainerStats(ctx.engine, found.container), ref, noTrunc));
    }
    if (errors.length > 0) {
      out.err(`${errors.join("\n")}\n`);
      return 1;
    }
  } else {
    for (const c of ctx.engine.listContainers(flags.all === true)) {
      rows.push(calculateStatsFields(calculateContainerStats(ctx.engine, c), c.id.slice(0, 12), noTrunc));
    }
  }
  return writeList(out, flags.format as string | undefined, STATS_FORMAT, rows);
}
