import type { DockerCommand } from "../command";
import { getNetwork, removeNetwork } from "../../engine/network-ops";

/**
 * `docker network rm` (docker/cli 27: cli/command/network/remove.go): each
 * failure printed at once (`-f` skips missing networks), each removed
 * network printed as typed; exit 1 if any failed.
 */
export const networkRmCommand: DockerCommand = {
  name: "rm",
  group: "network",
  aliases: ["remove"],
  usage: "NETWORK [NETWORK...]",
  short: "Remove one or more networks",
  args: { kind: "min", n: 1 },
  flags: [{ name: "force", short: "f", kind: "bool", usage: "Do not error if the network does not exist" }],
  run(ctx, { flags, args }) {
    let status = 0;
    for (const ref of args) {
      const found = getNetwork(ctx.engine, ref);
      const removed = found.ok ? removeNetwork(ctx.engine, found.value) : found;
      if (!removed.ok) {
        if (flags.force === true && removed.error.kind === "not-found") continue;
        ctx.out.err(`Error response from daemon: ${removed.error.message}\n`);
        status = 1;
        continue;
      }
      ctx.out.out(`${ref}\n`);
    }
    return status;
  },
};
