import type { DockerCommand } from "../command";
import { findContainerOrError } from "./each";

/** `5000/tcp` → [5000, "tcp"]. */
function splitKey(key: string): [number, string] {
  const slash = key.indexOf("/");
  return [Number(slash < 0 ? key : key.slice(0, slash)), slash < 0 ? "tcp" : key.slice(slash + 1)];
}

/** `0.0.0.0:5111`, `[::]:5111` (net.JoinHostPort). */
function formatHostPort(ip: string, port: string): string {
  return ip.includes(":") ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/**
 * `docker container port` / `docker port` (docker/cli 27:
 * cli/command/container/port.go): every published binding of a running
 * container as `5000/tcp -> 0.0.0.0:5111`, sorted by port; with a
 * PRIVATE_PORT[/PROTO] only its host addresses, or `Error: No public port
 * '80/tcp' published for web`.
 */
export const containerPortCommand: DockerCommand = {
  name: "port",
  group: "container",
  aliases: [],
  shortcut: "port",
  usage: "CONTAINER [PRIVATE_PORT[/PROTO]]",
  short: "List port mappings or a specific mapping for the container",
  args: { kind: "min", n: 1 },
  flags: [],
  run(ctx, { args }) {
    if (args.length > 2) {
      ctx.out.err(`"${ctx.commandPath}" requires at most 2 arguments.\nSee '${ctx.commandPath} --help'.\n\nUsage:  ${ctx.commandPath} CONTAINER [PRIVATE_PORT[/PROTO]]\n\nList port mappings or a specific mapping for the container\n`);
      return 1;
    }
    const found = findContainerOrError(ctx, args[0] as string);
    if ("error" in found) {
      ctx.out.err(`${found.error}\n`);
      return 1;
    }
    const ports = found.container.state.Running ? (found.container.networkSettings?.Ports ?? {}) : {};
    const wanted = args[1];
    if (wanted !== undefined) {
      const [port, proto = "tcp"] = wanted.split("/");
      const key = `${port}/${proto}`;
      const bindings = ports[key] ?? [];
      if (bindings.length === 0) {
        ctx.out.err(`Error: No public port '${key}' published for ${args[0]}\n`);
        return 1;
      }
      ctx.out.out(bindings.map((b) => `${formatHostPort(b.HostIp, b.HostPort)}\n`).join(""));
      return 0;
    }
    const keys = Object.keys(ports).sort((a, b) => splitKey(a)[0] - splitKey(b)[0] || a.localeCompare(b));
    for (const key of keys) for (const b of ports[key] ?? []) ctx.out.out(`${key} -> ${formatHostPort(b.HostIp, b.HostPort)}\n`);
    return 0;
  },
};
