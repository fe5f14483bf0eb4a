import type { SwarmPort } from "../../engine/swarm-state";

/**
 * `-p`/`--publish` of a service: `PUBLISHED:TARGET[/PROTOCOL]` or the long
 * form `published=8080,target=80[,protocol=udp]` (docker/cli: opts/port.go
 * PortOpt.Set). Returns the port or docker's error text.
 */
export function parseServicePort(text: string): SwarmPort | string {
  if (text.includes("=")) {
    const fields: Record<string, string> = {};
    for (const part of text.split(",")) {
      const eq = part.indexOf("=");
      if (eq < 0) return `invalid field ${part}`;
      fields[part.slice(0, eq).toLowerCase()] = part.slice(eq + 1);
    }
    const target = Number(fields.target);
    const published = Number(fields.published ?? fields.target);
    if (!Number.isInteger(target) || target <= 0) return "missing mandatory field \"target\"";
    return { published, target, protocol: fields.protocol === "udp" ? "udp" : "tcp" };
  }
  const match = /^(?:(\d+):)?(\d+)(?:\/(tcp|udp))?$/.exec(text);
  if (!match) return `invalid containerPort: ${text}`;
  const target = Number(match[2]);
  // Port 0 and ports past 65535 are no ports (go-connections nat.ParsePortSpec rejects them).
  if (target < 1 || target > 65535) return `invalid containerPort: ${text}`;
  if (match[1] !== undefined && (Number(match[1]) < 1 || Number(match[1]) > 65535)) return `invalid hostPort: ${match[1]}`;
  return { published: match[1] !== undefined ? Number(match[1]) : 30000 + target, target, protocol: match[3] === "udp" ? "udp" : "tcp" };
}

/** A Go duration as `--update-delay` takes it (`10s`, `1m30s`, `500ms`); undefined when malformed. */
export function parseGoDuration(text: string): number | undefined {
  if (text === "0") return 0;
  const units: Record<string, number> = { ns: 1e-6, us: 1e-3, "µs": 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let total = 0;
  let rest = text;
  if (rest === "") return undefined;
  while (rest !== "") {
    const m = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/.exec(rest);
    if (!m) return undefined;
    total += Number(m[1]) * (units[m[2] as string] as number);
    rest = rest.slice(m[0].length);
  }
  return total;
}

/** The PORTS cell of `service ls`: `*:80->80/tcp` per ingress port (docker/cli: service/formatter.go Ports). */
export function formatServicePorts(ports: SwarmPort[]): string {
  return ports.map((p) => `*:${p.published}->${p.target}/${p.protocol}`).join(", ");
}

/** The image a service records: a reference without a tag gets `:latest` (the CLI resolves it to a digest; Dockyard keeps the tag). */
export function calculateServiceImage(text: string): string {
  const lastPart = text.slice(text.lastIndexOf("/") + 1);
  return lastPart.includes(":") || lastPart.includes("@") ? text : `${text}:latest`;
}
