import type { ContainerRecord } from "../runtime/types";
import { isIpLiteral, parseUrl, type ContainerNetwork, type NetworkResponse } from "../shell/commands/network";
import type { Engine } from "./engine";
import { createBuildNetwork } from "./internet";
import { findRegistryStorage, type PushedImage, type RegistryView } from "./registries";
import { answerRegistryHttp } from "./registry-http";
import { createVolumeStore } from "./volumes";

/** A read-only view of a registry container's repositories. */
function createReadView(record: Record<string, Record<string, PushedImage>>): RegistryView {
  return { find: (path) => record[path], ensure: (path) => record[path] ?? {}, paths: () => Object.keys(record).sort() };
}

/** A peer reachable from the container: the running container and the address it answers on. */
interface Peer {
  container: ContainerRecord;
  address: string;
}

/**
 * Finds who `host` names from inside `self`: itself for localhost, a peer
 * by IP on a network they share, and on user-defined networks by container
 * name, alias or short ID through the embedded DNS server at 127.0.0.11
 * (moby/moby: daemon/libnetwork/resolver.go; sandbox_dns_unix.go). The
 * default bridge has no name resolution (only legacy `--link`s).
 */
function findPeer(engine: Engine, self: ContainerRecord, host: string): Peer | undefined {
  if (host === "localhost" || host === "127.0.0.1" || host === "::1") return { container: self, address: "127.0.0.1" };
  const mine = self.networks ?? {};
  for (const other of Object.values(engine.state.runtime.containers)) {
    if (!other.state.Running) continue;
    for (const [name, endpoint] of Object.entries(other.networks ?? {})) {
      if (!mine[name] || !endpoint.IPAddress) continue;
      if (isIpLiteral(host)) {
        if (endpoint.IPAddress === host) return { container: other, address: host };
        continue;
      }
      if (name === "bridge") continue;
      const names = [other.name, other.id.slice(0, 12), other.config.Hostname, ...(endpoint.Aliases ?? [])];
      if (names.includes(host)) return { container: other, address: endpoint.IPAddress };
    }
  }
  return undefined;
}

/**
 * The network a process inside a running container reaches (curl, wget):
 * its peers on the networks it shares with them, each answering through its
 * process model's listening ports (registry:2 serves its API); a port no
 * process listens on refuses the connection. Other names go to the
 * simulated internet, as the bridge's NAT would; `--network none` has
 * only loopback.
 * Simplification: a listening process other than registry answers 200
 * with an empty body.
 */
export function createContainerNetwork(engine: Engine, self: ContainerRecord): ContainerNetwork {
  const internet = createBuildNetwork(engine);
  const offline = (self.hostConfig.NetworkMode ?? "bridge") === "none";
  return {
    request(url, method, headers, body): NetworkResponse {
      const parsed = parseUrl(url);
      if ("error" in parsed) return { kind: "unresolved" };
      const peer = findPeer(engine, self, parsed.host);
      if (!peer) return offline ? { kind: "unresolved" } : internet.request(url, method, headers, body);
      const listen = peer.container.process?.listens?.find((l) => l.port === parsed.port);
      if (!listen) return { kind: "refused", address: peer.address };
      if (listen.service !== "registry") return { kind: "response", status: 200, headers: {}, body: "", address: peer.address };
      engine.state.volumes ??= createVolumeStore();
      const storage = findRegistryStorage(engine.state.volumes, peer.container, engine.clock.now());
      const answer = answerRegistryHttp(createReadView(storage.registry ?? {}), parsed.path);
      return { kind: "response", status: answer.status, headers: { "Content-Type": "application/json; charset=utf-8" }, body: answer.body, address: peer.address };
    },
  };
}
