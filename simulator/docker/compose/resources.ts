import { getOwn } from "../../core/own";
import type { ComposeProject } from "../../compose/types";
import { createNetwork, getNetwork } from "../../engine/network-ops";
import { createVolume, getVolume } from "../../engine/volume-ops";
import { COMPOSE_VERSION, LABEL, type ComposeContext } from "./command";
import type { ComposeProgress } from "./progress";

/** The networks and volumes the enabled services use, by key. */
function calculateUsedResources(project: ComposeProject): { networks: string[]; volumes: string[] } {
  const networks = new Set<string>();
  const volumes = new Set<string>();
  for (const service of Object.values(project.services)) {
    for (const key of Object.keys(service.networks)) networks.add(key);
    for (const mount of service.volumes) if (mount.type === "volume" && mount.source) volumes.add(mount.source);
  }
  return { networks: Object.keys(project.networks).filter((k) => networks.has(k)), volumes: Object.keys(project.volumes).filter((k) => volumes.has(k)) };
}

/**
 * Creates the project's missing networks and volumes with Compose's labels
 * (docker/compose pkg/compose/create.go ensureNetworks/ensureProjectVolumes),
 * reporting ` Network x  Creating/Created` and ` Volume "x"  Creating/Created`;
 * an external one must exist already. Returns an error line or undefined.
 */
export function dispatchProjectResources(ctx: ComposeContext, project: ComposeProject, progress: ComposeProgress): string | undefined {
  const used = calculateUsedResources(project);
  for (const key of used.networks) {
    const network = getOwn(project.networks, key);
    if (!network) continue;
    if (getNetwork(ctx.engine, network.name).ok) continue;
    if (network.external) return `network ${network.name} declared as external, but could not be found`;
    progress.event(`Network ${network.name}`, "Creating", false);
    const labels = { [LABEL.network]: key, [LABEL.project]: project.name, [LABEL.version]: COMPOSE_VERSION, ...network.labels };
    const created = createNetwork(ctx.engine, network.name, network.driver ?? "bridge", labels, false);
    if (!created.ok) return `Error response from daemon: ${created.error.message}`;
    progress.event(`Network ${network.name}`, "Created", true);
  }
  for (const key of used.volumes) {
    const volume = getOwn(project.volumes, key);
    if (!volume) continue;
    if (getVolume(ctx.engine, volume.name).ok) continue;
    if (volume.external) return `external volume "${volume.name}" not found`;
    // Quoted in the event ID through v2.39.2 (fidelity-reference §6.2 baseline).
    progress.event(`Volume "${volume.name}"`, "Creating", false);
    const labels = { [LABEL.project]: project.name, [LABEL.version]: COMPOSE_VERSION, [LABEL.volume]: key, ...volume.labels };
    const created = createVolume(ctx.engine, volume.name, volume.driver ?? "local", labels);
    if (!created.ok) return `Error response from daemon: ${created.error.message}`;
    progress.event(`Volume "${volume.name}"`, "Created", true);
  }
  return undefined;
}
