import type { HostNetwork } from "../shell/session";
import type { Engine } from "./engine";
import { findPortOwner } from "./ports";
import { findRegistryStorage, type PushedImage, type RegistryView } from "./registries";
import { answerRegistryHttp } from "./registry-http";
import { createVolumeStore } from "./volumes";

/** What an HTTP GET from the host gets: an answer, or how the connection failed. */
export type HostHttpAnswer = ReturnType<HostNetwork["httpGet"]>;

/** The addresses a loopback name stands for, in the order curl tries them (localhost: ::1, then 127.0.0.1). */
function resolveLoopback(host: string): string[] | undefined {
  const bare = host.replace(/^\[|\]$/g, "");
  if (bare === "localhost") return ["::1", "127.0.0.1"];
  if (bare === "::1") return ["::1"];
  if (bare === "0.0.0.0" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare)) return [bare];
  return undefined;
}

/** A read-only view of a repositories record. */
function createReadView(record: Record<string, Record<string, PushedImage>>): RegistryView {
  return {
    find: (path) => record[path],
    ensure: (path) => record[path] ?? {},
    paths: () => Object.keys(record).sort(),
  };
}

/**
 * What answers an HTTP GET from the host (host `curl`): only the machine's
 * own addresses exist in the sandbox; there, a running container that
 * publishes the port forwards the connection to its container port
 * (docker-proxy), where a server process answers (registry:2 serves its v2
 * API, engine/registry-http.ts). Nothing bound there: connection refused. A
 * published port with nothing listening behind it: the proxy accepts and
 * drops the connection (curl's `Recv failure: Connection reset by peer`).
 */
export function answerHostHttp(engine: Engine, host: string, port: number, path: string): HostHttpAnswer {
  const ips = resolveLoopback(host);
  if (!ips) return "unresolved";
  engine.settle();
  const owner = ips.map((ip) => findPortOwner(engine.state.runtime, ip, port)).find((o) => o !== undefined);
  if (!owner) return "refused";
  const service = owner.container.process?.listens?.find((l) => l.port === owner.containerPort)?.service;
  if (service !== "registry") return "reset";
  engine.state.volumes ??= createVolumeStore();
  const storage = findRegistryStorage(engine.state.volumes, owner.container, engine.clock.now());
  return answerRegistryHttp(createReadView(storage.registry ?? {}), path);
}
