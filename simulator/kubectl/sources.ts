import { parseManifest, type ManifestDocument } from "../k8s/api/manifest";
import type { KubectlHost } from "./command";

/** One file's documents, named as kubectl names the source in messages. */
export interface ManifestSource {
  source: string;
  documents: ManifestDocument[];
}

function resolvePath(cwd: string, p: string): string {
  if (p.startsWith("/")) return p;
  const parts = `${cwd}/${p}`.split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return `/${out.join("/")}`;
}

/**
 * Reads what `-f` names: a file, a folder's .json/.yaml/.yml files (and
 * subfolders with -R), or `-` for stdin (cli-runtime pkg/resource/builder.go
 * FilenameParam, visitor.go ExpandPathsToFileVisitors). Errors in kubectl's
 * words: `the path "x" does not exist`.
 * Simplification: URLs are not fetched.
 */
export function readManifestSources(host: KubectlHost, paths: readonly string[], recursive: boolean): { ok: true; sources: ManifestSource[] } | { ok: false; error: string } {
  const sources: ManifestSource[] = [];
  const readOne = (text: string, source: string): string | undefined => {
    const parsed = parseManifest(text, source);
    if (!parsed.ok) return parsed.error;
    sources.push({ source, documents: parsed.documents });
    return undefined;
  };
  for (const p of paths) {
    if (p === "-") {
      const e = readOne(host.stdin, "STDIN");
      if (e) return { ok: false, error: e };
      continue;
    }
    if (/^https?:\/\//.test(p)) return { ok: false, error: `unable to read URL "${p}", server reported 404 Not Found, status code=404` };
    const full = resolvePath(host.cwd, p);
    const stat = host.fs.stat(full);
    if (!stat) return { ok: false, error: `the path "${p}" does not exist` };
    if (stat.type === "dir") {
      const walk = (dir: string, shown: string, depth: number): string | undefined => {
        for (const name of [...host.fs.readdir(dir)].sort()) {
          const child = `${dir}/${name}`;
          const childShown = `${shown.replace(/\/$/, "")}/${name}`;
          const st = host.fs.stat(child);
          if (st?.type === "dir") {
            if (recursive) {
              const e = walk(child, childShown, depth + 1);
              if (e) return e;
            }
          } else if (/\.(json|ya?ml)$/.test(name)) {
            const e = readOne(host.fs.readFile(child), childShown);
            if (e) return e;
          }
        }
        return undefined;
      };
      const e = walk(full, p, 0);
      if (e) return { ok: false, error: e };
    } else {
      const e = readOne(host.fs.readFile(full), p);
      if (e) return { ok: false, error: e };
    }
  }
  return { ok: true, sources };
}
