import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { getManagedSwarm } from "../../engine/swarm";
import { formatJoinCommand } from "./init";

/**
 * `docker swarm join-token worker|manager` (docker/cli 27:
 * cli/command/swarm/join_token.go): the join command, or only the token
 * with `-q`. Simplification: `--rotate` keeps the same token.
 */
export const swarmJoinTokenCommand: DockerCommand = {
  name: "join-token",
  group: "swarm",
  aliases: [],
  usage: "[OPTIONS] (worker|manager)",
  short: "Manage join tokens",
  args: { kind: "exact", n: 1 },
  flags: [
    { name: "quiet", short: "q", kind: "bool", usage: "Only display token" },
    { name: "rotate", kind: "bool", usage: "Rotate join token" },
  ],
  run(ctx, { flags, args }) {
    const role = args[0] as string;
    if (role !== "worker" && role !== "manager") {
      ctx.out.err("unknown role " + role + "\n");
      return 1;
    }
    const swarm = getManagedSwarm(ctx.engine);
    if (!swarm.ok) return writeDaemonError(ctx.out, swarm.error.message);
    if (flags.quiet === true) ctx.out.out(`${swarm.value.tokens[role]}\n`);
    else ctx.out.out(formatJoinCommand(swarm.value, role));
    return 0;
  },
};
