import { ComposeError, type ComposePort } from "./types";

function parseRange(text: string): [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!m) return undefined;
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  return lo <= hi && hi <= 65535 ? [lo, hi] : undefined;
}

/**
 * A port in the short syntax, `[HOST_IP:][HOST[-HOST]:]CONTAINER[-CONTAINER][/PROTOCOL]`,
 * turned into long-form entries as compose-go's types.ParsePortConfig does
 * (through go-connections nat.ParsePortSpec): one entry per container port
 * of a range, mode `ingress`, protocol `tcp` unless given.
 */
export function parseShortPort(raw: string | number, path: string): ComposePort[] {
  const text = String(raw);
  let rest = text;
  let protocol = "tcp";
  const slash = rest.lastIndexOf("/");
  if (slash >= 0) {
    protocol = rest.slice(slash + 1).toLowerCase();
    rest = rest.slice(0, slash);
  }
  let hostIp: string | undefined;
  const bracket = /^\[([^\]]*)\]:(.*)$/.exec(rest);
  if (bracket) {
    hostIp = bracket[1];
    rest = bracket[2] as string;
  }
  const parts = rest.split(":");
  if (!hostIp && parts.length === 3) hostIp = parts.shift();
  if (parts.length > 2 || !["tcp", "udp", "sctp"].includes(protocol)) throw new ComposeError(`${path} Invalid port "${text}"`);
  const container = parseRange(parts[parts.length - 1] as string);
  const host = parts.length === 2 && parts[0] !== "" ? parseRange(parts[0] as string) : undefined;
  if (!container || (parts.length === 2 && parts[0] !== "" && !host)) throw new ComposeError(`Invalid containerPort: ${parts[parts.length - 1]}`);
  const count = container[1] - container[0] + 1;
  const entries: ComposePort[] = [];
  for (let i = 0; i < count; i++) {
    const entry: ComposePort = { mode: "ingress", target: container[0] + i, protocol };
    if (hostIp) entry.host_ip = hostIp;
    if (host) entry.published = count === 1 ? (host[0] === host[1] ? String(host[0]) : `${host[0]}-${host[1]}`) : String(host[0] + i);
    entries.push(entry);
  }
  return entries;
}

/** A port in the long syntax (`target`, `published`, `host_ip`, `protocol`, `mode`). */
export function parseLongPort(raw: Record<string, unknown>): ComposePort {
  const entry: ComposePort = { mode: typeof raw.mode === "string" ? raw.mode : "ingress", target: Number(raw.target), protocol: typeof raw.protocol === "string" ? raw.protocol : "tcp" };
  if (typeof raw.host_ip === "string") entry.host_ip = raw.host_ip;
  if (raw.published !== undefined && raw.published !== null && raw.published !== "") entry.published = String(raw.published);
  return entry;
}
