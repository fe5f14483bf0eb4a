import type { Command, SimpleCommand } from "./ast";
import { runCommand } from "./builtins/type";
import { findBuiltin } from "./builtins/index";
import type { BuiltinCall, BuiltinSpec } from "./builtins/types";
import type { ShellCore } from "./core";
import { execCommand } from "./exec";
import { expandString, expandWord, ExpansionError } from "./expand";
import { runExternal } from "./external";
import { ExitSignal, ReturnSignal, type Io } from "./io";
import { quoteForTrace } from "./messages";
import { applyRedirects } from "./redirect";
import type { ShellVar } from "./state";

/**
 * Reports a failed expansion (`${x?}`, `set -u`, bad arithmetic) and, as
 * every non-interactive shell does, exits; returns undefined for other errors.
 */
export function expansionFailure(core: ShellCore, e: unknown, io: Io): number | undefined {
  if (!(e instanceof ExpansionError)) return undefined;
  core.err(io, `${core.diag.prefix(core.line)}${e.message}\n`);
  // bash exits 127 from `-c` but 1 from a script file for these.
  const status = core.flavor === "bash" && e.status === 127 && core.mode === "script" ? 1 : e.status;
  core.state.lastStatus = status;
  if (core.mode !== "interactive") throw new ExitSignal(status);
  return status;
}

/** `set -x`: PS4 (`+ `; bash repeats its first character per subshell level) and the words. */
function trace(core: ShellCore, io: Io, assigns: [string, string][], argv: string[]): void {
  if (!core.state.options.xtrace) return;
  const ps4 = core.state.get("PS4") ?? "+ ";
  const prefix = core.flavor === "bash" ? (ps4[0] ?? "").repeat(core.subshellLevel) + ps4 : ps4;
  const q = (w: string): string => quoteForTrace(w, core.flavor);
  const words = assigns.map(([n, v]) => `${n}=${q(v)}`);
  if (core.flavor === "bash") {
    for (const w of words) core.err(io, `${prefix}${w}\n`);
    if (argv.length > 0) core.err(io, `${prefix}${argv.map(q).join(" ")}\n`);
    return;
  }
  core.err(io, `${prefix}${[...words, ...argv.map(q)].join(" ")}\n`);
}

/** Runs `fn` with variables set for its duration only (`IFS=: read a b`, `X=1 f`). */
function withTempVars(core: ShellCore, assigns: [string, string][], exported: boolean, fn: () => number): number {
  const saved = new Map<string, ShellVar | undefined>();
  for (const [name, value] of assigns) {
    if (!saved.has(name)) saved.set(name, core.state.vars.has(name) ? { ...(core.state.vars.get(name) as ShellVar) } : undefined);
    core.state.set(name, value, exported || undefined);
  }
  try {
    return fn();
  } finally {
    for (const [name, v] of saved) {
      if (v) core.state.vars.set(name, v);
      else core.state.vars.delete(name);
    }
  }
}

/** Calls a shell function (XCU §2.9.5): new positional parameters and `local` scope, `return` ends it. */
export function callFunction(core: ShellCore, body: Command, argv: string[], io: Io): number {
  core.budget.enter();
  const savedPositional = core.state.positional;
  core.state.positional = argv.slice(1);
  core.state.localFrames.push(new Map());
  core.functionDepth++;
  try {
    return execCommand(core, body, io);
  } catch (e) {
    if (e instanceof ReturnSignal) return e.status;
    throw e;
  } finally {
    core.functionDepth--;
    core.state.popLocals();
    core.state.positional = savedPositional;
    core.budget.leave();
  }
}

function makeCall(core: ShellCore, spec: BuiltinSpec, argv: string[], io: Io): BuiltinCall {
  const name = argv[0] as string;
  return {
    core,
    argv,
    io,
    out: (t) => io.write(1, t),
    error: (m) => core.err(io, `${core.diag.builtinPrefix(name, core.line)}${m}\n`),
    fail: (m, status = 2) => {
      core.err(io, `${core.diag.builtinPrefix(name, core.line)}${m}\n`);
      const fatal = spec.special || name === "local";
      if (fatal && core.flavor !== "bash" && core.mode !== "interactive") throw new ExitSignal(2);
      return status;
    },
  };
}

