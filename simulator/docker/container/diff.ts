import type { DockerCommand } from "../command";
import { resolveContainerLayers } from "../../engine/container-fs";
import { calculateChanges } from "../../vfs/diff";
import { deserializeWritableLayer, WritableLayer } from "../../vfs/writable-layer";
import { findContainerOrError } from "./each";

/**
 * `docker container diff` / `docker diff` (docker/cli 27:
 * cli/command/container/diff.go): one `A`, `C` or `D` line per path the
 * container's read-write layer changed over its image, in path order
 * (moby/moby: daemon/changes.go, moby/go-archive changes.go).
 */
export const containerDiffCommand: DockerCommand = {
  name: "diff",
  group: "container",
  aliases: [],
  shortcut: "diff",
  usage: "CONTAINER",
  short: "Inspect changes to files or directories on a container's filesystem",
  args: { kind: "exact", n: 1 },
  flags: [],
  run(ctx, { args }) {
    const found = findContainerOrError(ctx, args[0] as string);
    if ("error" in found) {
      ctx.out.err(`${found.error}\n`);
      return 1;
    }
    const container = found.container;
    const layers = resolveContainerLayers(ctx.engine, container) ?? [];
    const upper = container.upper ? deserializeWritableLayer(container.upper) : new WritableLayer();
    const changes = calculateChanges(layers, upper).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    ctx.out.out(changes.map((c) => `${c.kind} ${c.path}\n`).join(""));
    return 0;
  },
};
