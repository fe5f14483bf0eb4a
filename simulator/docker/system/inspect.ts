import type { DockerCommand } from "../command";
import { FORMAT_HELP_INSPECT } from "../command";
import { calculateContainerInspect } from "../../engine/container-inspect";
import type { Engine } from "../../engine/engine";
import { lookupImageInspect } from "../image/inspect";
import { writeInspect, type InspectLookup } from "../formatter/inspect";

/** The object types `--type` accepts (docker/cli 27: cli/command/system/inspect.go). */
const TYPES = ["config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"];

const SWARM_ERROR =
  'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';

/**
 * One type's lookup, as the typed inspect calls report a miss. Simplification:
 * networks, volumes and plugins are not modelled here, so they are never found.
 */
function lookupTyped(engine: Engine, type: string, ref: string, size: boolean): InspectLookup & { skippable?: boolean } {
  switch (type) {
    case "container": {
      const found = engine.getContainer(ref);
      if (found.ok) return { ok: true, value: calculateContainerInspect(engine, found.value, size) };
      if (found.error.kind === "not-found") return { ok: false, message: `Error: No such container: ${ref}`, skippable: true };
      return { ok: false, message: `Error response from daemon: ${found.error.message}` };
    }
    case "image": {
      const found = lookupImageInspect(engine, ref);
      if (found.ok) return found;
      const skippable = found.message.startsWith("Error: No such image") || found.message.includes("invalid reference format");
      return { ...found, skippable };
    }
    case "network":
      return { ok: false, message: `Error response from daemon: network ${ref} not found`, skippable: true };
    case "volume":
      return { ok: false, message: `Error response from daemon: get ${ref}: no such volume`, skippable: true };
    case "plugin":
      return { ok: false, message: `Error response from daemon: plugin "${ref}" not found`, skippable: true };
    default:
      return { ok: false, message: SWARM_ERROR };
  }
}

/**
 * `docker inspect` (docker/cli 27: cli/command/system/inspect.go
 * inspectAll; fidelity-reference §1.7): without `--type` each name is tried
 * as a container, an image, a network, a volume and a plugin (swarm objects
 * are skipped on a node that is not a manager), and a name none of them
 * knows is `Error: No such object: x`. `-s` adds SizeRw/SizeRootFs to
 * containers and warns for anything else.
 */
export const inspectCommand: DockerCommand = {
  name: "inspect",
  group: "",
  aliases: [],
  usage: "[OPTIONS] NAME|ID [NAME|ID...]",
  short: "Return low-level information on Docker objects",
  args: { kind: "min", n: 1 },
  flags: [
    { name: "format", short: "f", kind: "string", usage: FORMAT_HELP_INSPECT },
    { name: "size", short: "s", kind: "bool", usage: "Display total file sizes if the type is container" },
    { name: "type", kind: "string", usage: "Only inspect objects of the given type" },
  ],
  run(ctx, { flags, args }) {
    const type = (flags.type as string | undefined) ?? "";
    if (type !== "" && !TYPES.includes(type)) {
      ctx.out.err(`${JSON.stringify(type)} is not a valid value for --type\n`);
      return 1;
    }
    const size = flags.size === true;
    return writeInspect(ctx.out, args, flags.format as string | undefined, (ref) => {
      if (type !== "") {
        const found = lookupTyped(ctx.engine, type, ref, size);
        if (found.ok && size && type !== "container") ctx.out.err(`WARNING: --size ignored for ${type}\n`);
        return found.ok ? found : { ok: false, message: found.message };
      }
      for (const candidate of ["container", "image", "network", "volume", "plugin"]) {
        const found = lookupTyped(ctx.engine, candidate, ref, size);
        if (found.ok) {
          if (size && candidate !== "container") ctx.out.err(`WARNING: --size ignored for ${candidate}\n`);
          return found;
        }
        if (!found.skippable) return { ok: false, message: found.message };
      }
      return { ok: false, message: `Error: No such object: ${ref}` };
    });
  },
};
