import type { Clock } from "../../core/clock";
import type { OutputChunk } from "../../core/io";
import type { PosixFileSystem } from "../../vfs/posix-types";
import type { ContainerNetwork } from "../commands/network";
import type { CommandOutput, PosixCommandTable, ShellUser, ToolVariant } from "../commands/types";
import { ShellCore } from "./core";
import { PosixSyntaxError, type ShellFlavor } from "./errors";
import { execProgram } from "./exec";
import { BrokenPipeSignal, BYTES_PER_STEP, ExitSignal, Io, KilledSignal, LoopSignal, ReturnSignal, Source, TerminalSink, type Sink } from "./io";
import { Diagnostics, type ShellMode } from "./messages";
import { PosixParser } from "./parser";
import { runText } from "./script";
import { Budget, ShellState, type ShellOptions } from "./state";

/** How a PosixShell is set up: the container's file system, user and environment, and which shell it is. */
export interface PosixShellOptions {
  fs: PosixFileSystem;
  cwd: string;
  env: Record<string, string>;
  user: ShellUser;
  flavor: ShellFlavor;
  /** $0 and the name in messages: "/bin/sh" for RUN steps, "sh" for `docker run … sh -c`. */
  argv0?: string;
  commands: PosixCommandTable;
  clock: Clock;
  /** Steps before the run is killed (exit 137). Default 100 000. */
  stepBudget?: number;
  /** Whose coreutils messages commands use; default BusyBox for ash, else GNU. */
  variant?: ToolVariant;
  hostname?: string;
  /** $$; a container's main process is PID 1. */
  pid?: number;
  /** $1…: the operands after `sh -c SCRIPT NAME`. */
  positional?: string[];
  /** `-c` string (default), script file, or interactive terminal: changes message prefixes. */
  mode?: ShellMode;
  /** Standard output is a terminal (`docker run -t`, `docker exec -t`): ls prints columns. */
  tty?: boolean;
  /** Options from the command line (`sh -e -x`). */
  options?: Partial<ShellOptions>;
  /** A budget shared with the shell that started this one. */
  budget?: Budget;
  /** The container's network for curl, wget and the package managers; absent means offline (no host resolves). */
  network?: ContainerNetwork;
}

/** What a run produced. */
export interface PosixRunResult {
  status: number;
  /** stdout and stderr in the order written (empty when `output` was given). */
  chunks: OutputChunk[];
  /** The step budget ran out: the shell ended as if SIGKILLed (137). */
  killed: boolean;
  /** `exit` ran (or a fatal error ended a non-interactive shell). */
  exited: boolean;
}

/**
 * A POSIX shell inside a simulated container, mimicking Debian's dash, BusyBox
 * ash (Alpine) or GNU bash: Dockerfile RUN steps, `docker run IMAGE sh -c …`,
 * `docker exec` and interactive `sh`. State (variables, functions, cwd)
 * persists across `run` calls, as in one interactive session.
 */
export class PosixShell {
  private readonly core: ShellCore;
  private nextLine = 1;
  /** Started by another shell (sharing its budget), which owns the file system's credentials. */
  private readonly nested: boolean;
  private readonly tty: boolean;

  constructor(options: PosixShellOptions) {
    const state = new ShellState();
    for (const [k, v] of Object.entries(options.env)) state.vars.set(k, { value: v, exported: true, readonly: false });
    state.cwd = options.cwd;
    state.positional = options.positional ?? [];
    Object.assign(state.options, options.options ?? {});
    state.set("PWD", options.cwd, true);
    if (options.flavor !== "dash") state.set("SHLVL", String((Number(options.env.SHLVL) || 0) + 1), true);
    if (options.flavor === "ash" && state.get("PATH") === undefined) state.set("PATH", "/sbin:/usr/sbin:/bin:/usr/bin", true);
    state.set("PS4", "+ ");
    state.set("OPTIND", "1");
    state.set("PPID", "0");
    const flavor = options.flavor;
    this.nested = options.budget !== undefined;
    this.tty = options.tty ?? false;
    this.core = new ShellCore({
      fs: options.fs,
      flavor,
      commands: options.commands,
      clock: options.clock,
      user: options.user,
      variant: options.variant ?? (flavor === "ash" ? "busybox" : "gnu"),
      hostname: options.hostname ?? options.env.HOSTNAME ?? "localhost",
      pid: options.pid ?? 1,
      budget: options.budget ?? new Budget(options.stepBudget ?? 100_000),
      diag: new Diagnostics(flavor, options.argv0 ?? (flavor === "bash" ? "bash" : "sh"), options.mode ?? "c"),
      state,
      runProgram: execProgram,
      network: options.network,
    });
  }

  /** The working directory now (after `cd`). */
  get cwd(): string {
    return this.core.state.cwd;
  }

