import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { formatHumanSize4 } from "../../cli/units";
import { pruneImages } from "../../engine/image-prune";
import { readFilterFlag } from "../filters";
import { confirmPrompt } from "../prompt";

/** The confirmation texts (docker/cli 27: cli/command/image/prune.go). */
const DANGLING_WARNING = "WARNING! This will remove all dangling images.\nAre you sure you want to continue?";
const ALL_WARNING = "WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue?";

/**
 * `docker image prune` (docker/cli 27: cli/command/image/prune.go): asks
 * first unless `-f`; a "no" (or stdin at its end) cancels, which docker
 * ends silently with status 0 (errdefs.Cancelled, cmd/docker/docker.go).
 * Then `Deleted Images:` with `untagged:` / `deleted:` lines and a blank
 * line, and always `Total reclaimed space: <go-units HumanSize>`.
 */
export const imagePruneCommand: DockerCommand = {
  name: "prune",
  group: "image",
  aliases: [],
  usage: "[OPTIONS]",
  short: "Remove unused images",
  args: { kind: "none" },
  flags: [
    { name: "all", short: "a", kind: "bool", usage: "Remove all unused images, not just dangling ones" },
    { name: "filter", kind: "list", valueName: "filter", usage: 'Provide filter values (e.g. "until=<timestamp>")' },
    { name: "force", short: "f", kind: "bool", usage: "Do not prompt for confirmation" },
  ],
  run(ctx, invocation) {
    const filters = readFilterFlag(ctx, invocation);
    if (typeof filters === "number") return filters;
    const all = invocation.flags.all === true;
    (filters["dangling"] ??= []).push(all ? "false" : "true");
    if (invocation.flags.force !== true && !confirmPrompt(ctx, all ? ALL_WARNING : DANGLING_WARNING)) return 0;
    const result = pruneImages(ctx.engine, filters);
    if (!result.ok) return writeDaemonError(ctx.out, result.error.message);
    const { deleted, spaceReclaimed } = result.value;
    if (deleted.length > 0) {
      const lines = deleted.map((r) => ("untagged" in r ? `untagged: ${r.untagged}\n` : `deleted: ${r.deleted}\n`)).join("");
      ctx.out.out(`Deleted Images:\n${lines}\n`);
    }
    ctx.out.out(`Total reclaimed space: ${formatHumanSize4(deleted.length > 0 ? spaceReclaimed : 0)}\n`);
    return 0;
  },
};
