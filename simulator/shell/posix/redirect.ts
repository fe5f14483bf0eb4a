import { FsError } from "../../vfs/types";
import type { Redirect } from "./ast";
import type { ShellCore } from "./core";
import { expandString, type ExpandHost } from "./expand";
import { FileSink, NullSink, Source, type Fd, type Io } from "./io";

class RedirectFailure {
  constructor(readonly message: string) {}
}

/** An output fd that writes to `path` (created or truncated now, or appended to). */
function openForWrite(core: ShellCore, target: string, append: boolean, io: Io): Fd {
  if (target === "/dev/null") return { kind: "out", sink: new NullSink() };
  if (target === "/dev/stdout" || target === "/dev/stderr" || target === "/dev/tty") {
    const fd = io.get(target === "/dev/stdout" ? 1 : 2);
    if (fd) return fd;
  }
  const path = core.resolve(target);
  try {
    const stat = core.fs.stat(path);
    if (stat?.type === "dir") throw new FsError("EISDIR", path);
    if (!stat || !append) core.fs.writeFile(path, "");
    else core.fs.appendFile(path, "");
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    throw new RedirectFailure(core.diag.cannotCreate(target, e, core.line));
  }
  return { kind: "out", sink: new FileSink(core.fs, path) };
}

/** An input fd reading `path` (its contents now: later writes are not seen). */
function openForRead(core: ShellCore, target: string, io: Io, create = false): Fd {
  if (target === "/dev/null") return { kind: "in", source: new Source("") };
  if (target === "/dev/stdin") return io.get(0) ?? { kind: "in", source: new Source("") };
  const path = core.resolve(target);
  try {
    const stat = core.fs.stat(path);
    if (stat?.type === "dir") return { kind: "in", source: new Source("") };
    if (!stat && create) core.fs.writeFile(path, "");
    return { kind: "in", source: new Source(core.fs.readFile(path)) };
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    throw new RedirectFailure(core.diag.cannotOpen(target, e, core.line));
  }
}

function applyOne(core: ShellCore, r: Redirect, out: Io, host: ExpandHost): void {
  if (r.heredoc) {
    const body = expandString(r.heredoc.body, host);
    out.fds.set(r.fd, { kind: "in", source: new Source(body) });
    return;
  }
  const target = expandString(r.target, host);
  switch (r.op) {
    case "<":
      out.fds.set(r.fd, openForRead(core, target, out));
      return;
    case "<>":
      out.fds.set(r.fd, openForRead(core, target, out, true));
      return;
    case ">":
    case ">|":
    case ">>": {
      const fd = openForWrite(core, target, r.op === ">>", out);
      if (r.fd === -1) {
        out.fds.set(1, fd);
        out.fds.set(2, fd);
      } else out.fds.set(r.fd, fd);
      return;
    }
    case ">&":
    case "<&": {
      if (target === "-") {
        out.fds.delete(r.fd);
        return;
      }
      if (!/^[0-9]+$/.test(target)) {
        // bash and ash: `>&file` is `&>file`.
        if (core.flavor === "dash" || r.op === "<&") throw new RedirectFailure(core.diag.badFd(target, core.line));
        const fd = openForWrite(core, target, false, out);
        out.fds.set(1, fd);
        out.fds.set(2, fd);
        return;
      }
      const src = out.get(Number(target));
      if (!src) throw new RedirectFailure(core.diag.badFd(target, core.line));
      out.fds.set(r.fd, src);
      return;
    }
    default:
      return;
  }
}

/**
 * Applies redirections in order (XCU §2.7) to a copy of `io`. On failure the
 * shell's message is written and the status returned (dash 2, bash and ash 1):
 * dash `cannot create /x/y: Directory nonexistent`, ash `can't create …:
 * nonexistent directory`, bash `/x/y: No such file or directory`.
 */
export function applyRedirects(core: ShellCore, redirects: Redirect[], io: Io): Io | number {
  if (redirects.length === 0) return io;
  const out = io.clone();
  const host = core.expandHost(io);
  for (const r of redirects) {
    try {
      applyOne(core, r, out, host);
    } catch (e) {
      if (!(e instanceof RedirectFailure)) throw e;
      core.err(io, e.message);
      return core.diag.redirectStatus;
    }
  }
  return out;
}
