import { calculateSha256Hex } from "../../core/sha256";
import { parseArchive } from "../../shell/commands/tar";
import { createLayer } from "../../vfs/layer";
import { calculateCleanPath } from "../../vfs/path";
import { UnionFs } from "../../vfs/union-fs";
import { calculateSourcesChecksum, resolveContextSources } from "../context";
import type { CacheInput, InstructionHandler, StageRun } from "../stage-run";
import { resolveBuildUser } from "../user";
import { calculateWorkdir } from "./workdir";
import { calculateBuildRef } from "../build-ref";
import type { Instruction } from "../../dockerfile/instructions/types";

type CopyInstruction = Extract<Instruction, { kind: "copy" | "add" }>;

/** One thing to copy: a path relative to the source root and what is there. */
interface SourceItem {
  /** Relative to the operand's root ("" = the operand itself). */
  rel: string;
  type: "file" | "dir" | "symlink";
  content: string;
  mode: number;
  size?: number;
  target?: string;
}

/** A resolved operand: its items and whether it is a directory (whose contents are copied, not itself). */
interface SourceOperand {
  name: string;
  isDir: boolean;
  items: SourceItem[];
}

const NOT_FOUND_REF = "moby::";

/** The `--from` stage or image's root file system, read-only. */
function openFromFs(run: StageRun, from: string): UnionFs | undefined {
  const stage = run.finished.find((s) => s.name === from.toLowerCase() || String(s.index) === from);
  const state = stage?.state ?? run.fromImages.get(from);
  if (!state) return undefined;
  return new UnionFs(state.layers.map((l) => run.host.getLayer(l.digest)));
}

function listFsOperand(fs: UnionFs, path: string): SourceOperand | undefined {
  const clean = calculateCleanPath(path.startsWith("/") ? path : `/${path}`);
  const st = fs.lstat(clean);
  if (!st) return undefined;
  const items: SourceItem[] = [];
  const walk = (abs: string, rel: string): void => {
    const s = fs.lstat(abs);
    if (!s) return;
    if (s.type === "symlink") items.push({ rel, type: "symlink", content: "", mode: 0o777, target: fs.readlink(abs) });
    else if (s.type === "dir") {
      if (rel !== "") items.push({ rel, type: "dir", content: "", mode: s.mode & 0o7777 });
      for (const name of fs.readdir(abs)) walk(`${abs === "/" ? "" : abs}/${name}`, rel === "" ? name : `${rel}/${name}`);
    } else items.push({ rel, type: "file", content: fs.readFile(abs), mode: s.mode & 0o7777, size: s.size });
  };
  walk(clean, "");
  return { name: clean.slice(clean.lastIndexOf("/") + 1), isDir: st.type === "dir", items };
}

/** Resolves every source operand, or names the first that matches nothing (BuildKit: `"/app.py": not found`). */
function resolveOperands(run: StageRun, instruction: CopyInstruction): { operands: SourceOperand[]; checksum: string; sums: Record<string, string> } | { missing: string } {
  const from = instruction.kind === "copy" ? instruction.from : "";
  const sums: Record<string, string> = {};
  const operands: SourceOperand[] = [];
  for (const content of instruction.contents) {
    operands.push({ name: content.path, isDir: false, items: [{ rel: "", type: "file", content: content.data, mode: 0o644 }] });
    sums[`<<${content.path}`] = calculateSha256Hex(content.data);
  }
  const sources = instruction.sources.filter((s) => !instruction.contents.some((c) => c.path === s));
  if (sources.length === 0) return { operands, checksum: calculateSha256Hex(JSON.stringify(sums)), sums };
  if (from !== "") {
    const fs = openFromFs(run, from);
    if (!fs) return { missing: `/${sources[0]}` };
    for (const source of sources) {
      const operand = listFsOperand(fs, source);
      if (!operand) return { missing: calculateCleanPath(source.startsWith("/") ? source : `/${source}`) };
      operands.push(operand);
      for (const item of operand.items) sums[`${source}/${item.rel}`] = calculateSha256Hex(`${item.type}${item.mode}${item.content}${item.target ?? ""}`);
    }
    return { operands, checksum: calculateSha256Hex(JSON.stringify(sums)), sums };
  }
  const resolved = resolveContextSources(run.request.context, sources);
  if ("missing" in resolved) return { missing: resolved.missing };
  for (const r of resolved.resolved) {
    for (const root of r.roots) {
      const rootEntry = root === "" ? undefined : run.request.context.entries.get(root);
      const isDir = root === "" || rootEntry?.type === "dir";
      const items: SourceItem[] = [];
      for (const e of r.entries) {
        if (root !== "" && e.path !== root && !e.path.startsWith(`${root}/`)) continue;
        const rel = root === "" ? e.path : e.path === root ? "" : e.path.slice(root.length + 1);
        if (isDir && rel === "") continue;
        items.push({ rel, type: e.type, content: e.content, mode: e.mode & 0o7777 });
        if (e.type === "file") sums[e.path] = calculateSha256Hex(`${e.mode.toString(8)}:${e.content}`);
      }
      operands.push({ name: root.slice(root.lastIndexOf("/") + 1), isDir, items });
    }
  }
  return { operands, checksum: calculateSourcesChecksum(resolved.resolved), sums };
}

