import type { AptPackage, PackageFile } from "../apt-catalog";

/**
 * Packages from rows `name|version|arch|size|installedKb|depends|recommends|bins`
 * (as apt-catalog's), with the files a row's package ships from `files` by
 * name: one `path[|size[|mode]]` per entry, `path/` for a directory,
 * `path -> target` for a symlink, `path=text[|size|mode]` for a small text file (`\\n` and `\\x7f` escapes).
 */
export function parseAptRows(rows: readonly string[], files: Readonly<Record<string, readonly string[]>> = {}): AptPackage[] {
  return rows.map((row) => {
    const [name = "", version = "", arch = "amd64", size = "0", kb = "0", deps = "", recs = "", bins = ""] = row.split("|");
    const words = (s: string): string[] => s.split(" ").filter(Boolean);
    const list = files[name]?.map(parsePackageFile);
    return { name, version, arch: arch === "all" ? "all" : "amd64", size: Number(size), installedKb: Number(kb), depends: words(deps), recommends: words(recs), bins: words(bins), ...(list ? { files: list } : {}) };
  });
}

/** One `path[|size[|mode]]`, `path/`, `path -> target` or `path=text` entry of a package's file list (see {@link parseAptRows}). */
export function parsePackageFile(spec: string): PackageFile {
  const link = / -> /.exec(spec);
  if (link) return { path: spec.slice(0, link.index), link: spec.slice(link.index + 4) };
  const eq = spec.indexOf("=");
  if (eq > 0) {
    const tail = /\|(\d+)\|([0-7]+)$/.exec(spec);
    const content = spec.slice(eq + 1, tail ? tail.index : undefined).replace(/\\n/g, "\n").replace(/\\x7f/g, "\x7f");
    return { path: spec.slice(0, eq), content, ...(tail ? { size: Number(tail[1]), mode: Number.parseInt(tail[2] as string, 8) } : {}) };
  }
  if (spec.endsWith("/")) return { path: spec.slice(0, -1), dir: true };
  const [path = "", size = "0", mode = "644"] = spec.split("|");
  return { path, size: Number(size), mode: Number.parseInt(mode, 8) };
}
