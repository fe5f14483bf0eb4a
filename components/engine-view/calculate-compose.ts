import type { EngineState } from "@/simulator";
import { calculateContainers, type ContainerView } from "./calculate-containers";

/** Compose's label keys (docker/compose pkg/api/labels.go), as simulator/docker/compose/command.ts LABEL. */
const PROJECT = "com.docker.compose.project";
const SERVICE = "com.docker.compose.service";
const NETWORK = "com.docker.compose.network";
const VOLUME = "com.docker.compose.volume";

/** A service of a Compose project and its containers (`docker compose ps` groups them the same way). */
export interface ComposeServiceView {
  name: string;
  containers: ContainerView[];
  /** How many of its containers run. */
  running: number;
}

/** A Compose project: what `docker compose ls` lists, drawn as services → containers, with its networks and volumes. */
export interface ComposeProjectView {
  name: string;
  /** `running(2)`, `exited(1)`: docker compose ls STATUS (docker/compose pkg/compose/ls.go combinedStatus). */
  status: string;
  services: ComposeServiceView[];
  /** The project's networks by their Docker names (`web_default`), with the key in the file (`default`). */
  networks: { name: string; key: string }[];
  volumes: { name: string; key: string }[];
}

function labelOf(labels: Record<string, string> | undefined, key: string): string | undefined {
  return labels && Object.hasOwn(labels, key) ? labels[key] : undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Containers, networks and volumes grouped by their Compose project label, the
 * way `docker compose ls` and `docker compose ps` find a project's resources
 * (by label, not by any record of the file). One-off `run` containers count
 * under their service. Projects sorted by name, services by name.
 */
export function calculateComposeProjects(state: EngineState): ComposeProjectView[] {
  const views = new Map(calculateContainers(state).map((v) => [v.id, v]));
  const projects = new Map<string, { services: Map<string, ContainerView[]>; networks: ComposeProjectView["networks"]; volumes: ComposeProjectView["volumes"] }>();
  const project = (name: string) => {
    let p = projects.get(name);
    if (!p) projects.set(name, (p = { services: new Map(), networks: [], volumes: [] }));
    return p;
  };
  for (const container of Object.values(state.runtime.containers)) {
    const labels = container.config.Labels;
    const name = labelOf(labels, PROJECT);
    const service = labelOf(labels, SERVICE);
    const view = views.get(container.id);
    if (name === undefined || service === undefined || !view) continue;
    const p = project(name);
    const list = p.services.get(service) ?? [];
    list.push(view);
    p.services.set(service, list);
  }
  // A project's networks and volumes carry its label too; they outlive its containers until `compose down` (-v).
  for (const network of Object.values(state.networks ?? {})) {
    const name = labelOf(network.Labels, PROJECT);
    if (name !== undefined) project(name).networks.push({ name: network.Name, key: labelOf(network.Labels, NETWORK) ?? network.Name });
  }
  for (const volume of Object.values(state.volumes)) {
    const name = labelOf(volume.Labels, PROJECT);
    if (name !== undefined) project(name).volumes.push({ name: volume.Name, key: labelOf(volume.Labels, VOLUME) ?? volume.Name });
  }
  return [...projects.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([name, p]) => {
      const services = [...p.services.entries()]
        .sort(([a], [b]) => compare(a, b))
        .map(([service, containers]) => ({
          name: service,
          containers: containers.sort((a, b) => compare(a.name, b.name)),
          running: containers.filter((c) => c.status === "running").length,
        }));
      const counts = new Map<string, number>();
      for (const s of services) for (const c of s.containers) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
      const status = [...counts.entries()]
        .sort(([a], [b]) => compare(a, b))
        .map(([state, n]) => `${state}(${n})`)
        .join(", ");
      return {
        name,
        status,
        services,
        networks: p.networks.sort((a, b) => compare(a.name, b.name)),
        volumes: p.volumes.sort((a, b) => compare(a.name, b.name)),
      };
    });
}
