import { createLayer, type Layer, type NodeEntry } from "./layer";
import { getLayerStackIndex, listIndexChildren, type IndexNode } from "./layer-index";
import { calculateChildPath, UnionView, type UnionNode } from "./union-view";
import { WritableLayer } from "./writable-layer";

/** One line of `docker diff`: A added, C changed, D deleted (moby/go-archive: changes.go ChangeType). */
export interface LayerChange {
  kind: "A" | "C" | "D";
  path: string;
}

/**
 * Go's sameFsTime: equal, or the same second with one side at 0 ns, since tar
 * keeps whole seconds (moby/go-archive: changes.go).
 */
function isSameFsTime(a: number, b: number): boolean {
  return a === b || (Math.floor(a / 1000) === Math.floor(b / 1000) && (a % 1000 === 0 || b % 1000 === 0));
}

/**
 * moby/go-archive: changes_unix.go statDifferent: type and permission bits,
 * owner, and for non-directories mtime and size. The content (or link target)
 * is compared too: the simulator's clock may not move between a build and a
 * run, where a real one always does.
 */
function isStatDifferent(old: NodeEntry, cur: NodeEntry): boolean {
  if (old.type !== cur.type || old.uid !== cur.uid || old.gid !== cur.gid) return true;
  if (old.type === "dir" || cur.type === "dir") return (old as { mode: number }).mode !== (cur as { mode: number }).mode;
  if (!isSameFsTime(old.mtimeMs ?? 0, cur.mtimeMs ?? 0)) return true;
  if (old.type === "file" && cur.type === "file") return old.mode !== cur.mode || old.content !== cur.content || old.size !== cur.size;
  return old.type === "symlink" && cur.type === "symlink" && old.target !== cur.target;
}

/** Every path with an entry in `upper`, and all their ancestors: the only places the views can differ. */
function calculateTouched(upper: WritableLayer): Set<string> {
  const touched = new Set<string>(["/"]);
  for (const path of upper.entries.keys()) {
    for (let p = path; !touched.has(p); p = p.slice(0, Math.max(1, p.lastIndexOf("/")))) touched.add(p);
  }
  return touched;
}

/**
 * What `docker diff` prints for a container (or what a layer changes over its
 * parents): the merged view of `lower` + `upper` compared with that of `lower`,
 * as moby/go-archive: changes.go ChangesDirs does (the diff dockerd uses with
 * the containerd image store and with overlay2 when the kernel has
 * redirect_dir, i.e. most hosts). An added directory lists everything in it as
 * A; a deleted one is a single D; a directory with any change inside is C
 * unless itself added; "/" is never listed. ChangesDirs walks Go maps, so real
 * sibling order varies; here siblings come in name order, with a directory's
 * deletions after its additions and changes, as ChangesDirs emits them.
 */
export function calculateChanges(lower: readonly Layer[], upper: WritableLayer | Layer): LayerChange[] {
  const writable = upper instanceof WritableLayer ? upper : WritableLayer.fromLayer(upper);
  const view = new UnionView(lower, { upper: writable });
  const touched = calculateTouched(writable);
  const out: LayerChange[] = [];

  const addChanges = (node: UnionNode, old: IndexNode | undefined): void => {
    const start = out.length;
    let listed = false;
    if (node.path !== "/") {
      if (!old) {
        out.push({ kind: "A", path: node.path });
        listed = true;
      } else if (isStatDifferent(old.entry, node.entry)) {
        out.push({ kind: "C", path: node.path });
        listed = true;
      }
    }
    if (node.entry.type !== "dir" || (old && !touched.has(node.path))) return;
    // Only an old directory has children to compare against (ChangesDirs: "we only recurse on the old dir if the new info is a directory").
    const oldDir = old?.entry.type === "dir" ? old : undefined;
    const names = view.listChildNames(node);
    for (const name of names) addChanges(view.lookupChild(node, name) as UnionNode, oldDir?.children?.get(name));
    if (oldDir) {
      const present = new Set(names);
      for (const name of listIndexChildren(oldDir)) {
        if (!present.has(name)) out.push({ kind: "D", path: calculateChildPath(node.path, name) });
      }
    }
    if (out.length > start && !listed && node.path !== "/") out.splice(start, 0, { kind: "C", path: node.path });
  };

  addChanges(view.rootNode(), getLayerStackIndex(lower));
  return out;
}

/**
 * Freezes a writable layer into an immutable Layer: what a build step does
 * after RUN/COPY/ADD and what `docker commit` does with a container's
 * read-write layer (moby/moby: layer/layer_store.go CreateRWLayer → Commit via
 * the tar of its changes). Whiteouts and opaque directories are kept, so a
 * deletion is a layer of its own while the deleted bytes stay in the layer below.
 */
export function commitUpperLayer(upper: WritableLayer): Layer {
  return createLayer(upper.entries);
}
