import type { DockerCommand } from "../command";
import { formatHumanSize4 } from "../../cli/units";
import { pruneBuildCache } from "../../engine/build-cache-prune";
import { BUILDX_TABLE_HEADER, calculateBuildxRow, formatBuildxVerbose, formatTabPaddedBlock } from "../formatter/buildx-table";
import { readFilterFlag } from "../filters";
import { confirmPrompt } from "../prompt";

/** buildx's confirmation texts (docker/buildx: commands/prune.go). */
const NORMAL_WARNING = "WARNING! This will remove all dangling build cache. Are you sure you want to continue?";
const ALL_WARNING = "WARNING! This will remove all build cache. Are you sure you want to continue?";

/**
 * `docker builder prune`, which docker 27 hands to the buildx plugin as
 * `docker buildx prune` (docker/cli: cmd/docker/builder.go forwardBuilder;
 * docker/buildx 0.19: commands/prune.go): asks unless `-f` (a "no" ends it
 * quietly, status 0), then lists each removed record (the header and first
 * row flushed together, every later row on its own), and `Total:\t<size>`.
 * Errors are buildx's, printed as `ERROR: …` with status 1.
 */
export const builderPruneCommand: DockerCommand = {
  name: "prune",
  group: "builder",
  aliases: [],
  usage: "[OPTIONS]",
  short: "Remove build cache",
  args: { kind: "none" },
  flags: [
    { name: "all", short: "a", kind: "bool", usage: "Include internal/frontend images" },
    { name: "builder", kind: "string", usage: "Override the configured builder instance" },
    { name: "filter", kind: "list", valueName: "filter", usage: 'Provide filter values (e.g., "until=24h")' },
    { name: "force", short: "f", kind: "bool", usage: "Do not prompt for confirmation" },
    { name: "keep-storage", kind: "string", valueName: "bytes", usage: "Amount of disk space to keep for cache", hidden: true },
    { name: "max-used-space", kind: "string", valueName: "bytes", usage: "Maximum amount of disk space allowed to keep for cache" },
    { name: "min-free-space", kind: "string", valueName: "bytes", usage: "Target amount of free disk space after pruning" },
    { name: "reserved-space", kind: "string", valueName: "bytes", usage: "Amount of disk space always allowed to keep for cache" },
    { name: "verbose", kind: "bool", usage: "Provide a more verbose output" },
  ],
  run(ctx, invocation) {
    const { flags } = invocation;
    const filters = readFilterFlag(ctx, invocation);
    if (typeof filters === "number") return filters;
    const all = flags.all === true;
    if (flags.force !== true && !confirmPrompt(ctx, all ? ALL_WARNING : NORMAL_WARNING)) return 0;
    const builder = flags.builder as string | undefined;
    if (builder !== undefined && builder !== "default") {
      ctx.out.err(`ERROR: no builder ${JSON.stringify(builder)} found\n`);
      return 1;
    }
    const result = pruneBuildCache(ctx.engine, { all, filters });
    if (!result.ok) {
      ctx.out.err(`ERROR: ${result.error.message}\n`);
      return 1;
    }
    const now = ctx.engine.clock.now();
    const removed = result.value.removed;
    if (flags.verbose === true) {
      for (const entry of removed) ctx.out.out(formatBuildxVerbose(entry, now));
    } else {
      removed.forEach((entry, i) => {
        const row = calculateBuildxRow(entry, now);
        ctx.out.out(formatTabPaddedBlock(i === 0 ? [BUILDX_TABLE_HEADER, row] : [row]));
      });
    }
    const total = removed.reduce((n, e) => n + e.size, 0);
    ctx.out.out(formatTabPaddedBlock([["Total:", formatHumanSize4(total)]]));
    return 0;
  },
};
