import type { CatalogImage } from "./catalog/shape";
import type { HistoryEntry } from "./types";

/**
 * The config history of a catalog image, oldest first: one entry per layer
 * and the metadata-only entries of its config, as the official images'
 * BuildKit-built configs list them (`docker history nginx`).
 * Simplification: the CREATED BY text is a summary of what the layer holds,
 * not the official Dockerfile's exact RUN line.
 */
export function calculateCatalogHistory(image: CatalogImage): HistoryEntry[] {
  const created = Date.parse(image.created);
  const entries: HistoryEntry[] = [];
  for (const layer of image.layers) {
    const c = layer.content;
    const createdBy = c.kind === "distro" ? `ADD rootfs.tar.xz / # buildkit` : `RUN /bin/sh -c set -eux; # ${c.kind} # buildkit`;
    entries.push({ created, createdBy, comment: "buildkit.dockerfile.v0" });
  }
  const config = image.config;
  for (const env of config.Env) entries.push({ created, createdBy: `ENV ${env}`, emptyLayer: true, comment: "buildkit.dockerfile.v0" });
  if (config.WorkingDir) entries.push({ created, createdBy: `WORKDIR ${config.WorkingDir}`, emptyLayer: true, comment: "buildkit.dockerfile.v0" });
  if (config.Entrypoint) entries.push({ created, createdBy: `ENTRYPOINT ${formatGoStrings(config.Entrypoint)}`, emptyLayer: true, comment: "buildkit.dockerfile.v0" });
  if (config.Cmd) entries.push({ created, createdBy: `CMD ${formatGoStrings(config.Cmd)}`, emptyLayer: true, comment: "buildkit.dockerfile.v0" });
  return entries;
}

/** `["a" "b"]`: a []string as BuildKit's history prints it (Go's %q per element, space-joined). */
export function formatGoStrings(words: readonly string[]): string {
  return `[${words.map((w) => JSON.stringify(w)).join(" ")}]`;
}
