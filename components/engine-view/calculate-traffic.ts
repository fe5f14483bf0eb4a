import type { EngineState } from "@/simulator";

/** Which legs of client → daemon → registry a command used. */
export interface TrafficView {
  /** The docker CLI talked to the daemon. */
  client: boolean;
  /** The daemon built an image. */
  build: boolean;
  /** Layers came down from a registry. */
  pull: boolean;
  /** An image went up to a registry. */
  push: boolean;
}

export const NO_TRAFFIC: TrafficView = { client: false, build: false, pull: false, push: false };

/** Every pushed tag in Docker Hub-like registries and in registry:2 volumes, keyed so a new push shows as a new key. */
function pushedKeys(state: EngineState): Set<string> {
  const keys = new Set<string>();
  const add = (where: string, repos: Record<string, Record<string, { digest: string; pushedAt: number }>> | undefined) => {
    for (const [repo, tags] of Object.entries(repos ?? {})) {
      for (const [tag, pushed] of Object.entries(tags)) keys.add(`${where} ${repo}:${tag} ${pushed.digest} ${pushed.pushedAt}`);
    }
  };
  add("registries", state.registries.repositories);
  for (const [name, volume] of Object.entries(state.volumes ?? {})) add(`volume ${name}`, volume.registry);
  return keys;
}

/** Does the line run the docker CLI anywhere (`docker …`, `cd x && docker …`, `VAR=1 docker …`)? */
export function calculateUsesDocker(line: string): boolean {
  return /(^|[;&|(`]|\$\()\s*(\w+=\S*\s+)*docker(\s|$)/.test(line);
}

/**
 * What a command moved, read from the engine's state before and after it
 * rather than from what was typed: a new build record is a build; layer blobs
 * that appeared locally without being made by this command came from a registry; a new
 * pushed tag (or a re-push with a new digest) went to one. `docker pull` of
 * an image already up to date contacts the registry but changes nothing, so
 * it lights only the client leg.
 */
export function calculateTraffic(line: string, before: EngineState, after: EngineState): TrafficView {
  const build = after.builds.length > before.builds.length;
  const newLayers = Object.keys(after.images.layers).filter((digest) => !Object.hasOwn(before.images.layers, digest));
  // A layer made here (a build step, a commit) is new in builtLayers too; one that was built before and comes back came down again.
  const pull = newLayers.some((d) => !Object.hasOwn(after.images.builtLayers, d) || Object.hasOwn(before.images.builtLayers, d));
  const beforePushed = pushedKeys(before);
  const push = [...pushedKeys(after)].some((key) => !beforePushed.has(key));
  return { client: calculateUsesDocker(line) || build || pull || push, build, pull, push };
}