function calculateCopyCacheInput(instruction: Instruction, run: StageRun): CacheInput {
  if (instruction.kind !== "copy" && instruction.kind !== "add") return { ok: true, input: "" };
  if (instruction.kind === "add" && instruction.sources.some((s) => /^https?:\/\//.test(s))) return { ok: true, input: "url" };
  const from = instruction.kind === "copy" ? instruction.from : "";
  const stage = from ? run.finished.find((s) => s.name === from.toLowerCase() || String(s.index) === from) : undefined;
  const resolved = resolveOperands(run, instruction);
  if ("missing" in resolved) {
    const ref = `${NOT_FOUND_REF}${calculateBuildRef(run.host.ids)}`;
    const message = `failed to compute cache key: failed to calculate checksum of ref ${ref}: "${resolved.missing}": not found`;
    const verb = instruction.kind === "add" ? "ADD" : "COPY";
    return {
      ok: false,
      failure: {
        message,
        classic: `${verb} failed: file not found in build context or excluded by .dockerignore: stat ${resolved.missing.replace(/^\//, "")}: file does not exist`,
        exitCode: 1,
      },
    };
  }
  return { ok: true, input: `${stage?.cacheKey ?? ""}:${resolved.checksum}`, sources: resolved.sums };
}

/** Parses `--chown=user:group` against the image's passwd/group files (names or IDs). */
function resolveChown(fs: UnionFs, spec: string): { uid: number; gid: number } | { error: string } {
  if (spec === "") return { uid: 0, gid: 0 };
  const who = resolveBuildUser(fs, spec);
  if (!who.ok) return { error: who.message };
  return { uid: who.user.uid, gid: spec.includes(":") ? who.user.gid : who.user.gid };
}

/**
 * COPY and ADD: copy context (or `--from` stage) files into the image as
 * root-owned files keeping their modes (`--chown`, `--chmod` override), a
 * directory operand copying its contents, a destination ending in `/` (or
 * several sources) meaning a directory; ADD unpacks local tar archives.
 * The changes become one layer (docker docs: reference/dockerfile.md
 * "COPY", "ADD"; moby/buildkit: dockerfile2llb/convert_copy.go).
 */
function dispatchCopy(instruction: Instruction, run: StageRun): ReturnType<InstructionHandler["dispatch"]> {
  if (instruction.kind !== "copy" && instruction.kind !== "add") return { ok: true };
  const verb = instruction.kind === "add" ? "ADD" : "COPY";
  const url = instruction.kind === "add" ? instruction.sources.find((s) => /^https?:\/\//.test(s)) : undefined;
  if (url) {
    const host = url.replace(/^https?:\/\//, "").split(/[/:]/)[0] ?? "";
    const message = `failed to load cache key: Get "${url}": dial tcp: lookup ${host} on 127.0.0.11:53: no such host`;
    return { ok: false, failure: { message, classic: `Get "${url}": dial tcp: lookup ${host}: no such host`, exitCode: 1 } };
  }
  const resolved = resolveOperands(run, instruction);
  if ("missing" in resolved) return { ok: false, failure: { message: `"${resolved.missing}": not found`, classic: `"${resolved.missing}": not found`, exitCode: 1 } };
  const { fs, upper } = run.createFs();
  const owner = resolveChown(fs, instruction.chown);
  if ("error" in owner) return { ok: false, failure: { message: owner.error, classic: owner.error, exitCode: 1 } };
  const chmod = instruction.chmod !== "" ? parseInt(instruction.chmod, 8) : undefined;
  const destText = instruction.dest;
  const dest = calculateWorkdir(run.config.WorkingDir, destText);
  const many = resolved.operands.length > 1;
  const destIsDir = destText.endsWith("/") || destText === "." || many || fs.stat(dest)?.type === "dir";
  const ensureDir = (path: string): void => {
    if (path === "/" || fs.lstat(path)) return;
    ensureDir(path.slice(0, path.lastIndexOf("/")) || "/");
    fs.mkdir(path);
    fs.chown(path, owner.uid, owner.gid);
  };
  try {
    for (const operand of resolved.operands) {
      const base = operand.isDir ? dest : destIsDir ? `${dest === "/" ? "" : dest}/${operand.name}` : dest;
      if (operand.isDir) ensureDir(dest);
      else ensureDir(base.slice(0, base.lastIndexOf("/")) || "/");
      for (const item of operand.items) {
        const target = item.rel === "" ? base : `${base === "/" ? "" : base}/${item.rel}`;
        if (item.type === "dir") {
          ensureDir(target);
          if (chmod !== undefined) fs.chmod(target, chmod);
          continue;
        }
        ensureDir(target.slice(0, target.lastIndexOf("/")) || "/");
        if (item.type === "symlink") {
          if (fs.lstat(target)) fs.remove(target);
          fs.symlink(item.target ?? "", target);
          continue;
        }
        const members = instruction.kind === "add" && instruction.unpack !== false ? parseArchive(item.content) : undefined;
        if (members) {
          for (const m of members) {
            const path = calculateCleanPath(`${destIsDir || operand.isDir ? dest : target.slice(0, target.lastIndexOf("/")) || "/"}/${m.p}`);
            if (m.t === "d") ensureDir(path);
            else if (m.t === "l") {
              ensureDir(path.slice(0, path.lastIndexOf("/")) || "/");
              fs.symlink(m.l ?? "", path);
            } else {
              ensureDir(path.slice(0, path.lastIndexOf("/")) || "/");
              fs.writeFileWith(path, m.d ?? "", { mode: m.m, uid: m.u, gid: m.g });
            }
          }
          continue;
        }
        fs.writeFileWith(target, item.content, { mode: chmod ?? item.mode, uid: owner.uid, gid: owner.gid, ...(item.size !== undefined ? { size: item.size } : {}) });
      }
    }
  } catch (error) {
    const message = `failed to copy files: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, failure: { message, classic: `${verb} failed: ${message}`, exitCode: 1 } };
  }
  if (upper.count > 0) run.addLayer(createLayer(upper.entries));
  run.addHistory(formatCopyHistory(instruction), upper.count === 0);
  return { ok: true };
}

/** `COPY --from=build /app /app # buildkit` (moby/buildkit: dockerfile2llb/convert_copy.go commit message). */
function formatCopyHistory(instruction: Instruction): string {
  if (instruction.kind !== "copy" && instruction.kind !== "add") return "";
  const verb = instruction.kind === "add" ? "ADD" : "COPY";
  const flags = [instruction.kind === "copy" && instruction.from ? `--from=${instruction.from}` : "", instruction.chown ? `--chown=${instruction.chown}` : "", instruction.chmod ? `--chmod=${instruction.chmod}` : ""].filter(Boolean);
  return `${verb} ${[...flags, ...instruction.sources, instruction.dest].join(" ")} # buildkit`;
}

/** COPY (moby/buildkit: dockerfile2llb/convert_copy.go dispatchCopy). */
export const copyHandler: InstructionHandler = { counted: true, calculateCacheInput: calculateCopyCacheInput, dispatch: dispatchCopy, formatHistory: formatCopyHistory };

/** ADD: COPY plus archive unpacking and URLs (which fail offline like a DNS miss). */
export const addHandler: InstructionHandler = { counted: true, calculateCacheInput: calculateCopyCacheInput, dispatch: dispatchCopy, formatHistory: formatCopyHistory };
