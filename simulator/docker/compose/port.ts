import { loadProjectOrError, type ComposeCommand } from "./command";
import { findServiceContainer } from "./selection";

/** `docker compose port SERVICE PRIVATE_PORT` (cmd/compose/port.go): the published `IP:PORT`. */
export const composePortCommand: ComposeCommand = {
  name: "port",
  usage: "[OPTIONS] SERVICE PRIVATE_PORT",
  short: "Print the public port for a port binding",
  flags: [
    { name: "index", kind: "int", usage: "Index of the container if service has multiple replicas" },
    { name: "protocol", kind: "string", usage: "tcp or udp", defaultText: '"tcp"' },
  ],
  run(ctx, { flags, args }) {
    if (args.length !== 2) {
      ctx.out.err(`"docker compose port" requires exactly 2 arguments.\nSee 'docker compose port --help'.\n\nUsage:  docker compose port [OPTIONS] SERVICE PRIVATE_PORT\n\nPrint the public port for a port binding\n`);
      return 1;
    }
    const project = loadProjectOrError(ctx);
    if (typeof project === "number") return project;
    const container = findServiceContainer(ctx, project, args[0] as string, (flags.index as number | undefined) ?? 1);
    if (typeof container === "string") {
      ctx.out.err(`${container}\n`);
      return 1;
    }
    const key = `${args[1]}/${(flags.protocol as string | undefined) ?? "tcp"}`;
    const binding = container.networkSettings?.Ports?.[key]?.find((b) => b.HostPort);
    if (!binding) {
      ctx.out.err(`no port ${key} for container ${container.name}: no mapping\n`);
      return 1;
    }
    ctx.out.out(`${binding.HostIp || "0.0.0.0"}:${binding.HostPort}\n`);
    return 0;
  },
};
