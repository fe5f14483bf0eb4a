import { calculateBasename, calculateResolvedPath } from "../../vfs/path";
import { FsError } from "../../vfs/types";
import type { PosixCommand, PosixCommandContext, ShellUser } from "../commands/types";
import type { ShellCore } from "./core";
import { BrokenPipeSignal, ExitSignal, KilledSignal, LoopSignal, ReturnSignal, Source, type Io } from "./io";
import { strerror } from "./messages";
import { createShellCommand } from "./shell-command";
import { checkAccess } from "./test-expr";

/** The PATH a shell uses when $PATH is unset (dash: src/var.c defpathvar). */
export const DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/** Where a command name leads: an executable, a file we may not execute, or nothing. */
export type Lookup = { kind: "found"; path: string } | { kind: "denied"; path: string } | { kind: "missing" };

/**
 * Finds a command as execvp(3) would (XCU §2.9.1.1): a name with a slash is a
 * path; otherwise each $PATH directory in turn. A file without execute
 * permission is skipped but remembered, for "Permission denied" (126).
 */
export function searchPath(core: ShellCore, name: string, pathVar?: string): Lookup {
  const check = (path: string): Lookup => {
    let stat;
    try {
      stat = core.fs.stat(path);
    } catch {
      stat = null;
    }
    if (!stat) return { kind: "missing" };
    if (stat.type === "dir" || !checkAccess(stat, core.user, 1)) return { kind: "denied", path };
    return { kind: "found", path };
  };
  if (name.includes("/")) return check(core.resolve(name));
  if (name === "") return { kind: "missing" };
  let denied: Lookup | undefined;
  for (const dir of (pathVar ?? core.state.get("PATH") ?? DEFAULT_PATH).split(":")) {
    const result = check(core.resolve(`${dir || "."}/${name}`));
    if (result.kind === "found") {
      if (core.fs.stat(result.path)?.type === "dir") continue;
      return result;
    }
    if (result.kind === "denied" && core.fs.stat(result.path)?.type === "file") denied ??= result;
  }
  return denied ?? { kind: "missing" };
}

/** Runs a program found on $PATH with `env` as its environment; reports 127/126 as the shell does. */
export function runExternal(core: ShellCore, argv: string[], env: Record<string, string>, io: Io): number {
  const name = argv[0] as string;
  const found = searchPath(core, name, env.PATH);
  if (found.kind === "missing") {
    core.err(io, core.diag.notFound(name, core.line));
    return 127;
  }
  if (found.kind === "denied") {
    core.err(io, `${core.diag.prefix(core.line)}${name}: Permission denied\n`);
    return 126;
  }
  if (core.flavor === "bash") env = { ...env, _: found.path };
  // execve gets the path the shell found: `./run.sh` as typed, a $PATH hit as dir/name (which a #! interpreter then opens).
  return execFile(core, found.path, argv, env, io, 0, name.includes("/") ? name : found.path);
}

/** Whether file contents look like a compiled program rather than a script. */
function looksBinary(content: string): boolean {
  return content.startsWith("\x7fELF") || content.includes("\0");
}

/**
 * execve(2) of an executable file: a `#!` line names the interpreter (which
 * must exist and be executable, else dash/ash say `not found` and bash
 * `cannot execute: required file not found`); otherwise the program
 * registered for the file's basename runs; a text file without one runs as a
 * script in a new shell of the same kind (dash: src/exec.c tryexec ENOEXEC).
 */
