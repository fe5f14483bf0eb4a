import type { AptPackage } from "../apt-catalog";

/**
 * Virtual packages of Debian 12 "bookworm" (amd64): the Provides: fields of
 * the packages that supply them (Packages index; packages.debian.org
 * "virtual package provided by"). A request for a virtual package with a
 * single provider installs that provider (apt's `Note, selecting 'libc6-dev'
 * instead of 'libc-dev'`).
 * Simplification: only the virtual names build Dockerfiles ask for are listed.
 */
export const BOOKWORM_PROVIDES: Readonly<Record<string, readonly string[]>> = {
  "libc-dev": ["libc6-dev"],
  "libxslt-dev": ["libxslt1-dev"],
  "libz-dev": ["zlib1g-dev"],
};

/** The providers of virtual package `name` that the archive offers. */
export function findProviders(archive: ReadonlyMap<string, AptPackage>, name: string): AptPackage[] {
  return (BOOKWORM_PROVIDES[name] ?? []).flatMap((p) => archive.get(p) ?? []);
}
