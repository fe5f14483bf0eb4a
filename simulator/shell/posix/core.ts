import type { Clock } from "../../core/clock";
import type { PosixFileSystem } from "../../vfs/posix-types";
import { calculateResolvedPath } from "../../vfs/path";
import type { ContainerNetwork } from "../commands/network";
import type { PosixCommandTable, ShellUser, ToolVariant } from "../commands/types";
import type { Program } from "./ast";
import { ArithError, evaluateArith, formatArithError } from "./arith";
import type { ShellFlavor } from "./errors";
import { ExpansionError, type ExpandHost } from "./expand";
import { CoreExpandHost } from "./expand-host";
import { BufferSink, ExitSignal, Io, LoopSignal, ReturnSignal, type Sink } from "./io";
import { Diagnostics, type ShellMode } from "./messages";
import { Budget, ShellState } from "./state";

/** Runs a program in the given shell; set by exec.ts (kept apart to avoid an import cycle at load time). */
export type ProgramRunner = (core: ShellCore, program: Program, io: Io) => number;

/** The settings a shell starts from. */
export interface ShellCoreOptions {
  fs: PosixFileSystem;
  flavor: ShellFlavor;
  commands: PosixCommandTable;
  clock: Clock;
  user: ShellUser;
  variant: ToolVariant;
  hostname: string;
  pid: number;
  budget: Budget;
  diag: Diagnostics;
  state: ShellState;
  runProgram: ProgramRunner;
  /** The container's network, handed to every program the shell runs. */
  network?: ContainerNetwork;
}

/**
 * The running shell: its state, where its messages go, and the services
 * expansion needs. Execution lives in exec.ts, simple.ts and external.ts.
 */
export class ShellCore {
  readonly fs: PosixFileSystem;
  readonly flavor: ShellFlavor;
  readonly commands: PosixCommandTable;
  clock: Clock;
  /** Who runs: changes only while a program execs another as someone else (gosu, su-exec). */
  user: ShellUser;
  readonly variant: ToolVariant;
  readonly hostname: string;
  readonly pid: number;
  readonly budget: Budget;
  readonly diag: Diagnostics;
  state: ShellState;
  readonly runProgram: ProgramRunner;
  readonly network: ContainerNetwork | undefined;
  /** The line of the command running now, for messages. */
  line = 1;
  /** >0 while running a condition (if/while/&&/||/!), where `set -e` does not apply. */
  errexitSuppressed = 0;
  /** The status of the last `$(…)` in the current command (an assignment-only command's status). */
  substStatus: number | undefined;
  functionDepth = 0;
  loopDepth = 0;
  /** Nesting of `$(…)`, for bash's `++` trace prefix. */
  subshellLevel = 0;
  nextPid: number;
  /** When background jobs (run eagerly) would have finished, for `wait`. */
  jobEnds: number[] = [];
  /** Background jobs' output not shown yet, with the time they were started. */
  pendingOutput: { start: number; queue: { sink: Sink; text: string }[] }[] = [];

  constructor(o: ShellCoreOptions) {
    this.fs = o.fs;
    this.flavor = o.flavor;
    this.commands = o.commands;
    this.clock = o.clock;
    this.user = o.user;
    this.variant = o.variant;
    this.hostname = o.hostname;
    this.pid = o.pid;
    this.budget = o.budget;
    this.diag = o.diag;
    this.state = o.state;
    this.runProgram = o.runProgram;
    this.network = o.network;
    this.nextPid = o.pid + 6;
  }

  get mode(): ShellMode {
    return this.diag.mode;
  }

  resolve(path: string): string {
    return calculateResolvedPath(this.state.cwd, path);
  }

  /** Writes a shell message to fd 2. */
  err(io: Io, text: string): void {
    io.write(2, text);
  }

  /** Runs `fn` in a subshell (XCU §2.12): state changes are undone; `exit` ends only the subshell. */
  subshell(fn: (core: ShellCore) => number, options: { keepErrexit?: boolean; substitution?: boolean } = {}): number {
    const saved = this.state;
    const savedSuppressed = this.errexitSuppressed;
    const savedFunctionDepth = this.functionDepth;
    const savedLoopDepth = this.loopDepth;
    this.state = saved.clone();
    if (options.keepErrexit === false) this.state.options.errexit = false;
    if (options.substitution) this.subshellLevel++;
    this.budget.enter();
    try {
      return fn(this);
    } catch (e) {
      if (e instanceof ExitSignal || e instanceof ReturnSignal) return e.status;
      if (e instanceof LoopSignal) return 0;
      throw e;
    } finally {
      this.budget.leave();
      if (options.substitution) this.subshellLevel--;
      this.state = saved;
      this.errexitSuppressed = savedSuppressed;
      this.functionDepth = savedFunctionDepth;
      this.loopDepth = savedLoopDepth;
    }
  }

