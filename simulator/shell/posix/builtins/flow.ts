import { FsError } from "../../../vfs/types";
import { ExitSignal, LoopSignal, ReturnSignal } from "../io";
import { strerror } from "../messages";
import { runText } from "../script";
import type { BuiltinCall } from "./types";

/** `:` and `true`. */
export function runColon(): number {
  return 0;
}

/** `false`. */
export function runFalse(): number {
  return 1;
}

/** A status argument as dash's number() reads it; undefined when not a number. */
function parseStatus(text: string): number | undefined {
  return /^[0-9]+$/.test(text) ? Number(BigInt(text) & 255n) : undefined;
}

/** `exit [n]` (XCU §2.14 exit); bash `exit abc` says "numeric argument required" and exits 2. */
export function runExit(call: BuiltinCall): number {
  const arg = call.argv[1];
  if (arg === undefined) throw new ExitSignal(call.core.state.lastStatus);
  const n = parseStatus(arg) ?? (/^-[0-9]+$/.test(arg) && call.core.flavor === "bash" ? Number(BigInt.asUintN(8, BigInt(arg))) : undefined);
  if (n !== undefined) throw new ExitSignal(n);
  if (call.core.flavor === "bash") {
    call.error(`${arg}: numeric argument required`);
    throw new ExitSignal(2);
  }
  return call.fail(`Illegal number: ${arg}`);
}

/** `return [n]`; outside a function dash and ash end the script, bash complains. */
export function runReturn(call: BuiltinCall): number {
  const arg = call.argv[1];
  const n = arg === undefined ? call.core.state.lastStatus : parseStatus(arg);
  if (n === undefined) return call.fail(call.core.flavor === "bash" ? `${arg}: numeric argument required` : `Illegal number: ${arg}`);
  if (call.core.functionDepth === 0) {
    if (call.core.flavor === "bash") {
      call.error("can only `return' from a function or sourced script");
      return 1;
    }
    throw new ExitSignal(n);
  }
  throw new ReturnSignal(n);
}

function loopControl(call: BuiltinCall, isContinue: boolean): number {
  const arg = call.argv[1] ?? "1";
  const n = /^[0-9]+$/.test(arg) ? Number(arg) : NaN;
  if (!(n >= 1)) return call.fail(call.core.flavor === "bash" ? `${arg}: loop count out of range` : `Illegal number: ${arg}`, 1);
  if (call.core.loopDepth === 0) {
    if (call.core.flavor === "bash") call.error("only meaningful in a `for', `while', or `until' loop");
    return 0;
  }
  throw new LoopSignal(Math.min(n, call.core.loopDepth), isContinue);
}

/** `break [n]`. */
export function runBreak(call: BuiltinCall): number {
  return loopControl(call, false);
}

/** `continue [n]`. */
export function runContinue(call: BuiltinCall): number {
  return loopControl(call, true);
}

/** `eval args…`: the arguments joined with spaces, parsed and run here. */
export function runEval(call: BuiltinCall): number {
  const source = call.argv.slice(1).join(" ");
  if (source.trim() === "") return 0;
  return runText(call.core, source, call.io, call.core.line, "eval");
}

/**
 * `. file [args]` (and `source` in bash and ash): a file without a slash is
 * looked up on $PATH (bash also tries the working directory), then run in
 * this shell; `return` ends it.
 */
export function runDot(call: BuiltinCall): number {
  const core = call.core;
  const name = call.argv[1];
  if (name === undefined) {
    if (core.flavor === "bash") {
      call.error("filename argument required");
      return 2;
    }
    return 0;
  }
  let path = core.resolve(name);
  if (!name.includes("/")) {
    const dirs = (core.state.get("PATH") ?? "").split(":");
    if (core.flavor !== "dash") dirs.push(".");
    const found = dirs.map((d) => core.resolve(`${d || "."}/${name}`)).find((p) => core.fs.stat(p)?.type === "file");
    if (found) path = found;
  }
  let text: string;
  try {
    if (core.fs.stat(path)?.type === "dir") throw new FsError("EISDIR", path);
    text = core.fs.readFile(path);
  } catch (e) {
    if (core.flavor === "bash") {
      core.err(call.io, `${core.diag.prefix(core.line)}${name}: ${strerror(e)}\n`);
      return 1;
    }
    const code = e instanceof FsError ? e.code : "";
    return call.fail(core.flavor === "dash" ? `cannot open ${name}: ${code === "ENOENT" ? "No such file" : strerror(e)}` : `can't open '${name}': ${strerror(e)}`);
  }
  const args = call.argv.slice(2);
  const savedPositional = core.state.positional;
  if (args.length > 0) core.state.positional = args;
  core.functionDepth++;
  core.budget.enter();
  try {
    return runText(core, text, call.io);
  } catch (e) {
    if (e instanceof ReturnSignal) return e.status;
    throw e;
  } finally {
    core.budget.leave();
    core.functionDepth--;
    if (args.length > 0) core.state.positional = savedPositional;
  }
}

/** `wait`: background jobs ran eagerly; the clock catches up with the last one to finish. */
export function runWait(call: BuiltinCall): number {
  const core = call.core;
  core.flushJobs(true);
  const end = Math.max(0, ...core.jobEnds);
  if (end > core.clock.now()) core.clock.advance(end - core.clock.now());
  core.jobEnds = [];
  return 0;
}

function quoteSingle(s: string): string {
  return `'${s.replace(/'/g, "'\\''")}'`;
}

/** `trap [action] condition…`; only EXIT ever fires (there are no signals here). */
export function runTrap(call: BuiltinCall): number {
  const traps = call.core.state.traps;
  const args = call.argv.slice(1);
  if (args[0] === "--") args.shift();
  if (args.length === 0 || (args.length === 1 && args[0] === "-p")) {
    for (const [sig, action] of traps) call.out(`trap -- ${quoteSingle(action)} ${sig}\n`);
    return 0;
  }
  const action = args.length === 1 ? "-" : (args.shift() as string);
  for (const raw of args) {
    const sig = raw === "0" ? "EXIT" : raw.toUpperCase().replace(/^SIG/, "");
    if (action === "-") traps.delete(sig);
    else traps.set(sig, action);
  }
  return 0;
}
