import { formatHumanSize4 } from "../../cli/units";
import { calculateCacheRecordId, pruneBuildCache } from "../../engine/build-cache-prune";
import { pruneContainers } from "../../engine/container-remove";
import { pruneImages } from "../../engine/image-prune";
import { pruneNetworks } from "../../engine/network-ops";
import { matchLabelFilters, parseUntilFilter, validateFilterKeys, type FilterArgs } from "../../engine/prune-filters";
import { pruneVolumes } from "../../engine/volume-ops";
import type { DockerCommand, DockerContext } from "../command";
import { writeDaemonError } from "../command";
import { readFilterFlag } from "../filters";
import { confirmPrompt } from "../prompt";

/**
 * The confirmation text (docker/cli 27: cli/command/system/prune.go
 * confirmationTemplate): one `  - ` line per kind of object, the filters
 * when given, a blank line, the question.
 */
export function formatSystemPruneWarning(all: boolean, volumes: boolean, filters: FilterArgs): string {
  const warnings = ["all stopped containers", "all networks not used by at least one container"];
  if (volumes) warnings.push("all anonymous volumes not used by at least one container");
  warnings.push(all ? "all images without at least one container associated to them" : "all dangling images");
  warnings.push(all ? "all build cache" : "unused build cache");
  let text = `WARNING! This will remove:${warnings.map((w) => `\n  - ${w}`).join("")}\n`;
  const pairs = Object.entries(filters).flatMap(([k, values]) => values.map((v) => `${k}=${v}`));
  if (pairs.length > 0) text += `\n  Items to be pruned will be filtered with:${pairs.map((p) => `\n  - ${p}`).join("")}\n`;
  return `${text}\nAre you sure you want to continue?`;
}

/** One sub-prune's report: the lines it prints (with their heading) and the bytes it freed. */
type Step = { output: string; reclaimed: number } | { error: string };

function pruneContainersStep(ctx: DockerContext, filters: FilterArgs): Step {
  const keys = validateFilterKeys(filters, ["label", "label!", "until"]);
  if (!keys.ok) return { error: keys.error.message };
  const until = parseUntilFilter(filters, ctx.engine.clock.now());
  if (!until.ok) return { error: until.error.message };
  const report = pruneContainers(ctx.engine, (c) => (until.value !== undefined && c.created >= until.value) || !matchLabelFilters(filters, c.config.Labels));
  return { output: report.deleted.length > 0 ? `Deleted Containers:\n${report.deleted.map((id) => `${id}\n`).join("")}` : "", reclaimed: report.spaceReclaimed };
}

function pruneImagesStep(ctx: DockerContext, filters: FilterArgs, all: boolean): Step {
  const result = pruneImages(ctx.engine, { ...filters, dangling: [all ? "false" : "true"] });
  if (!result.ok) return { error: result.error.message };
  const { deleted, spaceReclaimed } = result.value;
  if (deleted.length === 0) return { output: "", reclaimed: 0 };
  const lines = deleted.map((r) => ("untagged" in r ? `untagged: ${r.untagged}\n` : `deleted: ${r.deleted}\n`)).join("");
  return { output: `Deleted Images:\n${lines}`, reclaimed: spaceReclaimed };
}

function pruneBuildCacheStep(ctx: DockerContext, filters: FilterArgs, all: boolean): Step {
  const result = pruneBuildCache(ctx.engine, { all, filters });
  if (!result.ok) return { error: result.error.message };
  const removed = result.value.removed;
  const output = removed.length > 0 ? `Deleted build cache objects:\n${removed.map((e) => `${calculateCacheRecordId(e)}\n`).join("")}` : "";
  return { output, reclaimed: removed.reduce((n, e) => n + e.size, 0) };
}

/**
 * `docker system prune` (docker/cli 27: cli/command/system/prune.go): asks
 * with the list of what goes unless `-f` (a "no" ends silently, status 0);
 * then prunes stopped containers, unused networks, with `--volumes` unused
 * anonymous volumes, dangling images (all unused with `-a`) and build
 * cache, printing each non-empty report followed by a blank line, and
 * `Total reclaimed space: …`. `--volumes` with an `until` filter is
 * refused as docker does. Simplification: filters narrow containers,
 * images and build cache; networks and volumes are left alone when any
 * filter is given (their `label`/`until` filters are not modelled).
 */
export const systemPruneCommand: DockerCommand = {
  name: "prune",
  group: "system",
  aliases: [],
  usage: "[OPTIONS]",
  short: "Remove unused data",
  args: { kind: "none" },
  flags: [
    { name: "all", short: "a", kind: "bool", usage: "Remove all unused images not just dangling ones" },
    { name: "filter", kind: "list", valueName: "filter", usage: 'Provide filter values (e.g. "label=<key>=<value>")' },
    { name: "force", short: "f", kind: "bool", usage: "Do not prompt for confirmation" },
    { name: "volumes", kind: "bool", usage: "Prune anonymous volumes" },
  ],
  run(ctx, invocation) {
    const filters = readFilterFlag(ctx, invocation);
    if (typeof filters === "number") return filters;
    const all = invocation.flags.all === true;
    const volumes = invocation.flags.volumes === true;
    if (volumes && filters.until) {
      ctx.out.err(`ERROR: The "until" filter is not supported with "--volumes"\n`);
      return 1;
    }
    if (invocation.flags.force !== true && !confirmPrompt(ctx, formatSystemPruneWarning(all, volumes, filters))) return 0;
    const filtered = Object.keys(filters).length > 0;
    const steps: (() => Step)[] = [
      () => pruneContainersStep(ctx, filters),
      () => {
        const removed = filtered ? [] : pruneNetworks(ctx.engine);
        return { output: removed.length > 0 ? `Deleted Networks:\n${removed.map((n) => `${n}\n`).join("")}` : "", reclaimed: 0 };
      },
      ...(volumes
        ? [
            (): Step => {
              const removed = filtered ? [] : pruneVolumes(ctx.engine, false);
              return { output: removed.length > 0 ? `Deleted Volumes:\n${removed.map((n) => `${n}\n`).join("")}` : "", reclaimed: 0 };
            },
          ]
        : []),
      () => pruneImagesStep(ctx, filters, all),
      () => pruneBuildCacheStep(ctx, filters, all),
    ];
    let reclaimed = 0;
    for (const step of steps) {
      const report = step();
      if ("error" in report) return writeDaemonError(ctx.out, report.error);
      reclaimed += report.reclaimed;
      if (report.output !== "") ctx.out.out(`${report.output}\n`);
    }
    ctx.out.out(`Total reclaimed space: ${formatHumanSize4(reclaimed)}\n`);
    return 0;
  },
};
