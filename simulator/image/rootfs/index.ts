/**
 * Root filesystems for catalog images: each catalog layer becomes a vfs
 * `Layer` (simulator/vfs/layer.ts), built lazily from distro templates and
 * runtime overlays, cached per blob digest and interned in one `LayerStore`,
 * so python:3.12-slim and node:22-slim share the very bookworm-slim object
 * (moby/moby: layer/layer_store.go keeps one layer per ChainID).
 */
import { UnionFs } from "../../vfs/union-fs";
import { LayerStore, type Layer } from "../../vfs/layer";
import { setExecutablesProvider, type CatalogImage, type CatalogLayer } from "../catalog/shape";
import { CATALOG } from "../catalog/index";
import { buildApp } from "./apps";
import { buildDistroLayer, getDistro, writeAccounts } from "./distro";
import { EntryMap, toMs } from "./entries";
import { buildGo, buildGopath, buildJava, buildNode, buildPackages, buildPython, buildPythonLinks, buildYarn } from "./runtimes";

/** The store every catalog rootfs layer is interned in. */
export const CATALOG_LAYER_STORE = new LayerStore();
const byBlob = new Map<string, Layer>();
const LAYER_MTIME = toMs("2025-02-04T00:00:00Z");

function buildEntries(layer: CatalogLayer): EntryMap {
  const c = layer.content;
  const total = layer.uncompressed;
  switch (c.kind) {
    case "empty": return new EntryMap(LAYER_MTIME);
    case "distro": return buildDistroLayer(c.distro, total);
    case "packages": return buildPackages(c, total, LAYER_MTIME);
    case "python": return buildPython(c, total, LAYER_MTIME);
    case "python-links": return buildPythonLinks(LAYER_MTIME);
    case "node": return buildNode(c, total, LAYER_MTIME);
    case "yarn": return buildYarn(c.version, total, LAYER_MTIME);
    case "go": return buildGo(c.version, total, LAYER_MTIME);
    case "gopath": return buildGopath(LAYER_MTIME);
    case "java": return buildJava(c.version, total, LAYER_MTIME);
    case "users": {
      const map = new EntryMap(LAYER_MTIME);
      const d = getDistro(c.distro);
      writeAccounts(map, d, c.users);
      return d.family === "alpine" ? map : map.ballast(total, [["/var/log/lastlog", 0.9], ["/var/log/faillog", 1]]);
    }
    case "app": return buildApp(c, total, LAYER_MTIME);
  }
}

/** The vfs layer for one catalog layer, built once per blob digest. */
export function calculateCatalogLayer(layer: CatalogLayer): Layer {
  const cached = byBlob.get(layer.digest);
  if (cached) return cached;
  const built = CATALOG_LAYER_STORE.create(buildEntries(layer).entries);
  byBlob.set(layer.digest, built);
  return built;
}

/** An image's root filesystem layers, bottom → top (image-spec config.md rootfs.diff_ids order). */
export function calculateImageRootfs(image: CatalogImage): Layer[] {
  return image.layers.map(calculateCatalogLayer);
}

/** A read-only union view of an image's root filesystem (overlayfs lowerdirs, no upper). */
export function createImageRootView(image: CatalogImage): UnionFs {
  return new UnionFs(calculateImageRootfs(image));
}

/**
 * Absolute paths that resolve to an executable regular file (any x bit) in the
 * image, including through symlinks (/bin/sh → dash) and merged-usr
 * directory links (/bin/ls via /bin → usr/bin). What a container can exec.
 */
export function calculateImageExecutables(image: CatalogImage): string[] {
  return calculateLayerExecutables(calculateImageRootfs(image));
}

/** {@link calculateImageExecutables} for any stack of layers (built images). */
export function calculateLayerExecutables(layers: readonly Layer[]): string[] {
  const view = new UnionFs([...layers]);
  const paths = new Set<string>();
  for (const layer of layers) for (const [path, entry] of layer.entries) if (entry.type === "file" || entry.type === "symlink") paths.add(path);
  const out = new Set<string>();
  const consider = (path: string): void => {
    try {
      const st = view.stat(path);
      if (st && st.type === "file" && (st.mode & 0o111) !== 0) out.add(path);
    } catch {
      // dangling or looping symlink: not executable
    }
  };
  for (const path of paths) consider(path);
  for (const [dir, target] of [["/bin", "/usr/bin"], ["/sbin", "/usr/sbin"]] as const) {
    if (view.lstat(dir)?.type !== "symlink") continue;
    for (const path of paths) if (path.startsWith(`${target}/`)) consider(`${dir}${path.slice(target.length)}`);
  }
  return [...out].sort();
}

setExecutablesProvider(calculateImageExecutables);

let blobIndex: Map<string, CatalogLayer> | undefined;

/** A catalog layer by its blob digest (any repository), for images whose layers are referenced by digest. */
export function findCatalogLayer(digest: string): CatalogLayer | undefined {
  if (!blobIndex) {
    blobIndex = new Map();
    for (const repository of CATALOG) for (const image of Object.values(repository.images)) for (const layer of image.layers) blobIndex.set(layer.digest, layer);
  }
  return blobIndex.get(digest);
}

export { writeAccounts };
