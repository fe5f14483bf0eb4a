import type { Clock } from "../../core/clock";
import type { AndOrNode, Command, CompoundCommand, PipelineNode, Program } from "./ast";
import type { ShellCore } from "./core";
import { expandPattern, expandString, expandWord } from "./expand";
import { matchPattern } from "./glob";
import { BrokenPipeSignal, BufferSink, DeferredSink, ExitSignal, LoopSignal, PIPE_CAPACITY, Source, type Io, type Sink } from "./io";
import { quoteForTrace } from "./messages";
import { applyRedirects } from "./redirect";
import { expansionFailure, runSimple } from "./simple";
import { evaluateDoubleBracket } from "./builtins/test";

/** Runs the items of a list in order; returns the last status (dash: src/eval.c evaltree NSEMI). */
export function execProgram(core: ShellCore, program: Program, io: Io): number {
  let status = core.state.lastStatus;
  for (const item of program.items) {
    status = item.async ? runBackground(core, item.command, io) : execCommand(core, item.command, io);
    if (core.pendingOutput.length > 0 && !item.async) core.flushJobs(false);
  }
  return status;
}

/** Runs `fn` where `set -e` does not apply (conditions, non-final parts of && and ||, `!`). */
export function suppressed<T>(core: ShellCore, fn: () => T): T {
  core.errexitSuppressed++;
  try {
    return fn();
  } finally {
    core.errexitSuppressed--;
  }
}

/**
 * Runs one command node and records `$?`. `set -e` ends the shell when a
 * simple command, a pipeline or a subshell fails outside a condition
 * (XCU §2.14 set -e; dash: evaltree's EV_TESTED).
 */
export function execCommand(core: ShellCore, node: Command, io: Io): number {
  core.budget.tick();
  let status: number;
  let checkExit = false;
  switch (node.type) {
    case "simple":
      status = runSimple(core, node, io);
      checkExit = true;
      break;
    case "pipeline":
      status = execPipeline(core, node, io);
      checkExit = !node.bang;
      break;
    case "andor":
      status = execAndOr(core, node, io);
      break;
    case "function":
      core.state.functions.set(node.name, node.body);
      status = 0;
      break;
    default:
      status = execCompound(core, node, io);
      checkExit = node.type === "subshell";
  }
  core.state.lastStatus = status;
  if (checkExit && status !== 0 && core.state.options.errexit && core.errexitSuppressed === 0) throw new ExitSignal(status);
  return status;
}

function execAndOr(core: ShellCore, node: AndOrNode, io: Io): number {
  const last = node.rest.length - 1;
  let status = suppressed(core, () => execCommand(core, node.first, io));
  node.rest.forEach(({ op, command }, i) => {
    if ((op === "&&") !== (status === 0)) return;
    status = i === last ? execCommand(core, command, io) : suppressed(core, () => execCommand(core, command, io));
  });
  return status;
}

/**
 * A pipeline: every stage runs in a subshell, one after another, each
 * reading what the previous one wrote. A stage that writes more than a pipe
 * can hold ends with SIGPIPE's 141. `set -o pipefail` (bash, ash) reports the
 * last failing stage.
 */
function execPipeline(core: ShellCore, node: PipelineNode, io: Io): number {
  const run = (): number => {
    if (node.commands.length === 1) return execCommand(core, node.commands[0] as Command, io);
    const statuses: number[] = [];
    let input: string | undefined;
    node.commands.forEach((command, i) => {
      const stageIo = io.clone();
      if (input !== undefined) stageIo.fds.set(0, { kind: "in", source: new Source(input) });
      const last = i === node.commands.length - 1;
      const pipe = new BufferSink(PIPE_CAPACITY);
      if (!last) stageIo.fds.set(1, { kind: "out", sink: pipe });
      statuses.push(
        core.subshell((c) => {
          try {
            return execCommand(c, command, stageIo);
          } catch (e) {
            if (e instanceof BrokenPipeSignal && e.sink === pipe) return 141;
            throw e;
          }
        }),
      );
      input = pipe.text;
    });
    if (core.state.options.pipefail) return [...statuses].reverse().find((s) => s !== 0) ?? 0;
    return statuses[statuses.length - 1] ?? 0;
  };
  if (!node.bang) return run();
  return suppressed(core, run) === 0 ? 1 : 0;
}

