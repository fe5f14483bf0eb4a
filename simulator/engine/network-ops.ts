import type { ContainerRecord, EndpointSettings } from "../runtime/types";
import type { Engine } from "./engine";
import { engineError, type EngineResult } from "./errors";
import { recordEvent } from "./events";
import {
  calculateFreeAddress,
  calculateMacAddress,
  calculateNextSubnet,
  createNetworkStore,
  findNetwork,
  isPredefinedNetwork,
  type NetworkRecord,
  type NetworkStoreState,
} from "./networks";

/** The engine's networks, the defaults created on first use. */
export function ensureNetworks(engine: Engine): NetworkStoreState {
  return (engine.state.networks ??= createNetworkStore(engine.clock.now()));
}

/** NetworkInspect's lookup with the daemon's error (`network x not found`). */
export function getNetwork(engine: Engine, ref: string): EngineResult<NetworkRecord> {
  const found = findNetwork(ensureNetworks(engine), ref);
  return found ? { ok: true, value: found } : { ok: false, error: engineError("not-found", `network ${ref} not found`, 1) };
}

/**
 * NetworkCreate (moby/moby: daemon/network.go createNetwork): a bridge
 * network on the next free address pool; a name in use is a conflict;
 * `host` and `null` can't be created again.
 */
export function createNetwork(engine: Engine, name: string, driver: string, labels: Record<string, string>, internal: boolean): EngineResult<NetworkRecord> {
  engine.settle();
  const store = ensureNetworks(engine);
  if (Object.values(store).some((n) => n.Name === name)) return { ok: false, error: engineError("conflict", `network with name ${name} already exists`, 1) };
  if (driver === "host" || driver === "null") {
    return { ok: false, error: engineError("invalid", `only one instance of "${driver}" network is allowed`, 1) };
  }
  if (driver !== "bridge") return { ok: false, error: engineError("not-found", `plugin "${driver}" not found`, 1) };
  const pool = calculateNextSubnet(store);
  if (!pool) return { ok: false, error: engineError("invalid", "all predefined address pools have been fully subnetted", 1) };
  const id = engine.ids.hex(64);
  const record: NetworkRecord = {
    Name: name,
    Id: id,
    Created: engine.clock.now(),
    Scope: "local",
    Driver: "bridge",
    Subnet: pool.subnet,
    Gateway: pool.gateway,
    Internal: internal,
    Attachable: false,
    Labels: labels,
  };
  store[id] = record;
  recordEvent(engine, "network", "create", id, { name, type: "bridge" });
  return { ok: true, value: record };
}

/** The containers with an endpoint on `network` (running ones only when `running`). */
export function listNetworkContainers(engine: Engine, network: NetworkRecord, running = true): ContainerRecord[] {
  return Object.values(engine.state.runtime.containers).filter((c) => c.networks?.[network.Name] && (!running || c.state.Running));
}

/**
 * NetworkRemove (moby/moby: daemon/network.go deleteNetwork): predefined
 * networks refuse (`bridge is a pre-defined network and cannot be
 * removed`); a network with running containers has active endpoints
 * (libnetwork ActiveEndpointsError; fidelity-reference §3.9).
 */
export function removeNetwork(engine: Engine, network: NetworkRecord): EngineResult<void> {
  engine.settle();
  if (isPredefinedNetwork(network.Name)) {
    return { ok: false, error: engineError("invalid", `${network.Name} is a pre-defined network and cannot be removed`, 1) };
  }
  const active = listNetworkContainers(engine, network);
  if (active.length > 0) {
    return {
      ok: false,
      error: engineError("conflict", `error while removing network: network ${network.Name} id ${network.Id} has active endpoints (${active.map((c) => `name:"${c.name}" id:"${c.id.slice(0, 12)}"`).join(", ")})`, 1),
    };
  }
  for (const c of Object.values(engine.state.runtime.containers)) if (c.networks) delete c.networks[network.Name];
  delete ensureNetworks(engine)[network.Id];
  recordEvent(engine, "network", "destroy", network.Id, { name: network.Name, type: network.Driver });
  return { ok: true, value: undefined };
}

