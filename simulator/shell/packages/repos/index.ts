import type { AptPackage } from "../apt-catalog";
import type { Download } from "../downloads-catalog";
import { NGINX_DEBIAN } from "./nginx-debian";
import { PGDG_BOOKWORM } from "./pgdg";

/**
 * A third-party apt repository (a `deb URI SUITE COMPONENT…` source): where
 * it lives, the key that signs its InRelease, and per component the size of
 * its Packages index and the packages in it.
 */
export interface AptRepository {
  /** Host and path without scheme and trailing slash ("nginx.org/packages/mainline/debian"). */
  uri: string;
  suite: string;
  /** Fingerprint of the signing key (upper-case hex). */
  key: string;
  inReleaseSize: number;
  components: Readonly<Record<string, { size: number; packages: readonly AptPackage[] }>>;
}

/** The repositories the simulated internet serves. */
export const APT_REPOSITORIES: readonly AptRepository[] = [NGINX_DEBIAN, PGDG_BOOKWORM];

/** Their index files as the web servers serve them (stand-in bodies; sizes of the real indexes). */
export const REPOSITORY_DOWNLOADS: readonly Download[] = APT_REPOSITORIES.flatMap((r) => [
  { location: `${r.uri}/dists/${r.suite}/InRelease`, size: r.inReleaseSize, body: `-----BEGIN PGP SIGNED MESSAGE-----\n\nstand-in: InRelease of ${r.uri} ${r.suite}, signed by ${r.key}\n` },
  ...Object.entries(r.components).map(([c, index]) => ({ location: `${r.uri}/dists/${r.suite}/${c}/binary-amd64/Packages`, size: index.size, body: index.packages.map((p) => `Package: ${p.name}\nVersion: ${p.version}\n`).join("\n") })),
]);