/** Compound commands (XCU §2.9.4), after their own redirections. */
function execCompound(core: ShellCore, node: CompoundCommand, io: Io): number {
  core.line = node.line;
  let rio = io;
  try {
    if (node.redirects.length > 0) {
      const applied = applyRedirects(core, node.redirects, io);
      if (typeof applied === "number") return applied;
      rio = applied;
    }
    switch (node.type) {
      case "subshell":
        return core.subshell((c) => execProgram(c, node.body, rio));
      case "group":
        return execProgram(core, node.body, rio);
      case "if": {
        for (const clause of node.clauses) {
          if (suppressed(core, () => execProgram(core, clause.cond, rio)) === 0) return execProgram(core, clause.body, rio);
        }
        return node.elseBody ? execProgram(core, node.elseBody, rio) : 0;
      }
      case "loop":
        return runLoop(core, () => (suppressed(core, () => execProgram(core, node.cond, rio)) === 0) !== node.until, () => execProgram(core, node.body, rio));
      case "for":
        return execFor(core, node, rio);
      case "case":
        return execCase(core, node, rio);
      case "dbracket":
        return evaluateDoubleBracket(core, node.words, rio);
    }
  } catch (e) {
    const status = expansionFailure(core, e, rio);
    if (status !== undefined) return status;
    throw e;
  }
}

/** bash's `set -x` lines for compound commands (`+ for i in a b`, `+ case x in`, `+ [[ a == b ]]`). */
export function traceCompound(core: ShellCore, io: Io, text: () => string): void {
  if (!core.state.options.xtrace || core.flavor !== "bash") return;
  const ps4 = core.state.get("PS4") ?? "+ ";
  core.err(io, `${(ps4[0] ?? "").repeat(core.subshellLevel)}${ps4}${text()}\n`);
}

/** A while/until/for loop body with break and continue (dash: src/eval.c evalloop, skipcount). */
function runLoop(core: ShellCore, more: () => boolean, body: () => number): number {
  let status = 0;
  core.loopDepth++;
  try {
    while (more()) {
      core.budget.tick();
      try {
        status = body();
      } catch (e) {
        if (!(e instanceof LoopSignal)) throw e;
        if (e.levels > 1) throw new LoopSignal(e.levels - 1, e.isContinue);
        status = 0;
        if (!e.isContinue) break;
      }
    }
  } finally {
    core.loopDepth--;
  }
  return status;
}

function execFor(core: ShellCore, node: CompoundCommand & { type: "for" }, io: Io): number {
  const host = core.expandHost(io);
  const words = node.words ? node.words.flatMap((w) => expandWord(w, host)) : [...core.state.positional];
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(node.name)) {
    core.err(io, `${core.diag.prefix(node.line)}\`${node.name}': not a valid identifier\n`);
    return 1;
  }
  let i = 0;
  return runLoop(
    core,
    () => {
      if (i >= words.length) return false;
      traceCompound(core, io, () => `for ${node.name} in ${words.map((w) => quoteForTrace(w, core.flavor)).join(" ")}`);
      if (!core.state.set(node.name, words[i++] as string)) {
        core.err(io, `${core.diag.prefix(node.line)}${core.readonlyMessage(node.name)}\n`);
        throw new ExitSignal(2);
      }
      return true;
    },
    () => execProgram(core, node.body, io),
  );
}

function execCase(core: ShellCore, node: CompoundCommand & { type: "case" }, io: Io): number {
  const host = core.expandHost(io);
  const subject = expandString(node.word, host);
  traceCompound(core, io, () => `case ${quoteForTrace(subject, core.flavor)} in`);
  for (let i = 0; i < node.items.length; i++) {
    const item = node.items[i];
    if (!item || !item.patterns.some((p) => matchPattern(expandPattern(p, host), subject))) continue;
    let status = execProgram(core, item.body, io);
    for (let j = i; node.items[j]?.fallthrough && j + 1 < node.items.length; j++) status = execProgram(core, (node.items[j + 1] as typeof item).body, io);
    return status;
  }
  return 0;
}

/** A clock that runs ahead on its own, for a background job's sleeps. */
class ForkedClock implements Clock {
  private offset = 0;

  constructor(private readonly base: Clock) {}

  now(): number {
    return this.base.now() + this.offset;
  }

  advance(ms: number): void {
    if (ms > 0 && Number.isFinite(ms)) this.offset += ms;
  }
}

/**
 * `cmd &`: run at once in a subshell with stdin from /dev/null (XCU §2.9.3.1)
 * and its own clock, so its sleeps do not delay the script; `wait` catches up.
 * Its output is held until the foreground moves on (as `echo hi &` in dash
 * prints after the next command).
 */
function runBackground(core: ShellCore, command: Command, io: Io): number {
  const pid = core.nextPid++;
  const saved = core.clock;
  const fork = new ForkedClock(saved);
  const bgIo = io.clone();
  bgIo.fds.set(0, { kind: "in", source: new Source("") });
  const queue: { sink: Sink; text: string }[] = [];
  for (const [fd, entry] of bgIo.fds) if (entry.kind === "out") bgIo.fds.set(fd, { kind: "out", sink: new DeferredSink(entry.sink, queue) });
  core.pendingOutput.push({ start: saved.now(), queue });
  core.clock = fork;
  try {
    core.subshell((c) => execCommand(c, command, bgIo));
  } finally {
    core.clock = saved;
  }
  core.jobEnds.push(fork.now());
  core.state.lastBackgroundPid = pid;
  core.state.lastStatus = 0;
  return 0;
}
