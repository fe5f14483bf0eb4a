import type { ImageRecord } from "../image/types";
import type { RuntimeState } from "../runtime/containers";
import type { ContainerRecord, PortBinding, PortMap } from "../runtime/types";

/** What `-p` specs parse to: the ports they expose and the bindings they request. */
export type PortSpecParse = { ok: true; exposed: string[]; bindings: PortMap } | { ok: false; error: string };

/** strconv.ParseUint(s, 10, 16): decimal digits only, at most 65535. */
function parsePortNumber(text: string): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n <= 65535 ? n : undefined;
}

/**
 * nat.ParsePortRange (docker/go-connections: nat/parse.go): `80` or
 * `8000-8010`; only the first two `-` parts count, as strings.Split's
 * parts[0] and parts[1] do.
 */
function parsePortRange(text: string): [number, number] | undefined {
  if (text === "") return undefined;
  if (!text.includes("-")) {
    const n = parsePortNumber(text);
    return n === undefined ? undefined : [n, n];
  }
  const [a = "", b = ""] = text.split("-");
  const start = parsePortNumber(a);
  const end = parsePortNumber(b);
  if (start === undefined || end === undefined || end < start) return undefined;
  return [start, end];
}

/** net.ParseIP, enough for the addresses learners type: dotted IPv4 or an IPv6 literal. */
function isIpAddress(text: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) return v4.slice(1).every((p) => Number(p) <= 255 && (p.length === 1 || !p.startsWith("0")));
  if (!text.includes(":") || !/^[0-9a-fA-F:.]+$/.test(text)) return false;
  const groups = text.split("::");
  if (groups.length > 2) return false;
  const parts = groups.flatMap((g) => (g === "" ? [] : g.split(":")));
  if (parts.some((p) => !/^[0-9a-fA-F]{1,4}$/.test(p) && !/^\d+\.\d+\.\d+\.\d+$/.test(p))) return false;
  return groups.length === 2 ? parts.length < 8 : parts.length === 8;
}

/**
 * The long `-p` syntax (`target=80,published=8080,protocol=udp`) rewritten
 * to `published:target/protocol` (docker/cli: cli/command/container/opts.go
 * convertToStandardNotation).
 */
function convertToStandardNotation(spec: string): string | { error: string } {
  if (!spec.includes("=")) return spec;
  const params: Record<string, string> = { protocol: "tcp" };
  for (const param of spec.split(",")) {
    const eq = param.indexOf("=");
    if (eq <= 0) return { error: `invalid publish opts format (should be name=value but got '${param}')` };
    params[param.slice(0, eq)] = param.slice(eq + 1);
  }
  return `${params.published ?? ""}:${params.target ?? ""}/${params.protocol}`;
}

/**
 * `docker run -p` specs as the CLI parses them before ContainerCreate
 * (docker/go-connections: nat/nat.go ParsePortSpecs/ParsePortSpec, with
 * their error texts): `[IP:][HOST:]CONTAINER[/PROTO]`, ranges, IPv6 in
 * brackets, and the long `target=…,published=…` form.
 */
export function parsePortSpecs(specs: readonly string[]): PortSpecParse {
  const exposed: string[] = [];
  const bindings: PortMap = {};
  for (const raw of specs) {
    const spec = convertToStandardNotation(raw);
    if (typeof spec !== "string") return { ok: false, error: spec.error };
    const parts = spec.split(":");
    const n = parts.length;
    let ip = n >= 3 ? parts.slice(0, n - 2).join(":") : "";
    const hostPort = n >= 2 ? (parts[n - 2] as string) : "";
    const slash = (parts[n - 1] as string).indexOf("/");
    const containerPort = slash < 0 ? (parts[n - 1] as string) : (parts[n - 1] as string).slice(0, slash);
    const proto = (containerPort === "" ? "" : slash < 0 ? "tcp" : (parts[n - 1] as string).slice(slash + 1) || "tcp").toLowerCase();
    if (!["tcp", "udp", "sctp"].includes(proto)) return { ok: false, error: `invalid proto: ${proto}` };
    if (ip.startsWith("[")) {
      const m = /^\[([^\]]*)\]$/.exec(ip);
      if (!m) return { ok: false, error: `invalid IP address ${ip}: address ${ip}:: missing ']' in address` };
      ip = m[1] as string;
    }
    if (ip !== "" && !isIpAddress(ip)) return { ok: false, error: `invalid IP address: ${ip}` };
    if (containerPort === "") return { ok: false, error: `no port specified: ${spec}<empty>` };
    const range = parsePortRange(containerPort);
    if (!range) return { ok: false, error: `invalid containerPort: ${containerPort}` };
    let hostRange: [number, number] | undefined;
    if (hostPort !== "") {
      hostRange = parsePortRange(hostPort);
      if (!hostRange) return { ok: false, error: `invalid hostPort: ${hostPort}` };
      if (range[1] - range[0] !== hostRange[1] - hostRange[0] && range[1] !== range[0]) {
        return { ok: false, error: `invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}` };
      }
    }
    const count = range[1] - range[0] + 1;
    for (let i = 0; i < count; i++) {
      const key = `${range[0] + i}/${proto}`;
      let host = "";
      if (hostRange) {
        host = String(hostRange[0] + i);
        if (count === 1 && hostRange[0] !== hostRange[1]) host += `-${hostRange[1]}`;
      }
      if (!exposed.includes(key)) exposed.push(key);
      bindings[key] = [...(bindings[key] ?? []), { HostIp: ip, HostPort: host }];
    }
  }
  return { ok: true, exposed, bindings };
}

