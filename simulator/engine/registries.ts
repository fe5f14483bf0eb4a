import { calculateSha256Hex } from "../core/sha256";
import { CATALOG } from "../image/catalog";
import type { ImageRecord } from "../image/types";
import type { RuntimeState } from "../runtime/containers";
import type { ContainerRecord } from "../runtime/types";
import type { Engine } from "./engine";
import { engineError, type EngineResult } from "./errors";
import { findPortOwner } from "./ports";
import { createVolumeStore, findStorageAt, type VolumeRecord, type VolumeStoreState } from "./volumes";

/** An image as a registry holds it after a push: the pushed record, frozen as plain data. */
export interface PushedImage {
  image: ImageRecord;
  /** The manifest digest the push printed (`latest: digest: sha256:… size: 1570`). */
  digest: string;
  pushedAt: number;
}

/** One registry's repositories: path (`myuser/web-app`, `python-helloworld`) → tag → image. */
export type RegistryRepositories = Record<string, Record<string, PushedImage>>;

/** A stored login: who, under which CLI key, and a hash of the secret (to tell a changed password). */
export interface RegistryLogin {
  username: string;
  /** The key docker/cli files the credentials under (`https://index.docker.io/v1/`, `localhost:5000`). */
  serverAddress: string;
  /** sha256 of `username:password`. */
  secret: string;
}

/**
 * The simulated registries' writable side as plain data: what learners
 * pushed to public registries (Docker Hub user namespaces, ghcr.io…), keyed by
 * canonical repository name (`docker.io/myuser/web-app`) then tag, and who is
 * logged in where. Private `registry:2` containers keep theirs in the
 * volume mounted at /var/lib/registry (engine/volumes.ts).
 */
export interface RegistryState {
  repositories: Record<string, Record<string, PushedImage>>;
  /** Registry host (`docker.io`, `localhost:5000`) → login. Simplification: the real CLI keeps this in ~/.docker/config.json. */
  logins: Record<string, RegistryLogin>;
}

/** Nothing pushed, nobody logged in. */
export function createRegistryState(): RegistryState {
  return { repositories: {}, logins: {} };
}

/** Registries reachable from the sandbox besides the catalog's hosts (they serve no catalog images yet). */
const PUBLIC_REGISTRIES = new Set(["docker.io", "ghcr.io", "quay.io", ...CATALOG.map((r) => r.domain)]);

/** Hosts that are the daemon's own machine, where published container ports answer. */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "0.0.0.0"]);

/** A registry's repositories as push and pull see them. */
export interface RegistryView {
  find(path: string): Record<string, PushedImage> | undefined;
  ensure(path: string): Record<string, PushedImage>;
  /** Every repository path, sorted. */
  paths(): string[];
}

/** Where a registry host leads: a public registry, a registry container, or a connection error. */
export type RegistryEndpoint =
  | { ok: true; kind: "public"; domain: string; view: RegistryView }
  | { ok: true; kind: "local"; domain: string; view: RegistryView; container: ContainerRecord }
  | { ok: false; message: string };

/** The host part of `host[:port]` (`[::1]:5000` → `[::1]`). */
function splitHost(domain: string): { host: string; port: number | undefined } {
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(domain);
  return { host: m?.[1] ?? domain, port: m?.[2] ? Number(m[2]) : undefined };
}

/** A view over a plain repositories record, keyed by `prefix + path`. */
function createView(record: Record<string, Record<string, PushedImage>>, prefix: string): RegistryView {
  return {
    find: (path) => record[prefix + path],
    ensure: (path) => (record[prefix + path] ??= {}),
    paths: () =>
      Object.keys(record)
        .filter((k) => k.startsWith(prefix))
        .map((k) => k.slice(prefix.length))
        .sort(),
  };
}

/** The repositories a registry container keeps on the volume at /var/lib/registry. */
export function findRegistryStorage(volumes: VolumeStoreState, container: ContainerRecord, now: number): VolumeRecord {
  return findStorageAt(volumes, container, "/var/lib/registry", now);
}

/**
 * Resolves a registry host the way the daemon's registry service reaches it
 * (moby/moby: registry/service.go, registry/config.go): public registries by
 * name; localhost, 127.0.0.1 and [::1] are insecure registries reached over
 * plain http on the host, so a container publishing that port answers. The
 * errors are Go's, as the daemon reports them:
 * `Get "http://localhost:5000/v2/": dial tcp [::1]:5000: connect: connection refused`,
 * `… EOF` when a published port has no server behind it, a DNS failure for
 * unknown hosts (the sandbox has no outside network), and 0.0.0.0 (not an
 * insecure address) tried over https.
 */
