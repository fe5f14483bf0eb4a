import type { PosixCommandContext } from "../commands/types";
import { readOptional } from "../packages/common";
import type { GoMod } from "./go-modules";

/** A package of the main module: its directory, import path and Go files. */
export interface GoPackage {
  dir: string;
  importPath: string;
  files: string[];
  main: boolean;
}

/** The directory holding go.mod, from `dir` upward. */
export function findModuleRoot(ctx: PosixCommandContext, dir: string): string | undefined {
  for (let d = dir; ; d = d.slice(0, d.lastIndexOf("/")) || "/") {
    if (ctx.fs.stat(`${d === "/" ? "" : d}/go.mod`)?.type === "file") return d;
    if (d === "/") return undefined;
  }
}

/** The .go files of a directory as cmd/go lists them (no _ or . names; tests only when asked). */
export function listGoFiles(ctx: PosixCommandContext, dir: string, tests = false): string[] {
  try {
    return ctx.fs.readdir(dir).filter((n) => n.endsWith(".go") && !n.startsWith(".") && !n.startsWith("_") && (tests || !n.endsWith("_test.go")) && ctx.fs.stat(`${dir}/${n}`)?.type === "file");
  } catch {
    return [];
  }
}

/** Resolves `go build` package patterns (".", "./...", "./cmd/x", file.go) to packages, or an error line. */
export function loadPackages(ctx: PosixCommandContext, root: string, mod: GoMod, patterns: readonly string[]): GoPackage[] | string {
  const pkg = (dir: string, files?: string[]): GoPackage => {
    const list = files ?? listGoFiles(ctx, dir);
    const rel = dir === root ? "" : dir.slice(root.length + 1);
    const main = list.some((f) => /^\s*package\s+main\b/m.test(readOptional(ctx, `${dir}/${f}`) ?? ""));
    return { dir, importPath: files ? "command-line-arguments" : rel ? `${mod.module}/${rel}` : mod.module, files: list, main };
  };
  const out: GoPackage[] = [];
  const goFiles = patterns.filter((p) => p.endsWith(".go"));
  if (goFiles.length > 0) {
    const dir = ctx.resolve(goFiles[0] as string).replace(/\/[^/]+$/, "") || "/";
    for (const f of goFiles) if (!ctx.fs.stat(ctx.resolve(f))) return `stat ${f}: no such file or directory`;
    out.push(pkg(dir, goFiles.map((f) => f.slice(f.lastIndexOf("/") + 1))));
  }
  for (const pattern of patterns.length > 0 ? patterns.filter((p) => !p.endsWith(".go")) : goFiles.length > 0 ? [] : ["."]) {
    if (pattern.endsWith("/...")) {
      const base = ctx.resolve(pattern.slice(0, -4) || ".");
      const walk = (dir: string): void => {
        if (listGoFiles(ctx, dir).length > 0) out.push(pkg(dir));
        let names: string[];
        try {
          names = ctx.fs.readdir(dir);
        } catch {
          return;
        }
        for (const n of names) if (!/^[._]|^(vendor|testdata|node_modules)$/.test(n) && ctx.fs.stat(`${dir}/${n}`)?.type === "dir") walk(`${dir}/${n}`);
      };
      walk(base);
      continue;
    }
    const dir = ctx.resolve(pattern);
    if (ctx.fs.stat(dir)?.type !== "dir") return pattern.startsWith(".") || pattern.startsWith("/") ? `stat ${dir}: directory not found` : `package ${pattern} is not in std (${"/usr/local/go"}/src/${pattern})`;
    if (listGoFiles(ctx, dir).length === 0) return `no Go files in ${dir}`;
    out.push(pkg(dir));
  }
  return out;
}

/** The import paths a package's files declare, with positions for messages. */
export function scanImports(ctx: PosixCommandContext, p: GoPackage, root: string): { path: string; where: string }[] {
  const found: { path: string; where: string }[] = [];
  for (const file of p.files) {
    const lines = (readOptional(ctx, `${p.dir}/${file}`) ?? "").split("\n");
    let block = false;
    lines.forEach((line, i) => {
      if (/^\s*import\s*\(/.test(line)) block = true;
      else if (block && /^\s*\)/.test(line)) block = false;
      const m = block ? /^(\s*)(?:[\w.]+\s+)?"([^"]+)"/.exec(line) : /^(\s*import\s+(?:[\w.]+\s+)?)"([^"]+)"/.exec(line);
      if (m) found.push({ path: m[2] as string, where: `${p.dir === root ? "" : `${p.dir.slice(root.length + 1)}/`}${file}:${i + 1}:${(m[1] as string).length + 1}` });
    });
  }
  return found;
}
