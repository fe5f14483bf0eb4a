import type { SwarmService, SwarmState } from "../../engine/swarm-state";

/** The label that ties a service to its stack (docker/cli: cli/compose/convert LabelNamespace). */
export const STACK_LABEL = "com.docker.stack.namespace";

/** The services of stack `name`, sorted by name. */
export function listStackServices(swarm: SwarmState, name: string): SwarmService[] {
  return Object.values(swarm.services)
    .filter((s) => s.spec.labels[STACK_LABEL] === name)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** `Nothing found in stack: NAME` (docker/cli: cli/command/stack/swarm services.go, remove.go). */
export function formatNothingFound(name: string): string {
  return `Nothing found in stack: ${name}\n`;
}
