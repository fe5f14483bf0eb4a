import { formatHumanDuration, formatHumanSize, formatHumanSize4 } from "../../cli/units";
import type { TemplateData } from "../../cli/template";
import { calculateShortId } from "../../core/ids";
import { calculateCacheRecordId } from "../../engine/build-cache-prune";
import type { DiskUsage } from "../../engine/disk-usage";
import { listImageReferences } from "../../engine/image-lookup";
import type { ListFormat } from "./write";

/** The summary table (docker/cli 27: cli/command/formatter/disk_usage.go defaultDiskUsageTableFormat). */
export const DISK_USAGE_FORMAT: ListFormat = {
  defaultTable: "{{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}",
  headers: { Type: "TYPE", TotalCount: "TOTAL", Active: "ACTIVE", Size: "SIZE", Reclaimable: "RECLAIMABLE" },
  typeName: "*formatter.diskUsageImagesContext",
};

/** `-v`'s image table (defaultDiskUsageImageTableFormat). */
export const DISK_USAGE_IMAGES_FORMAT: ListFormat = {
  defaultTable: "{{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}",
  headers: { Repository: "REPOSITORY", Tag: "TAG", ID: "IMAGE ID", CreatedSince: "CREATED", Size: "SIZE", SharedSize: "SHARED SIZE", UniqueSize: "UNIQUE SIZE", Containers: "CONTAINERS" },
  typeName: "*formatter.imageContext",
};

/** `-v`'s container table (defaultDiskUsageContainerTableFormat). */
export const DISK_USAGE_CONTAINERS_FORMAT: ListFormat = {
  defaultTable: "{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}\t{{.Status}}\t{{.Names}}",
  headers: { ID: "CONTAINER ID", Image: "IMAGE", Command: "COMMAND", LocalVolumes: "LOCAL VOLUMES", Size: "SIZE", RunningFor: "CREATED", Status: "STATUS", Names: "NAMES" },
  typeName: "*formatter.ContainerContext",
};

/** `-v`'s volume table (defaultDiskUsageVolumeTableFormat). */
export const DISK_USAGE_VOLUMES_FORMAT: ListFormat = {
  defaultTable: "{{.Name}}\t{{.Links}}\t{{.Size}}",
  headers: { Name: "VOLUME NAME", Links: "LINKS", Size: "SIZE" },
  typeName: "*formatter.volumeContext",
};

/** `-v`'s build cache table (defaultDiskUsageBuildCacheTableFormat, formatter/buildcache.go headers). */
export const DISK_USAGE_BUILD_CACHE_FORMAT: ListFormat = {
  defaultTable: "{{.ID}}\t{{.CacheType}}\t{{.Size}}\t{{.CreatedSince}}\t{{.LastUsedSince}}\t{{.UsageCount}}\t{{.Shared}}",
  headers: { ID: "CACHE ID", CacheType: "CACHE TYPE", Size: "SIZE", CreatedSince: "CREATED", LastUsedSince: "LAST USED", UsageCount: "USAGE", Shared: "SHARED" },
  typeName: "*formatter.buildCacheContext",
};

/** `7.83MB (70%)`: the size and its integer percentage of the total, when there is a total. */
function formatReclaimable(reclaimable: number, total: number): string {
  const size = formatHumanSize4(reclaimable);
  return total > 0 ? `${size} (${Math.trunc((reclaimable * 100) / total)}%)` : size;
}

/**
 * The four summary rows: Images (reclaimable = layers not held by an image
 * a container uses), Containers (active = running, paused, restarting),
 * Local Volumes, Build Cache (no percentage) — disk_usage.go in docker/cli 27.
 */
export function calculateDiskUsageRows(usage: DiskUsage): TemplateData[] {
  const usedImages = usage.images.filter((i) => i.containers > 0);
  const used = usedImages.reduce((n, i) => n + i.image.size - i.sharedSize, 0);
  const activeStates = ["running", "paused", "restarting"];
  const containerSize = usage.containers.reduce((n, c) => n + c.sizeRw, 0);
  const active = usage.containers.filter((c) => activeStates.includes(c.container.state.Status));
  const idleSize = containerSize - active.reduce((n, c) => n + c.sizeRw, 0);
  const row = (Type: string, TotalCount: number, Active: number, Size: string, Reclaimable: string): TemplateData => ({
    Active: String(Active),
    Reclaimable,
    Size,
    TotalCount: String(TotalCount),
    Type,
  });
  return [
    row("Images", usage.images.length, usedImages.length, formatHumanSize4(usage.layersSize), formatReclaimable(usage.layersSize - used, usage.layersSize)),
    row("Containers", usage.containers.length, active.length, formatHumanSize4(containerSize), formatReclaimable(idleSize, containerSize)),
    row("Local Volumes", 0, 0, formatHumanSize4(0), formatReclaimable(0, 0)),
    row("Build Cache", usage.buildCache.length, 0, formatHumanSize4(usage.builderSize), formatHumanSize4(usage.builderSize)),
  ];
}

/** `-v` image rows: the first tag only, `<none>` for dangling images (disk_usage.go verboseWrite). */
export function calculateDiskUsageImageRows(usage: DiskUsage, now: number): TemplateData[] {
  return usage.images.map(({ image, containers, sharedSize }) => {
    const first = listImageReferences(image).find((r) => r.kind === "tag");
    const colon = first ? first.familiar.lastIndexOf(":") : -1;
    return {
      Containers: String(containers),
      CreatedSince: `${formatHumanDuration(now - image.created)} ago`,
      ID: calculateShortId(image.id),
      Repository: first ? first.familiar.slice(0, colon) : "<none>",
      SharedSize: formatHumanSize(sharedSize),
      Size: formatHumanSize(image.size),
      Tag: first ? first.familiar.slice(colon + 1) : "<none>",
      UniqueSize: formatHumanSize(image.size - sharedSize),
    };
  });
}

/** `-v` build cache rows (formatter/buildcache.go): 12-character IDs, sizes to three digits. */
export function calculateDiskUsageCacheRows(usage: DiskUsage, now: number): TemplateData[] {
  return usage.buildCache.map((entry) => ({
    CacheType: entry.type,
    CreatedSince: `${formatHumanDuration(now - entry.createdAt)} ago`,
    ID: calculateShortId(calculateCacheRecordId(entry)),
    LastUsedSince: `${formatHumanDuration(now - entry.lastUsedAt)} ago`,
    Shared: "false",
    Size: formatHumanSize(entry.size),
    UsageCount: String(entry.usageCount),
  }));
}
