import { getOwn } from "../core/own";
import { calculateSha256Hex } from "../core/sha256";
import type { ContainerRecord } from "../runtime/types";

/**
 * A network as `docker network inspect` shows it (moby/moby:
 * api/types/network Inspect), the parts learners see.
 */
export interface NetworkRecord {
  Name: string;
  Id: string;
  /** ms since the epoch. */
  Created: number;
  Scope: "local";
  Driver: "bridge" | "host" | "null";
  /** The IPv4 subnet and gateway (bridge networks only). */
  Subnet?: string;
  Gateway?: string;
  Internal: boolean;
  Attachable: boolean;
  Labels: Record<string, string>;
}

/** The daemon's networks by ID. */
export type NetworkStoreState = Record<string, NetworkRecord>;

/** The networks every engine has (moby/moby: daemon/daemon_unix.go initNetworkController). */
const DEFAULT_NETWORKS: { name: string; driver: NetworkRecord["Driver"] }[] = [
  { name: "bridge", driver: "bridge" },
  { name: "host", driver: "host" },
  { name: "none", driver: "null" },
];

/** Whether `name` is one of the predefined networks, which can't be removed (moby/moby: runconfig.IsPreDefinedNetwork). */
export function isPredefinedNetwork(name: string): boolean {
  return DEFAULT_NETWORKS.some((n) => n.name === name);
}

/**
 * A fresh store with the default networks: bridge (docker0, 172.17.0.0/16,
 * gateway .1), host and none.
 * Simplification: their IDs are derived from their names instead of being
 * random per engine.
 */
export function createNetworkStore(now = 0): NetworkStoreState {
  const store: NetworkStoreState = {};
  for (const { name, driver } of DEFAULT_NETWORKS) {
    const id = calculateSha256Hex(`default-network:${name}`);
    store[id] = {
      Name: name,
      Id: id,
      Created: now,
      Scope: "local",
      Driver: driver,
      ...(name === "bridge" ? { Subnet: "172.17.0.0/16", Gateway: "172.17.0.1" } : {}),
      Internal: false,
      Attachable: false,
      Labels: {},
    };
  }
  return store;
}

/**
 * The next free /16 for a user-defined bridge network, from the daemon's
 * default address pools: 172.17–19, then the /14s 172.20, 172.24, 172.28
 * split into /16s, then /20s of 192.168.0.0/16 (moby/moby:
 * daemon/libnetwork/ipamutils/utils.go; fidelity-reference §1.10).
 */
export function calculateNextSubnet(store: NetworkStoreState): { subnet: string; gateway: string } | undefined {
  const used = new Set(Object.values(store).map((n) => n.Subnet));
  for (let second = 17; second <= 31; second++) {
    const subnet = `172.${second}.0.0/16`;
    if (!used.has(subnet)) return { subnet, gateway: `172.${second}.0.1` };
  }
  for (let third = 0; third < 256; third += 16) {
    const subnet = `192.168.${third}.0/20`;
    if (!used.has(subnet)) return { subnet, gateway: `192.168.${third}.1` };
  }
  return undefined;
}

/**
 * A network by what the user typed, as the daemon's FindNetwork looks it
 * up: full ID, exact name, then a unique ID prefix (moby/moby:
 * daemon/network.go FindNetwork).
 */
export function findNetwork(store: NetworkStoreState, ref: string): NetworkRecord | undefined {
  const exact = getOwn(store, ref);
  if (exact) return exact;
  const all = Object.values(store);
  const byName = all.find((n) => n.Name === ref);
  if (byName) return byName;
  if (!/^[a-f0-9]+$/.test(ref)) return undefined;
  const matches = all.filter((n) => n.Id.startsWith(ref));
  return matches.length === 1 ? matches[0] : undefined;
}

/** Dotted IPv4 → number. */
function parseIpv4(ip: string): number {
  // A character loop: this runs for every running container each time one starts.
  let value = 0;
  let part = 0;
  for (let i = 0; i < ip.length; i++) {
    const code = ip.charCodeAt(i);
    if (code === 46) {
      value = value * 256 + part;
      part = 0;
    } else part = part * 10 + (code - 48);
  }
  return value * 256 + part;
}

/** Number → dotted IPv4. */
function formatIpv4(n: number): string {
  return `${Math.floor(n / 16777216) % 256}.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;
}

/**
 * The lowest free address of a network for a starting container: the
 * gateway holds .1, running containers hold theirs (moby/moby:
 * daemon/libnetwork/ipams/defaultipam, which hands out the first free
 * address of the pool's bitmap, skipping the network address and gateway).
 */
export function calculateFreeAddress(network: NetworkRecord, containers: readonly ContainerRecord[], self: ContainerRecord): string | undefined {
  if (!network.Subnet || !network.Gateway) return undefined;
  const [base = "0.0.0.0", bits = "16"] = network.Subnet.split("/");
  const size = 2 ** (32 - Number(bits));
  const start = parseIpv4(base);
  // Addresses as numbers: one pass over the containers, then the first free offset without formatting each candidate.
  const taken = new Set<number>([parseIpv4(network.Gateway)]);
  for (const c of containers) {
    if (c === self || !c.state.Running) continue;
    const ip = c.networks?.[network.Name]?.IPAddress;
    if (ip) taken.add(parseIpv4(ip));
  }
  for (let i = 1; i < size - 1; i++) {
    if (!taken.has(start + i)) return formatIpv4(start + i);
  }
  return undefined;
}

/** A container's MAC address on a bridge, as the daemon derives it from its IPv4 (02:42 then the four octets). */
export function calculateMacAddress(ip: string): string {
  return ["02", "42", ...ip.split(".").map((p) => Number(p).toString(16).padStart(2, "0"))].join(":");
}