  /** `$(…)`: runs `body` in a subshell with stdout captured (XCU §2.6.3). */
  substitute(body: Program, io: Io): string {
    const sink = new BufferSink();
    const subIo = io.clone();
    subIo.fds.set(1, { kind: "out", sink });
    // bash and ash do not pass `set -e` into $(…) (bash: inherit_errexit off); dash does.
    const status = this.subshell((core) => core.runProgram(core, body, subIo), { keepErrexit: this.flavor === "dash", substitution: true });
    this.substStatus = status;
    this.state.lastStatus = status;
    return sink.text;
  }

  /**
   * Shows background jobs' held-back output: all of it (`wait`, end of the
   * script), or that of jobs started before the clock last moved (a `sleep`
   * in the foreground lets them run).
   */
  flushJobs(all: boolean): void {
    const now = this.clock.now();
    const ready = this.pendingOutput.filter((j) => all || now > j.start);
    this.pendingOutput = this.pendingOutput.filter((j) => !ready.includes(j));
    for (const job of ready) for (const { sink, text } of job.queue) sink.write(text);
  }

  /** A value of a special parameter (XCU §2.5.2) or a variable. */
  lookup(name: string): string | undefined {
    switch (name) {
      case "?":
        return String(this.state.lastStatus);
      case "$":
        return String(this.pid);
      case "!":
        return this.state.lastBackgroundPid === undefined ? (this.flavor === "dash" ? "" : undefined) : String(this.state.lastBackgroundPid);
      case "#":
        return String(this.state.positional.length);
      case "-":
        return this.optionLetters();
      case "0":
        return this.diag.name;
      case "LINENO":
        // dash 0.5.12 has no LINENO; BusyBox counts a -c string's lines from 0.
        if (this.state.get("LINENO") !== undefined || this.flavor === "dash") return this.state.get("LINENO");
        return String(this.flavor === "ash" && this.mode === "c" ? this.line - 1 : this.line);
      default:
        if (/^[1-9][0-9]*$/.test(name)) return this.state.positional[Number(name) - 1];
        return this.state.get(name);
    }
  }

  private optionLetters(): string {
    const o = this.state.options;
    let s = "";
    if (o.errexit) s += "e";
    if (o.noglob) s += "f";
    if (o.xtrace) s += "x";
    if (o.nounset) s += "u";
    if (this.flavor === "bash") return (s.includes("e") ? "e" : "") + "h" + s.replace("e", "") + "B" + (this.mode === "c" ? "c" : "");
    if (this.flavor === "ash" && this.mode === "c") s += "c";
    return s;
  }

  private host: CoreExpandHost | undefined;

  /** The ExpandHost that word expansion calls back into (one object, re-aimed at `io`). */
  expandHost(io: Io): ExpandHost {
    this.host ??= new CoreExpandHost(this);
    this.host.io = io;
    return this.host;
  }

  /** `$((expr))`; errors become an ExpansionError worded per flavor. */
  arith(expr: string): string {
    try {
      return String(
        evaluateArith(expr, { get: (n) => this.lookup(n), set: (n, v) => void this.state.set(n, v) }, this.flavor),
      );
    } catch (e) {
      if (e instanceof ArithError) throw new ExpansionError(formatArithError(e, this.flavor), this.flavor === "bash" ? 1 : 2);
      throw e;
    }
  }

  readonlyMessage(name: string): string {
    return this.flavor === "bash" ? `${name}: readonly variable` : `${name}: is read only`;
  }

  /** `~` is $HOME; `~user` comes from /etc/passwd. */
  home(user: string): string | undefined {
    if (user === "") return this.state.get("HOME") ?? this.user.home;
    try {
      for (const line of this.fs.readFile("/etc/passwd").split("\n")) {
        const fields = line.split(":");
        if (fields[0] === user && fields[5] !== undefined) return fields[5];
      }
    } catch {
      // no /etc/passwd: `~user` stays as typed
    }
    return user === this.user.name ? this.user.home : undefined;
  }

  /** A sink that appends to the output of fd `n` of `io`. */
  static sinkOf(io: Io, fd: number): Sink {
    return { write: (text) => io.write(fd, text) };
  }
}
