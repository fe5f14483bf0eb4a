import { listSourceMembers } from "../packages/downloads/source";
import { findDownloadByBody } from "../packages/downloads-catalog";
import { compareBytes } from "../posix/glob";
import { errText, onlyFsErrors, prog } from "./lib/common";
import type { PosixCommandContext } from "./types";

/** The first line of a simulated tar archive (real tar bytes are not needed: only this simulator reads them). */
export const TAR_MAGIC = "DOCKYARD-TAR/1";

/** One archive member. */
interface Member {
  p: string;
  t: "f" | "d" | "l";
  m: number;
  u: number;
  g: number;
  time: number;
  d?: string;
  l?: string;
  /** Declared st_size when the data is a stand-in (a release tarball's sources). */
  s?: number;
}

/** Serializes members: a magic line (`gzip` noted for -z) then one JSON object per line. */
export function formatArchive(members: Member[], gzip: boolean): string {
  return `${TAR_MAGIC}${gzip ? " gzip" : ""}\n` + members.map((m) => JSON.stringify(m) + "\n").join("");
}

/** Reads an archive written by formatArchive; undefined when it is not one. */
export function parseArchive(text: string): Member[] | undefined {
  if (!text.startsWith(TAR_MAGIC)) return undefined;
  try {
    return text.split("\n").slice(1).filter(Boolean).map((l) => JSON.parse(l) as Member);
  } catch {
    return undefined;
  }
}

/**
 * The members of a release tarball the downloads catalog serves (its entry
 * carries the tree, see downloads/source.ts), owned by root as the release
 * managers' tarballs are extracted by root with GNU tar.
 */
function readReleaseTarball(text: string): Member[] | undefined {
  const source = findDownloadByBody(text)?.source;
  if (!source) return undefined;
  return listSourceMembers(source).map((m) => ({ p: m.type === "dir" ? `${m.path}/` : m.path, t: m.type === "dir" ? "d" : "f", m: m.mode, u: 0, g: 0, time: m.mtimeMs, d: m.data, ...(m.size === undefined ? {} : { s: m.size }) }));
}

interface TarOptions {
  mode?: "c" | "x" | "t";
  file?: string;
  dir?: string;
  verbose: boolean;
  gzip: boolean;
  strip: number;
  operands: string[];
}

/** tar's options, including the old style `tar xzf FILE` and long --file=/--directory=. */
function parseOptions(args: string[]): TarOptions {
  const o: TarOptions = { verbose: false, gzip: false, strip: 0, operands: [] };
  const first = args[0];
  if (first !== undefined && !first.startsWith("-")) args = [...[...first].map((c) => `-${c}`), ...args.slice(1)];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a.startsWith("--")) {
      const [key, value] = a.slice(2).split(/=(.*)/s) as [string, string | undefined];
      const v = (): string => value ?? args[++i] ?? "";
      if (key === "file") o.file = v();
      else if (key === "directory") o.dir = v();
      else if (key === "strip-components") o.strip = Number(v());
      else if (key === "create" || key === "extract" || key === "list") o.mode = key === "create" ? "c" : key === "extract" ? "x" : "t";
      else if (key === "gzip") o.gzip = true;
      else if (key === "verbose") o.verbose = true;
      continue;
    }
    if (!a.startsWith("-") || a === "-") {
      o.operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      if (c === "c" || c === "x" || c === "t") o.mode = c;
      else if (c === "v") o.verbose = true;
      else if (c === "z" || c === "j" || c === "J") o.gzip = true;
      else if (c === "f" || c === "C") {
        const value = j + 1 < a.length ? a.slice(j + 1) : (args[++i] ?? "");
        if (c === "f") o.file = value;
        else o.dir = value;
        break;
      }
    }
  }
  return o;
}

/**
 * `tar -c|-x|-t [-zv] [-f FILE] [-C DIR] [--strip-components=N] [MEMBER]...`
 * over a simulated archive format. Messages as GNU tar (`tar: x: Cannot
 * open: No such file or directory` / `tar: Error is not recoverable: exiting
 * now`, status 2) or BusyBox (`tar: can't open 'x': No such file or directory`, 1).
 */
