import type { DockerCommand } from "../command";
import { FORMAT_HELP_TABLE, writeDaemonError } from "../command";
import { readFilterFlag } from "../filters";
import { compareNatural } from "../formatter/natural";
import { writeList, type ListFormat } from "../formatter/write";
import { ensureNetworks, listNetworkContainers } from "../../engine/network-ops";
import { isPredefinedNetwork, type NetworkRecord } from "../../engine/networks";
import type { Engine } from "../../engine/engine";

/** The network table (docker/cli: cli/command/network/formatter.go; fidelity-reference §1.10). */
const NETWORK_FORMAT: ListFormat = {
  defaultTable: "{{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}",
  headers: { ID: "NETWORK ID", Name: "NAME", Driver: "DRIVER", Scope: "SCOPE", IPv6: "IPV6", Internal: "INTERNAL", Labels: "LABELS", CreatedAt: "CREATED AT" },
  typeName: "*network.networkContext",
};

/** A filter predicate per key the daemon accepts for networks (moby/moby: daemon/network/filter.go). */
const NETWORK_FILTERS: Record<string, (engine: Engine, n: NetworkRecord, value: string) => boolean | string> = {
  name: (_e, n, value) => n.Name.includes(value),
  id: (_e, n, value) => n.Id.startsWith(value),
  driver: (_e, n, value) => n.Driver === value,
  scope: (_e, n, value) => n.Scope === value,
  label: (_e, n, value) => {
    const eq = value.indexOf("=");
    return eq < 0 ? n.Labels[value] !== undefined : n.Labels[value.slice(0, eq)] === value.slice(eq + 1);
  },
  type: (_e, n, value) => {
    if (value !== "custom" && value !== "builtin") return `invalid filter: 'type'='${value}'`;
    return isPredefinedNetwork(n.Name) === (value === "builtin");
  },
  dangling: (e, n, value) => {
    const wanted = { true: true, "1": true, false: false, "0": false }[value];
    if (wanted === undefined) return `invalid filter 'dangling=${value}'`;
    return (!isPredefinedNetwork(n.Name) && listNetworkContainers(e, n, false).length === 0) === wanted;
  },
};

/**
 * `docker network ls` (docker/cli 27: cli/command/network/list.go): natural
 * order by name, IDs cut to 12 unless `--no-trunc`, `-q`, `--format`,
 * `--filter` name, id, driver, scope, label, type, dangling.
 */
export const networkLsCommand: DockerCommand = {
  name: "ls",
  group: "network",
  aliases: ["list"],
  usage: "[OPTIONS]",
  short: "List networks",
  args: { kind: "none" },
  flags: [
    { name: "filter", short: "f", kind: "list", valueName: "filter", usage: "Provide filter values (e.g. \"driver=bridge\")" },
    { name: "format", kind: "string", usage: FORMAT_HELP_TABLE },
    { name: "no-trunc", kind: "bool", usage: "Do not truncate the output" },
    { name: "quiet", short: "q", kind: "bool", usage: "Only display network IDs" },
  ],
  run(ctx, invocation) {
    const filters = readFilterFlag(ctx, invocation, "f");
    if (typeof filters === "number") return filters;
    ctx.engine.settle();
    for (const key of Object.keys(filters)) if (!NETWORK_FILTERS[key]) return writeDaemonError(ctx.out, `invalid filter '${key}'`);
    const networks: NetworkRecord[] = [];
    for (const n of Object.values(ensureNetworks(ctx.engine))) {
      let keep = true;
      for (const [key, values] of Object.entries(filters)) {
        const results = values.map((v) => (NETWORK_FILTERS[key] as (typeof NETWORK_FILTERS)[string])(ctx.engine, n, v));
        const error = results.find((r) => typeof r === "string");
        if (typeof error === "string") return writeDaemonError(ctx.out, error);
        if (!results.includes(true)) keep = false;
      }
      if (keep) networks.push(n);
    }
    networks.sort((a, b) => compareNatural(a.Name, b.Name));
    const trunc = invocation.flags["no-trunc"] !== true;
    const format = invocation.flags.quiet === true ? "{{.ID}}" : (invocation.flags.format as string | undefined);
    return writeList(
      ctx.out,
      format,
      NETWORK_FORMAT,
      networks.map((n) => ({
        ID: trunc ? n.Id.slice(0, 12) : n.Id,
        Name: n.Name,
        Driver: n.Driver,
        Scope: n.Scope,
        IPv6: "false",
        Internal: String(n.Internal),
        Labels: Object.entries(n.Labels).map(([k, v]) => `${k}=${v}`).join(","),
        CreatedAt: new Date(n.Created).toISOString().replace("T", " ").replace(/\.\d{3}Z$/, " +0000 UTC"),
      })),
    );
  },
};
