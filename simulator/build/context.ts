import { calculateSha256Hex } from "../core/sha256";
import type { FileSystem } from "../vfs/types";
import { isIgnored, parseDockerignore, type IgnorePattern } from "./dockerignore";

/** One file or directory of the build context. */
export interface ContextEntry {
  /** Relative to the context root, `/`-separated, no leading `./`. */
  path: string;
  type: "file" | "dir";
  content: string;
  mode: number;
}

/** What `docker build` sends: the context's files minus `.dockerignore`d ones, and the Dockerfile. */
export interface BuildContext {
  entries: Map<string, ContextEntry>;
  /** Bytes transferred (`transferring context: 2.05kB`). */
  size: number;
  dockerignore: IgnorePattern[];
  /** Bytes of the .dockerignore file (`load .dockerignore` / `transferring context: 2B`). */
  dockerignoreSize: number;
}

const encoder = new TextEncoder();

/**
 * Reads a build context from a directory of the workspace, honouring
 * `.dockerignore` at its root (or `<Dockerfile>.dockerignore` beside the
 * Dockerfile, which wins) (docker docs: build/concepts/context.md).
 */
export function readBuildContext(fs: FileSystem, root: string, dockerfilePath?: string): BuildContext {
  const base = root.replace(/\/+$/, "") || "/";
  const join = (rel: string): string => (base === "/" ? `/${rel}` : `${base}/${rel}`);
  let ignoreText = "";
  const besideDockerfile = dockerfilePath ? `${dockerfilePath}.dockerignore` : undefined;
  if (besideDockerfile && fs.stat(besideDockerfile)?.type === "file") ignoreText = fs.readFile(besideDockerfile);
  else if (fs.stat(join(".dockerignore"))?.type === "file") ignoreText = fs.readFile(join(".dockerignore"));
  const dockerignore = parseDockerignore(ignoreText);
  const entries = new Map<string, ContextEntry>();
  let size = 0;
  const walk = (rel: string): void => {
    const dir = rel === "" ? base : join(rel);
    for (const name of fs.readdir(dir)) {
      const childRel = rel === "" ? name : `${rel}/${name}`;
      const stat = fs.stat(join(childRel));
      if (!stat) continue;
      const excluded = isIgnored(dockerignore, childRel);
      if (stat.type === "dir") {
        if (!excluded) entries.set(childRel, { path: childRel, type: "dir", content: "", mode: stat.mode });
        walk(childRel);
      } else if (!excluded) {
        const content = fs.readFile(join(childRel));
        entries.set(childRel, { path: childRel, type: "file", content, mode: stat.mode });
        size += encoder.encode(content).length;
      }
    }
  };
  walk("");
  return { entries, size, dockerignore, dockerignoreSize: encoder.encode(ignoreText).length };
}

/** Go's filepath.Match for one path element pattern set, as a regex over whole relative paths. */
function compileMatch(pattern: string): RegExp {
  let re = "^";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else if (ch === "[") {
      const close = pattern.indexOf("]", i + 1);
      if (close < 0) return /(?!)/;
      re += "[" + pattern.slice(i + 1, close).replace(/^\^/, "^").replace(/\\/g, "\\\\") + "]";
      i = close;
    } else if (ch === "\\" && i + 1 < pattern.length) re += "\\" + pattern[++i];
    else re += ch.replace(/[.+(){}|$^]/g, "\\$&");
  }
  return new RegExp(re + "$");
}

/** A COPY/ADD source resolved against the context. */
export interface ResolvedSource {
  /** The operand as written. */
  source: string;
  /** The matched entries; a directory brings everything below it. */
  entries: ContextEntry[];
  /** The top-level matched path (file or dir), relative. */
  roots: string[];
}

/**
 * Resolves COPY/ADD sources with filepath.Match wildcards relative to the
 * context root (`..` cannot leave it). Returns the missing operand when one
 * matches nothing, which BuildKit reports as `"/app.py": not found`.
 */
export function resolveContextSources(context: BuildContext, sources: readonly string[]): { resolved: ResolvedSource[] } | { missing: string } {
  const resolved: ResolvedSource[] = [];
  for (const source of sources) {
    const clean = source.replace(/^(\.\/)+/, "").replace(/\/+$/, "").replace(/^\/+/, "");
    if (clean === "" || clean === ".") {
      resolved.push({ source, entries: [...context.entries.values()], roots: [""] });
      continue;
    }
    const wildcard = /[*?[]/.test(clean);
    const matcher = wildcard ? compileMatch(clean) : undefined;
    const roots = [...context.entries.keys()].filter((p) => (matcher ? matcher.test(p) : p === clean));
    if (roots.length === 0) {
      if (wildcard) continue; // BuildKit: a wildcard that matches nothing copies nothing… unless nothing matched at all (checked below)
      return { missing: `/${clean}` };
    }
    const entries = [...context.entries.values()].filter((e) => roots.some((r) => e.path === r || e.path.startsWith(r + "/")));
    resolved.push({ source, entries, roots });
  }
  if (resolved.length === 0 && sources.length > 0) return { missing: `/${(sources[0] as string).replace(/^(\.\/)+/, "")}` };
  return { resolved };
}

/**
 * The content checksum of COPY/ADD sources for the cache key: paths, modes
 * and content, never mtimes (docker docs: build/cache/invalidation.md).
 */
export function calculateSourcesChecksum(resolved: readonly ResolvedSource[]): string {
  const lines: string[] = [];
  for (const r of resolved) {
    for (const e of r.entries) lines.push(`${r.source}\0${e.path}\0${e.type}\0${e.mode.toString(8)}\0${e.type === "file" ? calculateSha256Hex(e.content) : ""}`);
  }
  return "sha256:" + calculateSha256Hex(lines.join("\n"));
}

/**
 * A step's cache key: the parent's key, the instruction after expansion, the
 * build args it can see, and for COPY/ADD the sources' checksum. A change
 * in any of them misses, and so does every later step (docker docs:
 * build/cache/_index.md, invalidation.md).
 */
export function calculateCacheKey(parentKey: string, instruction: string, args: readonly string[], sourcesChecksum = ""): string {
  return "sha256:" + calculateSha256Hex([parentKey, instruction, [...args].sort().join("\0"), sourcesChecksum].join("\n"));
}
