import type { ImageRecord } from "../image/types";

/** An image as a registry holds it after a push: the pushed record, frozen as plain data. */
export interface PushedImage {
  image: ImageRecord;
  /** The manifest digest the push printed (`latest: digest: sha256:… size: 1570`). */
  digest: string;
  pushedAt: number;
}

/**
 * The simulated registries' writable side as plain data: what learners
 * pushed (Docker Hub user namespaces, ghcr.io…), keyed by canonical
 * repository name (`docker.io/myuser/web-app`) then tag, and who is logged
 * in where. Private `registry:2` containers keep theirs in the container.
 */
export interface RegistryState {
  repositories: Record<string, Record<string, PushedImage>>;
  /** Registry host → logged-in user. Simplification: the real CLI keeps this in ~/.docker/config.json. */
  logins: Record<string, { username: string }>;
}

/** Nothing pushed, nobody logged in. */
export function createRegistryState(): RegistryState {
  return { repositories: {}, logins: {} };
}
