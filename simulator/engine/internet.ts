import type { ContainerNetwork } from "../shell/commands/network";
import type { Engine } from "./engine";

/**
 * The network a build step (or a container on the default bridge) reaches:
 * the simulated internet. Simplification: nothing outside the sandbox is
 * reachable yet, so every host name fails to resolve, as it does offline.
 */
export function createBuildNetwork(_engine: Engine): ContainerNetwork {
  return { request: () => ({ kind: "unresolved" }) };
}