/** `5000/tcp` → [5000, "tcp"]. */
function splitPortKey(key: string): [number, string] {
  const slash = key.indexOf("/");
  return [Number(slash < 0 ? key : key.slice(0, slash)), slash < 0 ? "tcp" : key.slice(slash + 1)];
}

/** Port keys in numeric order, as nat.SortPortMap orders them before allocating. */
function sortPortKeys(keys: Iterable<string>): string[] {
  return [...new Set(keys)].sort((a, b) => splitPortKey(a)[0] - splitPortKey(b)[0] || (a < b ? -1 : a > b ? 1 : 0));
}

/** The ephemeral range the port allocator draws from (Linux ip_local_port_range; moby/moby: portallocator). */
const EPHEMERAL_START = 32768;
const EPHEMERAL_END = 60999;

/** One bound host address: family wildcard or a specific address. */
interface HostSocket {
  ip: string;
  port: number;
  proto: string;
}

const isIpv6 = (ip: string): boolean => ip.includes(":");
const isWildcard = (ip: string): boolean => ip === "0.0.0.0" || ip === "::";

/** Two host sockets collide when they share port and protocol and their addresses overlap in one family. */
function collides(a: HostSocket, b: HostSocket): boolean {
  if (a.port !== b.port || a.proto !== b.proto || isIpv6(a.ip) !== isIpv6(b.ip)) return false;
  return a.ip === b.ip || isWildcard(a.ip) || isWildcard(b.ip);
}

/** The host sockets running containers hold (other than `except`). */
function listHeldSockets(runtime: RuntimeState, except: ContainerRecord): HostSocket[] {
  const held: HostSocket[] = [];
  for (const c of Object.values(runtime.containers)) {
    if (c === except || !c.state.Running) continue;
    for (const [key, list] of Object.entries(c.networkSettings?.Ports ?? {})) {
      const [, proto] = splitPortKey(key);
      for (const b of list) held.push({ ip: b.HostIp, port: Number(b.HostPort), proto });
    }
  }
  return held;
}

/**
 * The round-robin cursor of the ephemeral allocator: the highest ephemeral
 * port any container was given (the allocator hands out last+1 next, not the
 * lowest free port; moby/moby: daemon/libnetwork/portallocator).
 */
function findLastEphemeral(runtime: RuntimeState): number {
  let last = EPHEMERAL_START - 1;
  for (const c of Object.values(runtime.containers)) {
    for (const list of Object.values(c.networkSettings?.Ports ?? {})) {
      for (const b of list) {
        const p = Number(b.HostPort);
        if (p >= EPHEMERAL_START && p <= EPHEMERAL_END && p > last) last = p;
      }
    }
  }
  return last;
}

/** The outcome of allocating a starting container's ports. */
export type PortAllocation = { ok: true; ports: PortMap } | { ok: false; message: string };

/**
 * What the daemon does with the container's ports when it starts: every
 * exposed port (the image's ExposedPorts plus the `-p` ones) is listed; each
 * binding with no host address becomes `0.0.0.0` and `::`, as Docker 27's
 * default bridge with the userland proxy reports them (fidelity-reference
 * §1.3); `-P` and bindings without a host port draw an ephemeral port, the
 * same one for both families. A host port already held by a running
 * container fails with the port allocator's error, `Bind for 0.0.0.0:5000
 * failed: port is already allocated` (moby/moby: daemon/libnetwork/portallocator
 * ErrPortAlreadyAllocated; fidelity-reference §3.4).
 * Simplification: overlapping specific and wildcard addresses of one family
 * are reported with the allocator's message, where the kernel would refuse
 * the userland proxy's bind.
 */
