import { FsError } from "../../vfs/types";
import type { PosixCommandContext } from "../commands/types";
import { readOptional } from "../packages/common";
import { downloadModule, formatGoMod, formatGoSumLines, GO_MODULES, isCached, parseGoMod } from "./go-modules";
import { findModuleRoot, listGoFiles, loadPackages, scanImports } from "./go-packages";
import { readGoVersion } from "./runtime-versions";

/** Writes cmd/go's error text to stderr and returns `status`. */
export function failGo(ctx: PosixCommandContext, message: string, status = 1): number {
  ctx.out.err(message.endsWith("\n") ? message : `${message}\n`);
  return status;
}

/** `go mod init|download|tidy|verify`. */
export function runMod(ctx: PosixCommandContext, args: readonly string[]): number {
  const sub = args[0];
  const root = findModuleRoot(ctx, ctx.cwd);
  if (sub === "init") {
    const path = ctx.cwd === "/" ? "" : ctx.cwd;
    if (ctx.fs.stat(`${path}/go.mod`)) return failGo(ctx, `go: ${path}/go.mod already exists`);
    const name = args[1];
    if (!name) return failGo(ctx, "go: cannot determine module path for source directory " + ctx.cwd + " (outside GOPATH, module path must be specified)\n\nExample usage:\n\t'go mod init example.com/m' to initialize a v0 module\n\t'go mod init example.com/m/v2' to initialize a v2 module\n\nRun 'go help mod init' for more information.");
    ctx.out.err(`go: creating new go.mod: module ${name}\n`);
    ctx.fs.writeFile(`${path}/go.mod`, formatGoMod({ module: name, go: readGoVersion(ctx), requires: [] }));
    if (listGoFiles(ctx, ctx.cwd).length > 0) ctx.out.err("go: to add module requirements and sums:\n\tgo mod tidy\n");
    return 0;
  }
  if (sub !== "download" && sub !== "tidy" && sub !== "verify") return failGo(ctx, `go mod ${sub ?? ""}: unknown command\nRun 'go help mod' for usage.`, 2);
  if (!root) return failGo(ctx, "go: go.mod file not found in current directory or any parent directory; see 'go help modules'");
  const base = root === "/" ? "" : root;
  const mod = parseGoMod(readOptional(ctx, `${base}/go.mod`) ?? "");
  if (sub === "verify") {
    ctx.out.out("all modules verified\n");
    return 0;
  }
  try {
    if (sub === "tidy") {
      const pkgs = loadPackages(ctx, root, mod, ["./..."]);
      for (const p of typeof pkgs === "string" ? [] : pkgs) {
        for (const imp of scanImports(ctx, p, root)) {
          if (!imp.path.split("/")[0]?.includes(".") || mod.requires.some((r) => imp.path === r.path || imp.path.startsWith(`${r.path}/`))) continue;
          const known = [...GO_MODULES.keys()].find((m) => imp.path === m || imp.path.startsWith(`${m}/`));
          if (!known) return failGo(ctx, `go: finding module for package ${imp.path}\ngo: ${mod.module} imports\n\t${imp.path}: cannot find module providing package ${imp.path}: module ${imp.path}: git ls-remote -q origin in /tmp: exit status 128`);
          const version = GO_MODULES.get(known)?.version ?? "v1.0.0";
          ctx.out.err(`go: finding module for package ${imp.path}\ngo: found ${imp.path} in ${known} ${version}\n`);
          mod.requires.push({ path: known, version, indirect: false });
        }
      }
      ctx.fs.writeFile(`${base}/go.mod`, formatGoMod(mod));
    }
    for (const r of mod.requires) {
      if (!isCached(ctx, r.path, r.version)) {
        if (sub === "tidy") ctx.out.err(`go: downloading ${r.path} ${r.version}\n`);
        downloadModule(ctx, r.path, r.version);
      }
    }
    // Simplification: `go mod download` records the sums too, so a later build does not need the network.
    const sum = mod.requires.map((r) => formatGoSumLines(r.path, r.version)).join("");
    if (mod.requires.length > 0 || sub === "tidy") ctx.fs.writeFile(`${base}/go.sum`, sum);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    return failGo(ctx, `go: could not create module cache: mkdir ${e.path}: permission denied`);
  }
  return 0;
}

/** `go get MODULE[@VERSION]…`: downloads, adds the requirement and its go.sum lines ("go: added …"). */
export function runGet(ctx: PosixCommandContext, args: readonly string[]): number {
  const root = findModuleRoot(ctx, ctx.cwd);
  if (!root) return failGo(ctx, "go: go.mod file not found in current directory or any parent directory.\n\t'go get' is no longer supported outside a module.\n\tTo build and install a command, use 'go install' with a version,\n\tlike 'go install example.com/cmd@latest'\n\tFor more information, see https://golang.org/doc/go-get-install-deprecation\n\tor run 'go help get' or 'go help install'.");
  const base = root === "/" ? "" : root;
  const mod = parseGoMod(readOptional(ctx, `${base}/go.mod`) ?? "");
  try {
    for (const spec of args.filter((a) => !a.startsWith("-"))) {
      const [wanted = "", at = "latest"] = spec.split("@");
      const path = [...GO_MODULES.keys()].find((m) => wanted === m || wanted.startsWith(`${m}/`));
      const known = path === undefined ? undefined : GO_MODULES.get(path);
      if (!path || !known) return failGo(ctx, `go: module ${wanted}: reading https://proxy.golang.org/${wanted.toLowerCase()}/@v/list: 404 Not Found\n\tserver response: not found: module ${wanted}: git ls-remote -q origin: exit status 128`);
      const version = at === "latest" || at === "upgrade" ? known.version : at;
      if (!isCached(ctx, path, version)) {
        ctx.out.err(`go: downloading ${path} ${version}\n`);
        downloadModule(ctx, path, version);
      }
      const existing = mod.requires.find((r) => r.path === path);
      if (existing?.version === version) continue;
      ctx.out.err(existing ? `go: upgraded ${path} ${existing.version} => ${version}\n` : `go: added ${path} ${version}\n`);
      if (existing) existing.version = version;
      else mod.requires.push({ path, version, indirect: false });
    }
    ctx.fs.writeFile(`${base}/go.mod`, formatGoMod(mod));
    ctx.fs.writeFile(`${base}/go.sum`, mod.requires.map((r) => formatGoSumLines(r.path, r.version)).join(""));
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    return failGo(ctx, `go: could not create module cache: mkdir ${e.path}: permission denied`);
  }
  return 0;
}