export function runTar(ctx: PosixCommandContext): number {
  const o = parseOptions(ctx.argv.slice(1));
  const name = prog(ctx);
  const gnu = ctx.variant === "gnu";
  const fatal = (msg: string): number => {
    ctx.out.err(`${name}: ${msg}\n${gnu ? `${name}: Error is not recoverable: exiting now\n` : ""}`);
    return gnu ? 2 : 1;
  };
  if (!o.mode) {
    ctx.out.err(gnu ? `${name}: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\nTry '${name} --help' or '${name} --usage' for more information.\n` : `${name}: need one of -c, -x, -t\n`);
    return gnu ? 2 : 1;
  }
  const base = ctx.resolve(o.dir ?? ".");
  const join = (rel: string): string => (rel.startsWith("/") ? rel : `${base === "/" ? "" : base}/${rel}`);
  const file = o.file ?? "-";
  if (o.mode === "c") {
    const members: Member[] = [];
    let failed = false;
    let warned = false;
    const add = (rel: string): void => {
      ctx.budget.tick();
      const path = join(rel);
      const st = ctx.fs.lstat(path);
      if (!st) {
        ctx.out.err(gnu ? `${name}: ${rel}: Cannot stat: No such file or directory\n` : `${name}: ${rel}: No such file or directory\n`);
        failed = true;
        return;
      }
      let stored = rel.replace(/^\/+/, "");
      if (stored !== rel && !warned) {
        ctx.out.err(gnu ? `${name}: Removing leading \`/' from member names\n` : `${name}: removing leading '/' from member names\n`);
        warned = true;
      }
      if (stored === "") stored = ".";
      const m: Member = { p: st.type === "dir" ? stored.replace(/\/?$/, "/") : stored, t: st.type === "dir" ? "d" : st.type === "symlink" ? "l" : "f", m: st.mode, u: st.uid, g: st.gid, time: st.mtimeMs };
      if (st.type === "file") m.d = ctx.fs.readFile(path);
      if (st.type === "symlink") m.l = st.target ?? ctx.fs.readlink(path);
      members.push(m);
      if (o.verbose) (file === "-" ? ctx.out.err : ctx.out.out)(m.p + "\n");
      if (st.type === "dir") for (const c of ctx.fs.readdir(path).sort(compareBytes)) add(rel === "." ? c : `${rel.replace(/\/$/, "")}/${c}`);
    };
    if (o.operands.length === 0) {
      ctx.out.err(gnu ? `${name}: Cowardly refusing to create an empty archive\nTry '${name} --help' or '${name} --usage' for more information.\n` : `${name}: empty archive\n`);
      return gnu ? 2 : 1;
    }
    for (const op of o.operands) add(op);
    const archive = formatArchive(members, o.gzip);
    if (file === "-") ctx.out.out(archive);
    else {
      try {
        ctx.fs.writeFile(ctx.resolve(file), archive);
      } catch (e) {
        return fatal(gnu ? `${file}: Cannot open: ${errText(onlyFsErrors(e))}` : `can't open '${file}': ${errText(onlyFsErrors(e))}`);
      }
    }
    if (failed && gnu) ctx.out.err(`${name}: Exiting with failure status due to previous errors\n`);
    return failed ? (gnu ? 2 : 1) : 0;
  }
  let text: string;
  try {
    text = file === "-" ? ctx.stdin : ctx.fs.readFile(ctx.resolve(file));
  } catch (e) {
    return fatal(gnu ? `${file}: Cannot open: ${errText(onlyFsErrors(e))}` : `can't open '${file}': ${errText(onlyFsErrors(e))}`);
  }
  const members = parseArchive(text) ?? readReleaseTarball(text);
  if (!members) {
    if (gnu) {
      ctx.out.err(`${name}: This does not look like a tar archive\n${name}: Exiting with failure status due to previous errors\n`);
      return 2;
    }
    ctx.out.err(`${name}: invalid tar magic\n`);
    return 1;
  }
  const wanted = o.operands.map((w) => w.replace(/\/$/, ""));
  let status = 0;
  for (const m of members) {
    ctx.budget.tick();
    const clean = m.p.replace(/\/$/, "");
    if (wanted.length > 0 && !wanted.some((w) => clean === w || clean.startsWith(w + "/"))) continue;
    if (o.mode === "t") {
      ctx.out.out(m.p + "\n");
      continue;
    }
    const parts = clean.split("/").slice(o.strip);
    if (parts.length === 0 || parts.join("") === "") continue;
    const path = join(parts.join("/"));
    if (o.verbose) ctx.out.out(m.p + "\n");
    try {
      if (m.t === "d") {
        if (ctx.fs.stat(path)?.type !== "dir") ctx.fs.mkdir(path, { recursive: true });
        ctx.fs.chmod(path, m.m);
      } else {
        const parent = path.slice(0, path.lastIndexOf("/")) || "/";
        if (!ctx.fs.stat(parent)) ctx.fs.mkdir(parent, { recursive: true });
        if (ctx.fs.lstat(path)) ctx.fs.remove(path);
        if (m.t === "l") ctx.fs.symlink(m.l ?? "", path);
        else if (ctx.user.uid === 0) ctx.fs.writeFileWith(path, m.d ?? "", { mode: m.m, uid: m.u, gid: m.g, mtimeMs: m.time, ...(m.s === undefined ? {} : { size: m.s }) });
        else {
          ctx.fs.writeFileWith(path, m.d ?? "", m.s === undefined ? {} : { size: m.s });
          ctx.fs.chmod(path, m.m);
        }
      }
    } catch (e) {
      ctx.out.err(gnu ? `${name}: ${clean}: Cannot open: ${errText(onlyFsErrors(e))}\n` : `${name}: can't create '${clean}': ${errText(onlyFsErrors(e))}\n`);
      status = gnu ? 2 : 1;
    }
  }
  if (status !== 0 && gnu) ctx.out.err(`${name}: Exiting with failure status due to previous errors\n`);
  return status;
}