export function dispatchPortAllocation(runtime: RuntimeState, container: ContainerRecord, image: ImageRecord | undefined): PortAllocation {
  const requested = container.hostConfig.PortBindings ?? {};
  const keys = sortPortKeys([...Object.keys(image?.config.ExposedPorts ?? {}), ...Object.keys(requested)]);
  // The other containers' sockets and the ephemeral cursor are only looked up when a port is published
  // (most containers publish none, and both lookups visit every container).
  let heldCache: HostSocket[] | undefined;
  const held = (): HostSocket[] => (heldCache ??= listHeldSockets(runtime, container));
  let last: number | undefined;
  const ports: PortMap = {};
  const isFree = (s: HostSocket): boolean => !held().some((h) => collides(h, s));
  for (const key of keys) {
    const [, proto] = splitPortKey(key);
    let wanted: PortBinding[] = requested[key] ?? [];
    if (wanted.length === 0 && container.hostConfig.PublishAllPorts) wanted = [{ HostIp: "", HostPort: "" }];
    const bound: PortBinding[] = [];
    for (const binding of wanted) {
      const ips = binding.HostIp === "" ? ["0.0.0.0", "::"] : [binding.HostIp];
      const range = binding.HostPort === "" ? undefined : parsePortRange(binding.HostPort);
      let port: number | undefined;
      if (range && range[0] === range[1] && range[0] !== 0) {
        port = range[0];
        const taken = ips.find((ip) => !isFree({ ip, port: port as number, proto }));
        if (taken !== undefined) return { ok: false, message: `Bind for ${taken}:${port} failed: port is already allocated` };
      } else {
        const [from, to] = range && range[0] !== 0 ? range : [EPHEMERAL_START, EPHEMERAL_END];
        const span = to - from + 1;
        last ??= findLastEphemeral(runtime);
        const startAt = range && range[0] !== 0 ? from : last + 1 > to ? from : last + 1;
        for (let i = 0; i < span && port === undefined; i++) {
          const candidate = from + ((startAt - from + i) % span);
          if (ips.every((ip) => isFree({ ip, port: candidate, proto }))) port = candidate;
        }
        if (port === undefined) return { ok: false, message: `Bind for ${ips[0]}:${from} failed: port is already allocated` };
        if (!range || range[0] === 0) last = port;
      }
      for (const ip of ips) {
        bound.push({ HostIp: ip, HostPort: String(port) });
        held().push({ ip, port, proto });
      }
    }
    ports[key] = bound;
  }
  return { ok: true, ports };
}

/** One entry of ContainerList's `Ports` (moby/moby: api/types/container Port). */
export interface PortSummary {
  /** "" for an exposed, unpublished port. */
  IP: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: string;
}

/**
 * The `Ports` ContainerList reports for a container: its NetworkSettings
 * ports while it runs, nothing once it stopped (moby/moby: daemon/list.go
 * transformContainer; fidelity-reference §1.3).
 */
export function calculatePortSummaries(container: ContainerRecord): PortSummary[] {
  if (!container.state.Running) return [];
  const out: PortSummary[] = [];
  for (const [key, list] of Object.entries(container.networkSettings?.Ports ?? {})) {
    const [port, proto] = splitPortKey(key);
    if (list.length === 0) out.push({ IP: "", PrivatePort: port, Type: proto });
    for (const b of list) out.push({ IP: b.HostIp, PrivatePort: port, PublicPort: Number(b.HostPort), Type: proto });
  }
  return out;
}

/**
 * The running container whose published port answers a connection to
 * `ip:port/tcp` on the host, and the container port it forwards to.
 */
export function findPortOwner(runtime: RuntimeState, ip: string, port: number): { container: ContainerRecord; containerPort: number } | undefined {
  for (const c of Object.values(runtime.containers)) {
    if (!c.state.Running) continue;
    for (const [key, list] of Object.entries(c.networkSettings?.Ports ?? {})) {
      const [containerPort, proto] = splitPortKey(key);
      if (proto !== "tcp") continue;
      if (list.some((b) => collides({ ip: b.HostIp, port: Number(b.HostPort), proto }, { ip, port, proto }))) return { container: c, containerPort };
    }
  }
  return undefined;
}