export function openRegistry(
  state: { registries: RegistryState; runtime: RuntimeState; volumes: VolumeStoreState },
  domain: string,
  now: number,
): RegistryEndpoint {
  const { host, port } = splitHost(domain);
  if (!LOOPBACK_HOSTS.has(host)) {
    if (PUBLIC_REGISTRIES.has(domain)) return { ok: true, kind: "public", domain, view: createView(state.registries.repositories, `${domain}/`) };
    return { ok: false, message: `Get "https://${domain}/v2/": dial tcp: lookup ${host.replace(/^\[|\]$/g, "")}: no such host` };
  }
  const scheme = host === "0.0.0.0" ? "https" : "http";
  const url = `${scheme}://${domain}/v2/`;
  const effectivePort = port ?? (scheme === "https" ? 443 : 80);
  const dialed = host === "localhost" || host === "[::1]" ? `[::1]:${effectivePort}` : `${host}:${effectivePort}`;
  const ip = host === "localhost" || host === "[::1]" ? "::1" : host === "0.0.0.0" ? "0.0.0.0" : host;
  // `localhost` resolves to ::1 and 127.0.0.1; Go dials ::1 first and reports that error.
  const owner = findPortOwner(state.runtime, ip, effectivePort) ?? (host === "localhost" ? findPortOwner(state.runtime, "127.0.0.1", effectivePort) : undefined);
  if (!owner) return { ok: false, message: `Get "${url}": dial tcp ${dialed}: connect: connection refused` };
  const service = owner.container.process?.listens?.find((l) => l.port === owner.containerPort)?.service;
  if (service !== "registry") return { ok: false, message: `Get "${url}": EOF` };
  if (scheme === "https") return { ok: false, message: `Get "${url}": http: server gave HTTP response to HTTPS client` };
  const storage = findRegistryStorage(state.volumes, owner.container, now);
  return { ok: true, kind: "local", domain, view: createView((storage.registry ??= {}), ""), container: owner.container };
}

/** The registry host a `docker login`/`logout` server argument names (docker.io for Docker Hub). */
export function calculateRegistryHost(serverAddress: string): string {
  let host = serverAddress.replace(/^[a-z]+:\/\//i, "");
  host = host.slice(0, host.indexOf("/") < 0 ? undefined : host.indexOf("/"));
  return host === "index.docker.io" || host === "docker.io" || host === "" ? "docker.io" : host;
}

/** What a login did: the daemon's status and whether the stored credentials changed. */
export interface LoginReport {
  status: string;
  changed: boolean;
}

/** A login's credentials, or the ones stored for the host (docker/cli retries those first). */
export type LoginCredentials = { username: string; password: string } | "stored";

/**
 * RegistryLogin: checks the registry answers (its /v2/ endpoint), then keeps
 * the credentials for the host. `Login Succeeded` is the daemon's status
 * (moby/moby: registry/auth.go loginV2). Simplification: Docker Hub and the
 * other public registries accept any non-empty user name and password;
 * registry:2 containers run without authentication, so any login succeeds.
 */
export function dispatchLogin(engine: Engine, serverAddress: string, credentials: LoginCredentials): EngineResult<LoginReport> {
  engine.settle();
  const state = { ...engine.state, volumes: (engine.state.volumes ??= createVolumeStore()) };
  const host = calculateRegistryHost(serverAddress);
  const endpoint = openRegistry(state, host, engine.clock.now());
  if (!endpoint.ok) return { ok: false, error: engineError("invalid", endpoint.message, 1) };
  const previous = state.registries.logins[host];
  if (credentials === "stored") {
    if (!previous) return { ok: false, error: engineError("not-found", "no stored credentials", 1) };
    return { ok: true, value: { status: "Login Succeeded", changed: false } };
  }
  const secret = calculateSha256Hex(`${credentials.username}:${credentials.password}`);
  const changed = previous?.secret !== secret || previous.serverAddress !== serverAddress;
  state.registries.logins[host] = { username: credentials.username, serverAddress, secret };
  return { ok: true, value: { status: "Login Succeeded", changed } };
}

/** The login stored for a registry host, if any. */
export function findLogin(registries: RegistryState, host: string): RegistryLogin | undefined {
  return registries.logins[host];
}

/**
 * Forgets the credentials filed under any of `keys` (docker/cli: logout.go
 * erases the server address as given plus its host name with and without
 * http:// and https://). Returns whether any were removed.
 */
export function dispatchLogout(engine: Engine, keys: readonly string[]): boolean {
  const registries = engine.state.registries;
  let removed = false;
  for (const [host, login] of Object.entries(registries.logins)) {
    if (keys.includes(login.serverAddress)) {
      delete registries.logins[host];
      removed = true;
    }
  }
  return removed;
}
