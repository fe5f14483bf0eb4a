import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { getService } from "../../engine/swarm-services";
import type { SwarmService } from "../../engine/swarm-state";

/** Go's time.Duration String for the update delay (`10s`, `1m30s`, `0s`). */
function formatGoDuration(ms: number): string {
  if (ms === 0) return "0s";
  const m = Math.floor(ms / 60_000);
  const s = (ms % 60_000) / 1000;
  return m > 0 ? `${m}m${s}s` : `${s}s`;
}

/**
 * A service in `--pretty` form (docker/cli: cli/command/service/formatter.go
 * serviceInspectPrettyTemplate), the parts Dockyard models.
 */
function formatServicePretty(service: SwarmService): string {
  const spec = service.spec;
  const lines = [
    "",
    `ID:\t\t${service.id}`,
    `Name:\t\t${service.name}`,
    `Service Mode:\t${spec.replicas === null ? "Global" : "Replicated"}`,
    ...(spec.replicas === null ? [] : [` Replicas:\t${spec.replicas}`]),
    ...(service.updateState ? [`UpdateStatus:`, ` State:\t\t${service.updateState}`] : []),
    `Placement:`,
    `UpdateConfig:`,
    ` Parallelism:\t${spec.updateParallelism}`,
    ...(spec.updateDelay > 0 ? [` Delay:\t\t${formatGoDuration(spec.updateDelay)}`] : []),
    ` On failure:\tpause`,
    ` Monitoring Period: 5s`,
    ` Max failure ratio: 0`,
    ` Update order:      stop-first`,
    `RollbackConfig:`,
    ` Parallelism:\t1`,
    ` On failure:\tpause`,
    ` Monitoring Period: 5s`,
    ` Max failure ratio: 0`,
    ` Rollback order:    stop-first`,
    `ContainerSpec:`,
    ` Image:\t\t${spec.image}`,
    ...(spec.args.length > 0 ? [` Args:\t\t${spec.args.join(" ")} `] : []),
    ...(spec.env.length > 0 ? [` Env:\t\t${spec.env.join(" ")}`] : []),
    ` Init:\t\tfalse`,
    `Resources:`,
    `Endpoint Mode:\tvip`,
  ];
  if (spec.ports.length > 0) {
    lines.push("Ports:");
    for (const p of spec.ports) lines.push(` PublishedPort = ${p.published}`, `  Protocol = ${p.protocol}`, `  TargetPort = ${p.target}`, `  PublishMode = ingress`);
  }
  return lines.join("\n") + " \n";
}

/**
 * `docker service inspect [--pretty] SERVICE...` (docker/cli 27:
 * cli/command/service/inspect.go). Simplification: without `--pretty`
 * the JSON holds the spec fields Dockyard models.
 */
export const serviceInspectCommand: DockerCommand = {
  name: "inspect",
  group: "service",
  aliases: [],
  usage: "[OPTIONS] SERVICE [SERVICE...]",
  short: "Display detailed information on one or more services",
  args: { kind: "min", n: 1 },
  flags: [
    { name: "format", short: "f", kind: "string", usage: "Format output using a custom template" },
    { name: "pretty", kind: "bool", usage: "Print the information in a human friendly format" },
  ],
  run(ctx, { flags, args }) {
    const services: SwarmService[] = [];
    for (const ref of args) {
      const found = getService(ctx.engine, ref);
      if (!found.ok) {
        if (found.error.kind !== "not-found") return writeDaemonError(ctx.out, found.error.message);
        ctx.out.out("[]\n");
        ctx.out.err(`Error: no such service: ${ref}\n`);
        return 1;
      }
      services.push(found.value.service);
    }
    if (flags.pretty === true) {
      ctx.out.out(services.map(formatServicePretty).join("\n\n"));
      return 0;
    }
    const at = (ms: number): string => new Date(ms).toISOString().replace(/\.\d+Z$/, ".000000000Z");
    const json = services.map((s) => ({
      ID: s.id,
      Version: { Index: 10 + s.version },
      CreatedAt: at(s.createdAt),
      UpdatedAt: at(s.updatedAt),
      Spec: {
        Name: s.name,
        Labels: s.spec.labels,
        TaskTemplate: { ContainerSpec: { Image: s.spec.image, ...(s.spec.args.length > 0 ? { Args: s.spec.args } : {}), ...(s.spec.env.length > 0 ? { Env: s.spec.env } : {}) } },
        Mode: s.spec.replicas === null ? { Global: {} } : { Replicated: { Replicas: s.spec.replicas } },
        UpdateConfig: { Parallelism: s.spec.updateParallelism, ...(s.spec.updateDelay > 0 ? { Delay: s.spec.updateDelay * 1e6 } : {}), FailureAction: "pause", Monitor: 5e9, MaxFailureRatio: 0, Order: "stop-first" },
        EndpointSpec: { Mode: "vip", ...(s.spec.ports.length > 0 ? { Ports: s.spec.ports.map((p) => ({ Protocol: p.protocol, TargetPort: p.target, PublishedPort: p.published, PublishMode: "ingress" })) } : {}) },
      },
    }));
    ctx.out.out(JSON.stringify(json, null, 4) + "\n");
    return 0;
  },
};
