import type { ContainerRecord } from "../runtime/types";
import { isIpLiteral, parseUrl, type ContainerNetwork, type NetworkResponse } from "../shell/commands/network";
import type { Engine } from "./engine";
import { createBuildNetwork } from "./internet";
import { deliverContainerHttp } from "./http-servers";

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
export function findPeer(engine: Engine, self: ContainerRecord, host: string): Peer | undefined {
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
 * process's server model (engine/http-servers.ts); a port no process
 * listens on (or one bound to loopback, from another container) refuses the
 * connection. Other names go to the simulated internet, as the bridge's NAT
 * would; `--network none` has only loopback.
 * Simplification: a listening process that speaks no HTTP (a database)
 * answers 200 with an empty body, where curl would report an empty reply.
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
      const fromInside = peer.container === self;
      const clientAddress = fromInside ? "127.0.0.1" : (Object.values(self.networks ?? {}).find((e) => e.IPAddress)?.IPAddress ?? "172.17.0.2");
      const outcome = deliverContainerHttp(engine, peer.container, parsed.port, { method, path: parsed.path, headers, body: body ?? "", clientAddress }, fromInside);
      if (outcome.kind === "refused") return { kind: "refused", address: peer.address };
      if (outcome.kind === "empty") return { kind: "response", status: 200, headers: {}, body: "", address: peer.address };
      return { kind: "response", status: outcome.answer.status, headers: outcome.answer.headers, body: outcome.answer.body, address: peer.address };
    },
  };
}
