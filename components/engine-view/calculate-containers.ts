import type { ContainerRecord, ContainerStatus, EngineState } from "@/simulator";
import { formatFamiliarTag } from "./calculate-image-stacks";

/** A published port: `0.0.0.0:5111 → 5000/tcp`. */
export interface PortView {
  hostIp: string;
  hostPort: string;
  containerPort: string;
  /** The address to open in the preview (`localhost:5111`), for bindings a browser on the host could reach. */
  address?: string;
}

/** A container card in the engine view. */
export interface ContainerView {
  id: string;
  shortId: string;
  name: string;
  image: string;
  status: ContainerStatus;
  /** `Exited (0)`, `Up`, `Created`… in `docker ps` STATUS's first words. */
  statusText: string;
  ports: PortView[];
  /** `volume web-data → /data`, `bind /home/learner/workspace/site → /usr/share/nginx/html (ro)`. */
  mounts: string[];
  networks: string[];
}

function statusText(container: ContainerRecord): string {
  const s = container.state;
  switch (s.Status) {
    case "running":
      return "Up";
    case "exited":
      return `Exited (${s.ExitCode})`;
    case "created":
      return "Created";
    case "paused":
      return "Up (Paused)";
    case "restarting":
      return `Restarting (${s.ExitCode})`;
    case "removing":
      return "Removal In Progress";
    case "dead":
      return "Dead";
  }
}

/**
 * The ports a container publishes. While it runs, the bindings the daemon
 * allocated (`.NetworkSettings.Ports`, what `docker port` prints); otherwise
 * the requested ones (`.HostConfig.PortBindings`), since a stopped container
 * publishes nothing (moby/moby: daemon/network.go).
 */
function portsOf(container: ContainerRecord): PortView[] {
  const running = container.state.Running;
  const map = running ? container.networkSettings?.Ports : container.hostConfig.PortBindings;
  const ports: PortView[] = [];
  for (const [containerPort, bindings] of Object.entries(map ?? {}).sort()) {
    for (const binding of bindings ?? []) {
      const hostIp = binding.HostIp === "" ? "0.0.0.0" : binding.HostIp;
      const view: PortView = { hostIp, hostPort: binding.HostPort, containerPort };
      const loopback = hostIp === "0.0.0.0" || hostIp === "::" || hostIp.startsWith("127.");
      if (running && loopback && /^\d+$/.test(binding.HostPort)) view.address = `localhost:${binding.HostPort}`;
      ports.push(view);
    }
  }
  return ports;
}

function mountsOf(container: ContainerRecord): string[] {
  return (container.mounts ?? []).map((m) => {
    const what = m.Type === "volume" ? `volume ${m.Name ?? m.Source}` : `bind ${m.Source}`;
    return `${what} → ${m.Destination}${m.RW ? "" : " (ro)"}`;
  });
}

const ORDER: Record<ContainerStatus, number> = { running: 0, restarting: 1, paused: 2, created: 3, exited: 4, removing: 5, dead: 6 };

/** Every container, running ones first then newest first, as cards coloured by state. */
export function calculateContainers(state: EngineState): ContainerView[] {
  return Object.values(state.runtime.containers)
    .sort((a, b) => ORDER[a.state.Status] - ORDER[b.state.Status] || b.created - a.created)
    .map((c) => ({
      id: c.id,
      shortId: c.id.slice(0, 12),
      name: c.name,
      image: formatFamiliarTag(c.config.Image),
      status: c.state.Status,
      statusText: statusText(c),
      ports: portsOf(c),
      mounts: mountsOf(c),
      networks: Object.keys(c.networks ?? {}).sort(),
    }));
}
