import { IMPLIED_DIR, type Layer, type NodeEntry } from "./layer";

/**
 * One path of the merged view of a stack of layers, as overlayfs presents its
 * lower directories as one tree (torvalds/linux:
 * Documentation/filesystems/overlayfs.rst "Multiple lower layers"). Nodes are
 * immutable once built and shared between stacks: the index of base+app reuses
 * every node of the base's index that the app layer does not touch.
 */
export interface IndexNode {
  readonly entry: NodeEntry;
  /** Children by name for a directory; null for files and symlinks. */
  readonly children: ReadonlyMap<string, IndexNode> | null;
}

interface BuildNode {
  entry: NodeEntry;
  children: Map<string, IndexNode> | null;
}

const EMPTY_ROOT: IndexNode = Object.freeze({ entry: IMPLIED_DIR, children: new Map<string, IndexNode>() });

/**
 * The index of `base` with `layer` applied on top: whiteouts delete, opaque
 * directories drop what was below, files replace directories, missing parents
 * become implied 0755 directories (moby/go-archive: diff.go UnpackLayer does
 * the same when it extracts a layer tar over its parent). Directories on the
 * changed paths are copied; everything else is shared with `base`.
 */
function applyLayer(base: IndexNode, layer: Layer): IndexNode {
  const fresh = new Set<IndexNode>();
  const root: BuildNode = { entry: base.entry, children: new Map(base.children) };
  fresh.add(root);
  for (const [path, entry] of layer.entries) {
    if (path === "/") {
      if (entry.type !== "dir") continue;
      root.entry = entry;
      if (entry.opaque) root.children = new Map();
      continue;
    }
    const parts = path.slice(1).split("/");
    let dir = root;
    for (let i = 0; i < parts.length - 1; i++) {
      const name = parts[i] as string;
      const children = dir.children as Map<string, IndexNode>;
      const child = children.get(name);
      let next: BuildNode;
      if (child && fresh.has(child)) next = child as BuildNode;
      else {
        next = child?.entry.type === "dir" ? { entry: child.entry, children: new Map(child.children) } : { entry: IMPLIED_DIR, children: new Map() };
        fresh.add(next);
        children.set(name, next);
      }
      dir = next;
    }
    const name = parts[parts.length - 1] as string;
    const children = dir.children as Map<string, IndexNode>;
    if (entry.type === "whiteout") {
      children.delete(name);
    } else if (entry.type === "dir") {
      const existing = children.get(name);
      let kids: Map<string, IndexNode>;
      if (entry.opaque || !existing || existing.entry.type !== "dir") kids = new Map();
      else if (fresh.has(existing)) kids = existing.children as Map<string, IndexNode>;
      else kids = new Map(existing.children);
      const node: BuildNode = { entry, children: kids };
      fresh.add(node);
      children.set(name, node);
    } else {
      children.set(name, { entry, children: null });
    }
  }
  return root;
}

interface StackCacheNode {
  readonly index: IndexNode;
  readonly next: WeakMap<Layer, StackCacheNode>;
}

/** Built indexes, keyed by the layer objects of the stack bottom → top (a trie of WeakMaps, so it empties itself with the layers). */
const stackCache = new WeakMap<Layer, StackCacheNode>();

/**
 * The merged index of `layers` (bottom → top), built once per stack and then
 * reused by every container, build step and `docker diff` over it, the way
 * dockerd mounts one lower stack per ChainID (moby/moby: layer/layer_store.go).
 * Extending a stack by one layer copies only the directories that layer touches.
 */
export function getLayerStackIndex(layers: readonly Layer[]): IndexNode {
  let index = EMPTY_ROOT;
  let level: WeakMap<Layer, StackCacheNode> = stackCache;
  for (const layer of layers) {
    let node = level.get(layer);
    if (!node) {
      node = { index: applyLayer(index, layer), next: new WeakMap() };
      level.set(layer, node);
    }
    index = node.index;
    level = node.next;
  }
  return index;
}

const sortedNames = new WeakMap<IndexNode, readonly string[]>();
const NO_NAMES: readonly string[] = Object.freeze([]);

/** A directory node's child names, sorted as readdir-then-sort would give them (computed once per node). */
export function listIndexChildren(node: IndexNode): readonly string[] {
  if (!node.children || node.children.size === 0) return NO_NAMES;
  let names = sortedNames.get(node);
  if (!names) {
    names = Object.freeze([...node.children.keys()].sort());
    sortedNames.set(node, names);
  }
  return names;
}