/** An endpoint on `network`, addressed if the container is running. */
function createEndpoint(engine: Engine, network: NetworkRecord, container: ContainerRecord, aliases: string[]): EndpointSettings {
  const ip = container.state.Running ? calculateFreeAddress(network, Object.values(engine.state.runtime.containers), container) ?? "" : "";
  return {
    NetworkID: network.Id,
    IPAddress: ip,
    IPPrefixLen: ip && network.Subnet ? Number(network.Subnet.split("/")[1]) : 0,
    Gateway: ip ? (network.Gateway ?? "") : "",
    MacAddress: ip ? calculateMacAddress(ip) : "",
    Aliases: network.Name === "bridge" || aliases.length === 0 ? null : aliases,
  };
}

/**
 * NetworkConnect (moby/moby: daemon/container_operations.go
 * ConnectToNetwork): a running container gets an address at once; the
 * host and none networks can't be joined alongside others; a container
 * already on the network is an error.
 */
export function connectNetwork(engine: Engine, network: NetworkRecord, container: ContainerRecord, aliases: string[] = []): EngineResult<void> {
  engine.settle();
  const current = Object.keys(container.networks ?? {});
  if (current.includes(network.Name)) {
    return { ok: false, error: engineError("conflict", `endpoint with name ${container.name} already exists in network ${network.Name}`, 1) };
  }
  if (network.Driver === "host" || network.Driver === "null" || current.some((n) => n === "host" || n === "none")) {
    return { ok: false, error: engineError("invalid", "container cannot be disconnected from host network or connected to host network", 1) };
  }
  container.networks = { ...(container.networks ?? {}), [network.Name]: createEndpoint(engine, network, container, aliases) };
  return { ok: true, value: undefined };
}

/** NetworkDisconnect: a container not on the network is an error (moby/moby: daemon/container_operations.go DisconnectFromNetwork). */
export function disconnectNetwork(engine: Engine, network: NetworkRecord, container: ContainerRecord): EngineResult<void> {
  engine.settle();
  if (!container.networks?.[network.Name]) {
    return { ok: false, error: engineError("invalid", `container ${container.id} is not connected to network ${network.Name}`, 1) };
  }
  delete container.networks[network.Name];
  return { ok: true, value: undefined };
}

/**
 * A starting container's endpoints get their addresses (moby/moby:
 * daemon/container_operations.go allocateNetwork): the network it was
 * created on (`bridge` unless `--network`), and any it was connected to.
 */
export function dispatchNetworkAddresses(engine: Engine, container: ContainerRecord): void {
  const store = ensureNetworks(engine);
  const mode = container.hostConfig.NetworkMode ?? "bridge";
  container.networks ??= {};
  if (Object.keys(container.networks).length === 0) {
    const network = findNetwork(store, mode);
    if (network) container.networks[network.Name] = createEndpoint(engine, network, container, []);
  }
  const all = Object.values(engine.state.runtime.containers);
  for (const [name, endpoint] of Object.entries(container.networks)) {
    const network = findNetwork(store, name);
    if (!network) {
      delete container.networks[name];
      continue;
    }
    const ip = calculateFreeAddress(network, all, container) ?? "";
    endpoint.IPAddress = ip;
    endpoint.IPPrefixLen = ip && network.Subnet ? Number(network.Subnet.split("/")[1]) : 0;
    endpoint.Gateway = ip ? (network.Gateway ?? "") : "";
    endpoint.MacAddress = ip ? calculateMacAddress(ip) : "";
  }
}

/**
 * NetworksPrune (moby/moby: daemon/prune.go networkPrune): removes the
 * user-defined networks no container is connected to; returns their names.
 */
export function pruneNetworks(engine: Engine): string[] {
  engine.settle();
  const removed: string[] = [];
  const store = ensureNetworks(engine);
  for (const network of Object.values(store).sort((a, b) => a.Name.localeCompare(b.Name))) {
    if (isPredefinedNetwork(network.Name) || listNetworkContainers(engine, network, false).length > 0) continue;
    delete store[network.Id];
    recordEvent(engine, "network", "destroy", network.Id, { name: network.Name, type: network.Driver });
    removed.push(network.Name);
  }
  return removed;
}
