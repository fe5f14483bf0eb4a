import { calculateSha256Hex } from "../core/sha256";
import { calculateCleanPath } from "./path";
import { FsError } from "./types";

/**
 * A regular file in a layer, as a tar header plus body carries it
 * (opencontainers/image-spec: layer.md "File Attributes"). `size` declares
 * the size of a synthetic file whose bytes are not materialised (a 40 MB
 * libc stands in as a short string); without it the size is the UTF-8 length.
 */
export interface FileEntry {
  readonly type: "file";
  readonly content: string;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly mtimeMs: number;
  readonly size?: number;
}

/**
 * A directory in a layer. `opaque` is overlayfs' opaque directory: nothing
 * below it in lower layers shows through (torvalds/linux:
 * Documentation/filesystems/overlayfs.rst "whiteouts and opaque directories";
 * in a layer tar it is the `.wh..wh..opq` file, image-spec layer.md "Opaque Whiteout").
 */
export interface DirEntry {
  readonly type: "dir";
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly mtimeMs: number;
  readonly opaque?: boolean;
}

/** A symbolic link; its mode is always 0777 on Linux (symlink(7)). */
export interface SymlinkEntry {
  readonly type: "symlink";
  readonly target: string;
  readonly uid: number;
  readonly gid: number;
  readonly mtimeMs?: number;
}

/** A deletion of the path in lower layers: the `.wh.<name>` file of image-spec layer.md "Whiteouts". */
export interface WhiteoutEntry {
  readonly type: "whiteout";
}

/** One path of a layer's changeset (image-spec layer.md "Change Types"). */
export type LayerEntry = FileEntry | DirEntry | SymlinkEntry | WhiteoutEntry;

/** What a lookup can find at a path: anything but a whiteout, which overlayfs never shows (overlayfs.rst "whiteouts"). */
export type NodeEntry = FileEntry | DirEntry | SymlinkEntry;

/**
 * An immutable layer: a changeset of paths, named by a digest of its content.
 * Real layers are named by their diffID, the sha256 of the uncompressed tar
 * (opencontainers/image-spec: config.md "rootfs.diff_ids"); here the digest is
 * taken over a canonical listing of the entries (paths, types, modes, owners,
 * content hashes, mtimes left out), so identical content gives identical IDs.
 */
export interface Layer {
  /** "sha256:<64 hex>". */
  readonly digest: string;
  /** Paths (absolute, clean) in sorted order, to frozen entries. */
  readonly entries: ReadonlyMap<string, LayerEntry>;
  /** Bytes of file content and symlink targets: what `docker history` shows as SIZE. */
  readonly size: number;
}

/** A layer as plain JSON data, for engine snapshots (dockerd keeps the same facts per layer on disk: moby/moby: layer/filestore.go). */
export interface SerializedLayer {
  digest: string;
  entries: [string, LayerEntry][];
}

/**
 * The diffID of a layer with no changes, the digest of an empty tar (1024 zero
 * bytes) that `docker inspect` shows for empty build steps
 * (moby/moby: layer/empty.go DigestSHA256EmptyTar).
 */
export const EMPTY_LAYER_DIGEST = "sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef";

/** Directories a layer implies without listing them get 0755 root:root (moby/go-archive: archive.go ImpliedDirectoryMode). */
export const IMPLIED_DIR: DirEntry = Object.freeze({ type: "dir", mode: 0o755, uid: 0, gid: 0, mtimeMs: 0 });

/** Bytes of `text` in UTF-8, as a file's st_size counts them (lone surrogates count 3: the WHATWG Encoding standard's encoder writes U+FFFD), without encoding it. */
export function calculateUtf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The st_size `stat` reports (stat(2)): declared or UTF-8 length for files, target length for symlinks (symlink(7)), 4096 for directories (one ext4 block). */
export function calculateEntrySize(entry: NodeEntry): number {
  if (entry.type === "file") return entry.size ?? calculateUtf8Length(entry.content);
  if (entry.type === "symlink") return calculateUtf8Length(entry.target);
  return 4096;
}

/** A frozen copy of `entry` with a clean mode, validated; frozen entries are shared, not copied. */
function freezeEntry(path: string, entry: LayerEntry): LayerEntry {
  if (path === "/" && entry.type !== "dir") throw new FsError("EINVAL", path);
  if (entry.type === "file" || entry.type === "dir") {
    if (Object.isFrozen(entry) && entry.mode === (entry.mode & 0o7777)) return entry;
    return Object.freeze({ ...entry, mode: entry.mode & 0o7777 });
  }
  return Object.isFrozen(entry) ? entry : Object.freeze({ ...entry });
}

