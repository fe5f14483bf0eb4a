/**
 * What several app models share: reading a container's files without
 * throwing, the file system of a running container at request time,
 * finding the server a client names (`redis-cli -h cache`, `psql -h db`),
 * and the log timestamp layouts of nginx, Apache, Redis and PostgreSQL.
 */
import type { ContainerRecord, ListeningPort } from "../../runtime/types";
import type { FileSystem } from "../../vfs/types";
import type { PosixFileSystem } from "../../vfs/posix-types";
import { openContainerFs, resolveContainerLayers, type OpenedContainerFs } from "../container-fs";
import { findPeer } from "../container-network";
import type { Engine } from "../engine";

/** A file's text, or undefined when it is missing, a directory or unreadable. */
export function readText(fs: FileSystem, path: string): string | undefined {
  try {
    return fs.stat(path)?.type === "file" ? fs.readFile(path) : undefined;
  } catch {
    return undefined;
  }
}

/** Opens a running container's file system (its layers, writable layer and volumes) for one request; undefined when the engine lost its layers. */
export function openRunningFs(engine: Engine, container: ContainerRecord): OpenedContainerFs | undefined {
  const layers = resolveContainerLayers(engine, container);
  return layers ? openContainerFs(engine, container, layers) : undefined;
}

/** The server a client inside `self` reaches at host:port: its container and the listening socket with that service. */
export interface ReachedServer {
  container: ContainerRecord;
  listen: ListeningPort;
  address: string;
}

/**
 * Connects from a process in `self` to host:port as TCP would: the peer by
 * name on a shared user network (or by IP, or localhost), then a socket
 * accepting there. "unresolved" when the name does not resolve, "refused"
 * when nothing listens.
 */
export function connectToServer(engine: Engine, self: ContainerRecord, host: string, port: number): ReachedServer | "unresolved" | "refused" {
  const peer = findPeer(engine, self, host);
  if (!peer) return "unresolved";
  const fromInside = peer.container === self;
  const listen = peer.container.process?.listens?.find((l) => l.port === port && (fromInside || l.address === undefined || l.address === "0.0.0.0" || l.address === "::"));
  if (!peer.container.state.Running || !listen) return "refused";
  return { container: peer.container, listen, address: peer.address };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** nginx's error log time (ngx_cached_err_log_time): `2026/11/22 10:00:00`, UTC in the container. */
export function formatNginxErrorTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** The common log format's time ($time_local, Apache's %t without brackets): `22/Nov/2026:10:00:00 +0000`. */
export function formatCommonLogTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

/** Redis's log time (serverLogRaw: `%d %b %Y %H:%M:%S.` plus milliseconds): `22 Nov 2026 10:00:00.000`. */
export function formatRedisTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}

/** PostgreSQL's log_line_prefix `%m` (milliseconds, zone): `2026-11-22 10:00:00.000 UTC`. */
export function formatPostgresTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)} UTC`;
}

/** Apache's error log time (ap_recent_ctime_ex with microseconds): `Sun Nov 22 10:00:00.000000 2026`. */
export function formatApacheErrorTime(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}000 ${d.getUTCFullYear()}`;
}

/** The HTTP Date header (RFC 9110 IMF-fixdate): `Sun, 22 Nov 2026 10:00:00 GMT`. */
export function formatHttpDate(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} GMT`;
}

/** A header's value whatever its case, as servers look headers up. */
export function findHeader(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

/** The bytes of a UTF-8 string, as Content-Length and access logs count them. */
export function calculateByteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The marker a stand-in binary carries after its ELF magic: `\0version: nginx/1.27.4\0` gives "nginx/1.27.4". */
export function readBinaryMarker(fs: PosixFileSystem, path: string, key: string): string | undefined {
  const text = readText(fs, path);
  return text === undefined ? undefined : new RegExp(`\\0${key}: ([^\\0]*)`).exec(text)?.[1];
}
