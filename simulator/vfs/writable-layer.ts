import type { Layer, LayerEntry } from "./layer";

/** A writable layer as plain JSON data, for engine snapshots (dockerd keeps a container's upperdir across restarts: moby/moby: layer/mounted_layer.go). */
export interface SerializedWritableLayer {
  entries: [string, LayerEntry][];
}

function calculateName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** The parent of a clean absolute path, without re-cleaning it. */
function calculateParent(path: string): string {
  const i = path.lastIndexOf("/");
  return i <= 0 ? "/" : path.slice(0, i);
}

/**
 * The upper directory of an overlay mount: a container's read-write layer, or
 * a build step's scratch layer (moby/moby: layer/mounted_layer.go, the
 * "diff" directory of daemon/graphdriver/overlay2). It holds what changed:
 * new and copied-up entries, whiteouts for deletions of lower paths, opaque
 * directories for lower directories that were replaced. Entries are frozen
 * so that a commit shares them with the new Layer instead of copying.
 */
export class WritableLayer {
  private readonly map = new Map<string, LayerEntry>();
  /** Names with an entry in this layer, per parent directory path, for listings and subtree deletes. */
  private readonly kids = new Map<string, Set<string>>();

  /** Path → entry, in insertion order. */
  get entries(): ReadonlyMap<string, LayerEntry> {
    return this.map;
  }

  get count(): number {
    return this.map.size;
  }

  get(path: string): LayerEntry | undefined {
    return this.map.get(path);
  }

  has(path: string): boolean {
    return this.map.has(path);
  }

  set(path: string, entry: LayerEntry): void {
    if (!this.map.has(path) && path !== "/") {
      const parent = calculateParent(path);
      let names = this.kids.get(parent);
      if (!names) {
        names = new Set();
        this.kids.set(parent, names);
      }
      names.add(calculateName(path));
    }
    this.map.set(path, Object.isFrozen(entry) ? entry : Object.freeze({ ...entry }));
  }

  delete(path: string): boolean {
    if (!this.map.delete(path)) return false;
    const parent = calculateParent(path);
    const names = this.kids.get(parent);
    names?.delete(calculateName(path));
    if (names?.size === 0) this.kids.delete(parent);
    return true;
  }

  /** Names directly below `dir` that have an entry here (whiteouts included). */
  childNames(dir: string): ReadonlySet<string> | undefined {
    return this.kids.get(dir);
  }

  /** Deletes `path` and every entry below it. */
  deleteSubtree(path: string): void {
    const names = this.kids.get(path);
    if (names) {
      for (const name of [...names]) this.deleteSubtree(path === "/" ? `/${name}` : `${path}/${name}`);
    }
    this.delete(path);
  }

  /** A writable layer holding `layer`'s entries (for diffing a committed layer against its parents). */
  static fromLayer(layer: Layer): WritableLayer {
    const upper = new WritableLayer();
    for (const [path, entry] of layer.entries) upper.set(path, entry);
    return upper;
  }
}

/** The writable layer as plain data (entries sorted by path), what survives a daemon restart. */
export function serializeWritableLayer(upper: WritableLayer): SerializedWritableLayer {
  return { entries: [...upper.entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) };
}

/** A writable layer back from `serializeWritableLayer`, as dockerd remounts a container's upperdir on restart. */
export function deserializeWritableLayer(data: SerializedWritableLayer): WritableLayer {
  const upper = new WritableLayer();
  for (const [path, entry] of data.entries) upper.set(path, entry);
  return upper;
}
