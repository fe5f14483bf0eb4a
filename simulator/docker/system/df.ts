import type { DockerCommand, DockerContext } from "../command";
import { FORMAT_HELP_TABLE } from "../command";
import { formatHumanSize, formatHumanSize4 } from "../../cli/units";
import { calculateDiskUsage, type DiskUsage } from "../../engine/disk-usage";
import { calculateContainerFields } from "../formatter/container";
import {
  calculateDiskUsageCacheRows,
  calculateDiskUsageImageRows,
  calculateDiskUsageRows,
  DISK_USAGE_BUILD_CACHE_FORMAT,
  DISK_USAGE_CONTAINERS_FORMAT,
  DISK_USAGE_FORMAT,
  DISK_USAGE_IMAGES_FORMAT,
  DISK_USAGE_VOLUMES_FORMAT,
} from "../formatter/df";
import { isJsonContextFormat, writeJsonLines } from "../formatter/json";
import { writeList } from "../formatter/write";

/** `-v`: one table per kind, each under its heading (docker/cli 27: formatter/disk_usage.go verboseWriteTable). */
function writeVerbose(ctx: DockerContext, usage: DiskUsage): number {
  const now = ctx.engine.clock.now();
  ctx.out.out("Images space usage:\n\n");
  writeList(ctx.out, undefined, DISK_USAGE_IMAGES_FORMAT, calculateDiskUsageImageRows(usage, now));
  ctx.out.out("\nContainers space usage:\n\n");
  const resolveImage = (text: string) => {
    const ref = ctx.engine.parseReference(text);
    return ctx.engine.findImage(text, ref.ok ? ref.value : undefined);
  };
  // In df the virtual size is not shown: SizeRootFs is zeroed, so SIZE is the writable layer alone.
  const containers = usage.containers.map(({ container, sizeRw }) => ({ ...calculateContainerFields(container, now, { trunc: true, resolveImage }), Size: formatHumanSize(sizeRw) }));
  writeList(ctx.out, undefined, DISK_USAGE_CONTAINERS_FORMAT, containers);
  ctx.out.out("\nLocal Volumes space usage:\n\n");
  writeList(ctx.out, undefined, DISK_USAGE_VOLUMES_FORMAT, []);
  ctx.out.out(`\nBuild cache usage: ${formatHumanSize4(usage.builderSize)}\n\n`);
  return writeList(ctx.out, undefined, DISK_USAGE_BUILD_CACHE_FORMAT, calculateDiskUsageCacheRows(usage, now));
}

/**
 * `docker system df` (docker/cli 27: cli/command/system/df.go,
 * formatter/disk_usage.go): TYPE TOTAL ACTIVE SIZE RECLAIMABLE for images,
 * containers, local volumes and the build cache; `-v` lists each item.
 * Simplification: containers' writable layers are not modelled (0B), and
 * volumes are not counted yet.
 */
export const systemDfCommand: DockerCommand = {
  name: "df",
  group: "system",
  aliases: [],
  usage: "[OPTIONS]",
  short: "Show docker disk usage",
  args: { kind: "none" },
  flags: [
    { name: "format", kind: "string", usage: FORMAT_HELP_TABLE },
    { name: "verbose", short: "v", kind: "bool", usage: "Show detailed information on space usage" },
  ],
  run(ctx, { flags }) {
    const usage = calculateDiskUsage(ctx.engine);
    const format = flags.format as string | undefined;
    if (flags.verbose === true && (format === undefined || format === "" || format === "table")) return writeVerbose(ctx, usage);
    const rows = calculateDiskUsageRows(usage);
    if (isJsonContextFormat(format)) return writeJsonLines(ctx.out, rows);
    return writeList(ctx.out, format, DISK_USAGE_FORMAT, rows);
  },
};
