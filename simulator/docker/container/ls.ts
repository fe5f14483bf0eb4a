import type { DockerCommand } from "../command";
import { FORMAT_HELP_TABLE, writeDaemonError } from "../command";
import { calculateContainerFields, CONTAINER_LIST_FORMAT } from "../formatter/container";
import { writeList } from "../formatter/write";
import type { ContainerRecord } from "../../runtime/types";

const FILTER_KEYS = new Set(["status", "name", "id", "exited", "label", "ancestor", "health"]);
/** container.IsValidHealthString (moby/moby: daemon/list.go `Unrecognised filter value for health`). */
const HEALTH_VALUES = new Set(["starting", "healthy", "unhealthy", "none"]);
const STATUSES = new Set(["created", "restarting", "running", "removing", "paused", "exited", "dead"]);

/** Applies `--filter key=value` as the daemon does for the keys learners use (moby/moby: daemon/list.go). */
function applyFilters(containers: ContainerRecord[], filters: string[]): ContainerRecord[] | string {
  const byKey = new Map<string, string[]>();
  for (const f of filters) {
    const eq = f.indexOf("=");
    if (eq < 0) return `bad format of filter (expected name=value)`;
    const key = f.slice(0, eq).toLowerCase();
    if (!FILTER_KEYS.has(key)) return `invalid filter '${key}'`;
    const value = f.slice(eq + 1);
    if (key === "status" && !STATUSES.has(value)) {
      return `invalid filter 'status=${value}'`;
    }
    if (key === "health" && !HEALTH_VALUES.has(value)) return `Unrecognised filter value for health: ${value}`;
    byKey.set(key, [...(byKey.get(key) ?? []), value]);
  }
  return containers.filter((c) =>
    [...byKey.entries()].every(([key, values]) =>
      values.some((v) => {
        switch (key) {
          case "status":
            return c.state.Status === v;
          case "health":
            return (c.state.Health && c.config.Healthcheck?.Test[0] !== "NONE" ? c.state.Health.Status : "none") === v;
          case "name":
            return new RegExp(v).test(c.name);
          case "id":
            return c.id.startsWith(v);
          case "exited":
            return c.state.Status === "exited" && String(c.state.ExitCode) === v;
          case "ancestor":
            return c.config.Image === v || c.imageId.slice(7).startsWith(v);
          default: {
            const [lk, lv] = v.split("=");
            return lk !== undefined && lk in c.config.Labels && (lv === undefined || c.config.Labels[lk] === lv);
          }
        }
      }),
    ),
  );
}

/**
 * `docker container ls` / `docker ps` (docker/cli: cli/command/container/list.go).
 * Default shows running containers; `-a` all; `-n`/`-l` the last created in any state.
 */
export const containerLsCommand: DockerCommand = {
  name: "ls",
  group: "container",
  aliases: ["list", "ps"],
  shortcut: "ps",
  usage: "[OPTIONS]",
  short: "List containers",
  args: { kind: "none" },
  flags: [
    { name: "all", short: "a", kind: "bool", usage: "Show all containers (default shows just running)" },
    { name: "filter", short: "f", kind: "list", valueName: "filter", usage: "Filter output based on conditions provided" },
    { name: "format", kind: "string", usage: FORMAT_HELP_TABLE },
    { name: "last", short: "n", kind: "int", usage: "Show n last created containers (includes all states)", defaultText: "-1" },
    { name: "latest", short: "l", kind: "bool", usage: "Show the latest created container (includes all states)" },
    { name: "no-trunc", kind: "bool", usage: "Don't truncate output" },
    { name: "quiet", short: "q", kind: "bool", usage: "Only display container IDs" },
    { name: "size", short: "s", kind: "bool", usage: "Display total file sizes" },
  ],
  run(ctx, { flags }) {
    const last = flags.latest ? 1 : typeof flags.last === "number" ? flags.last : -1;
    let containers = ctx.engine.listContainers(flags.all === true || last > 0);
    const filtered = applyFilters(containers, (flags.filter as string[] | undefined) ?? []);
    if (typeof filtered === "string") return writeDaemonError(ctx.out, filtered);
    containers = filtered;
    if (last > 0) containers = containers.slice(0, last);
    let format = flags.format as string | undefined;
    if (flags.quiet) {
      if (format) ctx.out.err("WARNING: Ignoring custom format, because both --format and --quiet are set.\n");
      format = "{{.ID}}";
    } else if (!format && flags.size) {
      format = `table ${CONTAINER_LIST_FORMAT.defaultTable}\t{{.Size}}`;
    }
    const now = ctx.engine.clock.now();
    const trunc = flags["no-trunc"] !== true;
    // One lookup per distinct image text: a thousand containers of one image parse its reference once.
    const resolved = new Map<string, ReturnType<typeof ctx.engine.findImage>>();
    const resolveImage = (text: string) => {
      if (resolved.has(text)) return resolved.get(text);
      const ref = ctx.engine.parseReference(text);
      const image = ctx.engine.findImage(text, ref.ok ? ref.value : undefined);
      resolved.set(text, image);
      return image;
    };
    const items = containers.map((c) => calculateContainerFields(c, now, { trunc, resolveImage }));
    return writeList(ctx.out, format, CONTAINER_LIST_FORMAT, items);
  },
};