  /** The exported environment now. */
  get env(): Record<string, string> {
    return this.core.state.environment();
  }

  /**
   * The interactive prompt: PS1 if set, else what each image shows: dash
   * `# ` (root) or `$ `, BusyBox `/ # ` (`\w \$ `), bash Debian's
   * `root@host:/# ` (/etc/bash.bashrc). With `continuation`, PS2 (`> `).
   */
  prompt(continuation = false): string {
    const core = this.core;
    if (continuation) return core.state.get("PS2") ?? "> ";
    const ps1 = core.state.get("PS1");
    if (ps1 !== undefined) return ps1;
    const sign = core.user.uid === 0 ? "#" : "$";
    const home = core.state.get("HOME");
    const cwd = core.state.cwd;
    const shown = home && (cwd === home || cwd.startsWith(home + "/")) && home !== "/" ? "~" + cwd.slice(home.length) : cwd;
    if (core.flavor === "dash") return `${sign} `;
    if (core.flavor === "ash") return `${shown} ${sign} `;
    return `${core.user.name}@${core.hostname}:${shown}${sign} `;
  }

  /** Whether `source` is an unfinished command (an open quote, `if` without `fi`…), so the terminal should show PS2. */
  needsMoreInput(source: string): boolean {
    try {
      new PosixParser(source, this.core.flavor).parseAll();
      return false;
    } catch (e) {
      // Anything else (nesting deeper than the JS stack) is not worth waiting for more input.
      return e instanceof PosixSyntaxError && e.incomplete;
    }
  }

  /** A shell variable (exported or not). */
  getVar(name: string): string | undefined {
    return this.core.state.get(name);
  }

  /**
   * Runs `script` as `sh -c` would (or as the next input of an interactive
   * session). Never throws: syntax errors, `exit`, runaway loops (137) all
   * end in a status. The file system acts as the shell's user during the
   * run (`setCredentials`) and as root again afterwards.
   */
  run(script: string, options: { stdin?: string | (() => string); output?: CommandOutput } = {}): PosixRunResult {
    const core = this.core;
    const chunks: OutputChunk[] = [];
    const tty = this.tty;
    const sink = (stream: "stdout" | "stderr"): Sink =>
      options.output ? { write: (t) => (stream === "stdout" ? options.output?.out(t) : options.output?.err(t)), terminal: tty } : new TerminalSink(chunks, stream, tty);
    const io = new Io(
      new Map([
        [0, { kind: "in", source: new Source(options.stdin ?? "") }],
        [1, { kind: "out", sink: sink("stdout") }],
        [2, { kind: "out", sink: sink("stderr") }],
      ]),
      (bytes) => core.budget.tick(Math.ceil(bytes / BYTES_PER_STEP)),
    );
    core.fs.setCredentials(core.user.uid === 0 ? undefined : { uid: core.user.uid, gid: core.user.gid, groups: core.user.groups });
    const startLine = core.mode === "interactive" ? this.nextLine : 1;
    this.nextLine += script.split("\n").length - (script.endsWith("\n") ? 1 : 0);
    const first = this.guard(io, () => runText(core, script, io, startLine));
    this.guard(io, () => {
      core.flushJobs(true);
      return 0;
    });
    let { status, killed } = first;
    const exited = first.exited;
    const exitTrap = core.state.traps.get("EXIT");
    if (!killed && exitTrap !== undefined && (exited || core.mode !== "interactive")) {
      core.state.traps.delete("EXIT");
      core.state.lastStatus = status;
      const trapped = this.guard(io, () => runText(core, exitTrap, io));
      if (trapped.exited || trapped.killed) status = trapped.status;
      killed = trapped.killed;
    }
    core.state.lastStatus = status;
    // The file system is shared with the engine: hand it back acting as root.
    if (!this.nested) core.fs.setCredentials(undefined);
    return { status, chunks, killed, exited };
  }

  /** Runs `fn`, turning every way a shell can stop into a status. */
  private guard(io: Io, fn: () => number): { status: number; killed: boolean; exited: boolean } {
    try {
      return { status: fn(), killed: false, exited: false };
    } catch (e) {
      if (e instanceof ExitSignal) return { status: e.status, killed: false, exited: true };
      if (e instanceof ReturnSignal) return { status: e.status, killed: false, exited: false };
      if (e instanceof LoopSignal) return { status: 0, killed: false, exited: false };
      if (e instanceof KilledSignal || e instanceof RangeError) return { status: 137, killed: true, exited: true };
      if (e instanceof BrokenPipeSignal) return { status: 141, killed: false, exited: true };
      // A bug in the simulator: say so the way a crashed shell would, never throw into the page.
      try {
        io.write(2, `${this.core.diag.name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      } catch {
        // the error stream itself failed (budget): nothing more to say
      }
      return { status: 2, killed: false, exited: true };
    }
  }
}
