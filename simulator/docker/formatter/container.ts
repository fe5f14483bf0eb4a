import { calculateShortId } from "../../core/ids";
import { formatHumanDuration, formatHumanSize } from "../../cli/units";
import type { TemplateData } from "../../cli/template";
import type { ImageRecord } from "../../image/types";
import type { ContainerRecord } from "../../runtime/types";
import { calculatePortSummaries, type PortSummary } from "../../engine/ports";
import { formatEllipsis, formatGoTime, type ListFormat } from "./write";

/** `docker ps`'s columns (docker/cli: cli/command/formatter/container.go). */
export const CONTAINER_LIST_FORMAT: ListFormat = {
  defaultTable: "{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}",
  headers: {
    ID: "CONTAINER ID",
    Image: "IMAGE",
    Command: "COMMAND",
    CreatedAt: "CREATED AT",
    RunningFor: "CREATED",
    Ports: "PORTS",
    State: "STATE",
    Status: "STATUS",
    Size: "SIZE",
    Names: "NAMES",
    Labels: "LABELS",
    Mounts: "MOUNTS",
    LocalVolumes: "LOCAL VOLUMES",
    Networks: "NETWORKS",
  },
  typeName: "*formatter.ContainerContext",
};

/**
 * The STATUS text the daemon computes (moby/moby: daemon/container/state.go
 * State.String(); fidelity-reference §1.2).
 */
export function formatContainerStatus(container: ContainerRecord, now: number): string {
  const s = container.state;
  if (s.Running) {
    if (s.Paused) return `Up ${formatHumanDuration(now - s.StartedAt)} (Paused)`;
    if (s.Restarting) return `Restarting (${s.ExitCode}) ${formatHumanDuration(now - s.FinishedAt)} ago`;
    // daemon/container/state.go: the health status follows a running container's uptime.
    const health = s.Health ? { starting: " (health: starting)", healthy: " (healthy)", unhealthy: " (unhealthy)" }[s.Health.Status] : "";
    return `Up ${formatHumanDuration(now - s.StartedAt)}${health}`;
  }
  if (s.Status === "removing") return "Removal In Progress";
  if (s.Dead) return "Dead";
  if (s.StartedAt === 0) return "Created";
  return `Exited (${s.ExitCode}) ${formatHumanDuration(now - s.FinishedAt)} ago`;
}

/** net.JoinHostPort: brackets around an IPv6 address. */
function formatHostPort(ip: string, port: string): string {
  return ip.includes(":") ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/**
 * The PORTS column (docker/cli 27.x: cli/command/formatter/container.go
 * DisplayablePorts): ports sorted by private port, IP, public port, type;
 * unpublished ports and same-number mappings grouped per IP/type into ranges
 * (`80-82/tcp`, `0.0.0.0:5000->5000/tcp`), then other mappings; IPv6 hosts in
 * brackets (`[::]:5000->5000/tcp`; fidelity-reference §1.3).
 */
export function formatDisplayablePorts(input: readonly PortSummary[]): string {
  const ports = [...input].sort(
    (a, b) =>
      a.PrivatePort - b.PrivatePort ||
      (a.IP < b.IP ? -1 : a.IP > b.IP ? 1 : 0) ||
      (a.PublicPort ?? 0) - (b.PublicPort ?? 0) ||
      (a.Type < b.Type ? -1 : a.Type > b.Type ? 1 : 0),
  );
  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const hostMappings: string[] = [];
  const formGroup = (key: string, first: number, last: number): string => {
    const [groupIp, groupType] = key.includes("|") ? (key.split("|") as [string, string]) : ["", key];
    const range = first === last ? String(first) : `${first}-${last}`;
    return `${groupIp !== "" ? `${formatHostPort(groupIp, range)}->${range}` : range}/${groupType}`;
  };
  for (const port of ports) {
    let key = port.Type;
    if (port.IP !== "") {
      if ((port.PublicPort ?? 0) !== port.PrivatePort) {
        hostMappings.push(`${formatHostPort(port.IP, String(port.PublicPort ?? 0))}->${port.PrivatePort}/${port.Type}`);
        continue;
      }
      key = `${port.IP}|${port.Type}`;
    }
    const group = groups.get(key);
    if (!group) groups.set(key, { first: port.PrivatePort, last: port.PrivatePort });
    else if (port.PrivatePort === group.last + 1) group.last = port.PrivatePort;
    else {
      result.push(formGroup(key, group.first, group.last));
      groups.set(key, { first: port.PrivatePort, last: port.PrivatePort });
    }
  }
  for (const [key, g] of groups) result.push(formGroup(key, g.first, g.last));
  return [...result, ...hostMappings].join(", ");
}

/** Go's strconv.Quote for the COMMAND column. */
function formatGoQuoted(text: string): string {
  return JSON.stringify(text).replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => `\\u${hex}`);
}

/**
 * One `docker ps` row's fields (ContainerContext). IMAGE is the image as
 * typed, or the short image ID when that name no longer points at the
 * container's image (fidelity-reference §1.1).
 */
export function calculateContainerFields(
  container: ContainerRecord,
  now: number,
  options: { trunc: boolean; resolveImage: (text: string) => ImageRecord | undefined },
): TemplateData {
  const command = [container.path, ...container.args].join(" ");
  let image = container.config.Image || "<no image>";
  const resolved = options.resolveImage(container.config.Image);
  if (resolved?.id !== container.imageId) image = options.trunc ? calculateShortId(container.imageId) : container.imageId;
  const labels = Object.entries(container.config.Labels).map(([k, v]) => `${k}=${v}`);
  return {
    Command: formatGoQuoted(options.trunc ? formatEllipsis(command, 20) : command),
    CreatedAt: formatGoTime(container.created),
    ID: options.trunc ? calculateShortId(container.id) : container.id,
    Image: image,
    Labels: labels.join(","),
    LocalVolumes: "0",
    Mounts: "",
    Names: container.name,
    Networks: "bridge",
    Ports: formatDisplayablePorts(calculatePortSummaries(container)),
    RunningFor: `${formatHumanDuration(now - container.created)} ago`,
    Size: `0B (virtual ${formatHumanSize(options.resolveImage(container.imageId)?.size ?? 0)})`,
    State: container.state.Status,
    Status: formatContainerStatus(container, now),
  };
}