/** Runs argv as builtin, function or program, in POSIX's lookup order (XCU §2.9.1.1). */
export function dispatch(core: ShellCore, argv: string[], io: Io, env: () => Record<string, string>, skipFunctions = false): number {
  const name = argv[0] as string;
  const spec = findBuiltin(core.flavor, name);
  const fn = skipFunctions ? undefined : core.state.functions.get(name);
  if (fn && !(spec?.special && core.flavor !== "bash")) return callFunction(core, fn, argv, io);
  if (spec) return runBuiltin(core, spec, argv, io, env);
  return runExternal(core, argv, env(), io);
}

function runBuiltin(core: ShellCore, spec: BuiltinSpec, argv: string[], io: Io, env: () => Record<string, string>): number {
  const call = makeCall(core, spec, argv, io);
  const name = argv[0];
  if (name === "command") return runCommand(call, (args) => dispatch(core, args, io, env, true));
  if (name === "exec") {
    if (argv.length === 1) return 0;
    const status = runExternal(core, argv.slice(1), env(), io);
    throw new ExitSignal(status);
  }
  return spec.run(call);
}

/**
 * A simple command (XCU §2.9.1): expand words, then assignments, trace,
 * redirect, and run. Assignments alone set shell variables; before a
 * special builtin they stay (not in bash), before anything else they last
 * for that command only.
 */
export function runSimple(core: ShellCore, node: SimpleCommand, io: Io): number {
  try {
    return runSimpleCommand(core, node, io);
  } catch (e) {
    const status = expansionFailure(core, e, io);
    if (status === undefined) throw e;
    return status;
  }
}

function runSimpleCommand(core: ShellCore, node: SimpleCommand, io: Io): number {
  core.line = node.line;
  core.substStatus = undefined;
  const host = core.expandHost(io);
  let argv: string[];
  const assigns: [string, string][] = [];
  try {
    argv = node.words.flatMap((w) => expandWord(w, host));
    for (const a of node.assigns) assigns.push([a.name, (a.append ? (core.state.get(a.name) ?? "") : "") + expandString(a.value, host, true)]);
  } catch (e) {
    const status = expansionFailure(core, e, io);
    if (status === undefined) throw e;
    return status;
  }
  trace(core, io, assigns, argv);
  const redirected = applyRedirects(core, node.redirects, io);
  if (typeof redirected === "number") return redirected;
  for (const [name] of assigns) {
    if (!core.state.vars.get(name)?.readonly) continue;
    // dash and ash report it after the redirections; bash before them.
    core.err(core.flavor === "bash" ? io : redirected, `${core.diag.prefix(core.line)}${core.readonlyMessage(name)}\n`);
    // dash and ash treat it as fatal; bash only when nothing else is run.
    if (core.mode !== "interactive" && (core.flavor !== "bash" || argv.length === 0)) throw new ExitSignal(core.flavor === "bash" ? 1 : 2);
    if (argv.length === 0) return 1;
  }
  if (argv.length === 0) {
    for (const [name, value] of assigns) core.state.set(name, value);
    return core.substStatus ?? 0;
  }
  const name = argv[0] as string;
  const spec = findBuiltin(core.flavor, name);
  if (name === "exec" && argv.length === 1) {
    // `exec >file`: the redirections stay for the rest of the shell.
    for (const [fd, entry] of redirected.fds) io.fds.set(fd, entry);
    for (const fd of [...io.fds.keys()]) if (!redirected.fds.has(fd)) io.fds.delete(fd);
    for (const [n, v] of assigns) core.state.set(n, v);
    return 0;
  }
  const special = spec?.special && core.flavor !== "bash" && !core.state.functions.has(name);
  if (special || (spec?.special && !core.state.functions.has(name))) {
    if (core.flavor !== "bash") for (const [n, v] of assigns) core.state.set(n, v);
    else return withTempVars(core, assigns, false, () => dispatch(core, argv, redirected, () => core.state.environment()));
    return dispatch(core, argv, redirected, () => core.state.environment());
  }
  if (spec || core.state.functions.has(name)) {
    return withTempVars(core, assigns, core.state.functions.has(name), () => dispatch(core, argv, redirected, () => core.state.environment()));
  }
  const env = core.state.environment();
  for (const [n, v] of assigns) env[n] = v;
  return runExternal(core, argv, env, redirected);
}