/** One line of the canonical listing the digest is taken over (mtime excluded). */
function describeEntry(path: string, entry: LayerEntry): string {
  const p = JSON.stringify(path);
  switch (entry.type) {
    case "file":
      return `file ${p} ${entry.mode.toString(8)} ${entry.uid}:${entry.gid} ${calculateEntrySize(entry)} ${calculateSha256Hex(entry.content)}`;
    case "dir":
      return `dir ${p} ${entry.mode.toString(8)} ${entry.uid}:${entry.gid}${entry.opaque ? " opaque" : ""}`;
    case "symlink":
      return `symlink ${p} ${entry.uid}:${entry.gid} ${JSON.stringify(entry.target)}`;
    case "whiteout":
      return `whiteout ${p}`;
  }
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A new immutable layer from path → entry pairs (paths are cleaned; a path
 * given twice is EINVAL, as image-spec layer.md forbids duplicate entries).
 * Mimics `docker build` committing a step's changes into a layer tar.
 */
export function createLayer(entries: Iterable<readonly [string, LayerEntry]> | Readonly<Record<string, LayerEntry>>): Layer {
  const pairs: [string, LayerEntry][] = [];
  const seen = new Set<string>();
  const source: Iterable<readonly [string, LayerEntry]> = Symbol.iterator in entries ? (entries as Iterable<readonly [string, LayerEntry]>) : Object.entries(entries);
  for (const [raw, entry] of source) {
    if (!raw.startsWith("/")) throw new FsError("EINVAL", raw);
    const path = calculateCleanPath(raw);
    if (seen.has(path)) throw new FsError("EINVAL", raw);
    seen.add(path);
    pairs.push([path, freezeEntry(path, entry)]);
  }
  pairs.sort((a, b) => comparePaths(a[0], b[0]));
  let size = 0;
  const lines: string[] = [];
  for (const [path, entry] of pairs) {
    if (entry.type === "file" || entry.type === "symlink") size += calculateEntrySize(entry);
    lines.push(describeEntry(path, entry));
  }
  const digest = pairs.length === 0 ? EMPTY_LAYER_DIGEST : `sha256:${calculateSha256Hex(lines.join("\n"))}`;
  return Object.freeze({ digest, entries: new Map(pairs), size });
}

/** The layer as plain JSON data (entries sorted by path; the frozen entries are plain already). */
export function serializeLayer(layer: Layer): SerializedLayer {
  return { digest: layer.digest, entries: [...layer.entries] };
}

/**
 * A layer back from `serializeLayer`. The stored digest is trusted, as dockerd
 * trusts its own layer database on restart (moby/moby: layer/filestore.go).
 */
export function deserializeLayer(data: SerializedLayer): Layer {
  let size = 0;
  const pairs: [string, LayerEntry][] = data.entries.map(([path, entry]) => {
    const frozen = freezeEntry(path, entry);
    if (frozen.type === "file" || frozen.type === "symlink") size += calculateEntrySize(frozen);
    return [path, frozen];
  });
  pairs.sort((a, b) => comparePaths(a[0], b[0]));
  return Object.freeze({ digest: data.digest, entries: new Map(pairs), size });
}

/**
 * The ChainID of a stack of layers: ChainID(L0) = DiffID(L0),
 * ChainID(L0…Ln) = sha256(ChainID(L0…Ln-1) + " " + DiffID(Ln))
 * (opencontainers/image-spec: config.md "Layer ChainID"). Empty for no layers.
 */
export function calculateChainId(layers: readonly Layer[]): string {
  let chain = "";
  for (const layer of layers) chain = chain === "" ? layer.digest : `sha256:${calculateSha256Hex(`${chain} ${layer.digest}`)}`;
  return chain;
}

/**
 * An image's size: the sum of its layers' sizes, as `docker images` SIZE
 * adds them up (moby/moby: layer/layer_store.go Size over the chain). A file
 * deleted in a later layer still counts: its bytes live on in the lower layer.
 */
export function calculateImageSize(layers: readonly Layer[]): number {
  return layers.reduce((sum, layer) => sum + layer.size, 0);
}

/**
 * Layers by digest, each stored once: a hundred images on one base share the
 * base's Layer object (moby/moby: layer/layer_store.go keeps one roLayer per
 * ChainID and hands out references). Interning returns the stored object.
 */
export class LayerStore {
  private readonly byDigest = new Map<string, Layer>();

  /** The stored layer with `layer`'s digest, storing `layer` if there is none yet. */
  intern(layer: Layer): Layer {
    const existing = this.byDigest.get(layer.digest);
    if (existing) return existing;
    this.byDigest.set(layer.digest, layer);
    return layer;
  }

  /** createLayer, then intern. */
  create(entries: Parameters<typeof createLayer>[0]): Layer {
    return this.intern(createLayer(entries));
  }

  get(digest: string): Layer | undefined {
    return this.byDigest.get(digest);
  }

  has(digest: string): boolean {
    return this.byDigest.has(digest);
  }

  /** Forgets a layer (when no image uses it any more, as `docker rmi` does with "Deleted: sha256:…"). */
  delete(digest: string): boolean {
    return this.byDigest.delete(digest);
  }

  get count(): number {
    return this.byDigest.size;
  }

  /** Every stored layer, sorted by digest. */
  list(): Layer[] {
    return [...this.byDigest.values()].sort((a, b) => comparePaths(a.digest, b.digest));
  }

  /** Every layer as plain data, each once. */
  serialize(): SerializedLayer[] {
    return this.list().map(serializeLayer);
  }

  /** A store holding the layers of `serialize()`. */
  static deserialize(data: readonly SerializedLayer[]): LayerStore {
    const store = new LayerStore();
    for (const layer of data) store.intern(deserializeLayer(layer));
    return store;
  }
}