function execFile(core: ShellCore, path: string, argv: string[], env: Record<string, string>, io: Io, depth: number, execPath: string): number {
  const invoked = argv[0] as string;
  let content = "";
  const impl = Object.hasOwn(core.commands, calculateBasename(path)) ? core.commands[calculateBasename(path)] : undefined;
  try {
    content = core.fs.readFile(path);
  } catch (e) {
    if (!impl) {
      core.err(io, `${core.diag.prefix(core.line)}${invoked}: ${strerror(e)}\n`);
      return 126;
    }
  }
  // A launcher an image keeps only as its `#!` line (yarn's /opt/yarn-v*/bin/yarn) stands for the program registered under its basename.
  // Simplification: a user's script that is nothing but a `#!` line would run that program too (the real one does nothing).
  if (impl && /^#![^\n]*\n?$/.test(content)) return runProgram(core, impl, argv, env, io);
  if (content.startsWith("#!") && depth < 4) {
    const end = content.indexOf("\n");
    const line = content.slice(2, end < 0 ? undefined : end).replace(/^[ \t]+/, "").replace(/[ \t]+$/, "");
    const m = /^(\S+)(?:[ \t]+(.*))?$/.exec(line);
    const interpreter = m?.[1] ?? "";
    const interpPath = calculateResolvedPath(core.state.cwd, interpreter);
    const stat = interpreter ? core.fs.stat(interpPath) : null;
    if (!stat || stat.type !== "file") {
      if (core.flavor === "bash") core.err(io, `${core.diag.prefix(core.line)}${invoked}: cannot execute: required file not found\n`);
      else core.err(io, core.diag.notFound(invoked, core.line));
      return 127;
    }
    if (!checkAccess(stat, core.user, 1)) {
      core.err(io, `${core.diag.prefix(core.line)}${invoked}: Permission denied\n`);
      return 126;
    }
    const newArgv = [interpreter, ...(m?.[2] ? [m[2]] : []), execPath, ...argv.slice(1)];
    return execFile(core, interpPath, newArgv, env, io, depth + 1, interpreter);
  }
  if (impl) return runProgram(core, impl, argv, env, io);
  if (looksBinary(content)) {
    core.err(io, `${core.diag.prefix(core.line)}${invoked}: Exec format error\n`);
    return 126;
  }
  return runProgram(core, createShellCommand(core.flavor), [core.diag.name, execPath, ...argv.slice(1)], env, io);
}

/** Makes `user` the shell's user and the file system's credentials (what setuid(2) does for the process). */
function switchUser(core: ShellCore, user: ShellUser): void {
  core.user = user;
  core.fs.setCredentials(user.uid === 0 ? undefined : { uid: user.uid, gid: user.gid, groups: user.groups });
}

/** Calls a program with a process context wired to `io`; its crashes become a message and status 1. */
export function runProgram(core: ShellCore, impl: PosixCommand, argv: string[], env: Record<string, string>, io: Io): number {
  const source = io.input(0);
  let stdin: string | undefined;
  const cwd = core.state.cwd;
  const ctx: PosixCommandContext = {
    argv,
    env,
    cwd,
    get stdin(): string {
      stdin ??= source.readAll();
      return stdin;
    },
    out: { out: (t) => io.write(1, t), err: (t) => io.write(2, t) },
    fs: core.fs,
    user: core.user,
    clock: core.clock,
    variant: core.variant,
    hostname: core.hostname,
    commands: core.commands,
    isTerminal: (() => {
      const fd = io.get(1);
      return fd?.kind === "out" && fd.sink.terminal === true;
    })(),
    budget: core.budget,
    network: core.network,
    resolve: (p) => calculateResolvedPath(cwd, p),
    exec: (childArgv, options = {}) => {
      const childIo = io.clone();
      if (options.stdin !== undefined) childIo.fds.set(0, { kind: "in", source: new Source(options.stdin) });
      const savedCwd = core.state.cwd;
      const savedUser = core.user;
      if (options.cwd) core.state.cwd = calculateResolvedPath(cwd, options.cwd);
      if (options.user) switchUser(core, options.user);
      try {
        return runExternal(core, childArgv, options.env ?? env, childIo);
      } finally {
        core.state.cwd = savedCwd;
        if (options.user) switchUser(core, savedUser);
      }
    },
    findProgram: (name, path) => {
      const found = searchPath(core, name, path ?? env.PATH ?? "");
      return found.kind === "found" ? found.path : undefined;
    },
  };
  core.budget.enter();
  try {
    return impl(ctx) & 255;
  } catch (e) {
    if (e instanceof KilledSignal || e instanceof BrokenPipeSignal || e instanceof ExitSignal || e instanceof ReturnSignal || e instanceof LoopSignal) throw e;
    if (e instanceof RangeError) throw new KilledSignal();
    const name = calculateBasename(argv[0] as string);
    io.write(2, `${name}: ${e instanceof FsError ? strerror(e) : e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  } finally {
    core.budget.leave();
  }
}
