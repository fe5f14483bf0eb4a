import { resolveBuildUser } from "../build/user";
import { calculateShellFlavor } from "../build/steps/run";
import type { OutputChunk } from "../core/io";
import type { ContainerRecord } from "../runtime/types";
import type { PosixFileSystem } from "../vfs/posix-types";
import { PosixShell } from "../shell/posix/shell";
import type { ShellFlavor } from "../shell/posix/errors";
import { createShellCommand } from "../shell/posix/shell-command";
import { CONTAINER_COMMANDS } from "./container-commands";
import { openContainerFs, resolveContainerLayers, type OpenedContainerFs } from "./container-fs";
import { createContainerNetwork } from "./container-network";
import { dispatchProcessExit } from "./container-settle";
import type { Engine } from "./engine";
import { calculateDefaultPs1, formatPs1 } from "./shell-prompt";

/**
 * How a terminal got into the container: the main process (`docker run -it`,
 * `docker start -ai`, `docker attach`), whose end stops the container, or a
 * second process (`docker exec -it`), whose end leaves it running.
 */
export type SessionKind = "run" | "start" | "attach" | "exec";

/** The plain-data description of an open session (what a world snapshot keeps). */
export interface ContainerSessionRecord {
  kind: SessionKind;
  containerId: string;
  /** The shell's path as resolved in the image (`/bin/bash`). */
  shellPath: string;
  cwd: string;
  env: Record<string, string>;
  user: string;
  /** `-t`: a prompt is shown and output is a terminal. */
  tty: boolean;
}

/** One line's outcome inside the session. */
export interface SessionLineResult {
  chunks: OutputChunk[];
  /** The shell ended (`exit`, end of input, killed): the terminal is back at the host. */
  ended: boolean;
  status: number;
}

const SHELL_NAMES = new Set(["sh", "ash", "bash", "dash"]);

/** The special and regular builtins every one of these shells has (POSIX XCU 2.14, 1.6). */
const SHELL_BUILTINS = ["alias", "cd", "echo", "eval", "exec", "exit", "export", "pwd", "read", "set", "shift", "test", "trap", "type", "umask", "unset", "wait"];

/**
 * Whether argv is a shell with nothing to run (`sh`, `bash -l`, `/bin/sh`):
 * what reads commands from the terminal under `-i`.
 */
export function isInteractiveShellArgv(argv: readonly string[]): boolean {
  const first = argv[0] ?? "";
  const base = first.slice(first.lastIndexOf("/") + 1);
  return SHELL_NAMES.has(base) && argv.slice(1).every((a) => /^-[a-z]*$/.test(a) && !a.includes("c"));
}

function readOptional(fs: { readFile(path: string): string }, path: string): string | undefined {
  try {
    return fs.readFile(path);
  } catch {
    return undefined;
  }
}

/**
 * An interactive shell inside a container, fed one terminal line at a time:
 * the interpreter RUN steps use (PosixShell), over the container's file
 * system, so what it writes lands in the container's layer and volumes;
 * cwd, variables and functions persist between lines. Output of a main
 * process session is also the container's log (a TTY's log holds what the
 * terminal showed: prompt, echoed line, output).
 */
export class ContainerSession {
  private readonly shell: PosixShell;
  private readonly opened: OpenedContainerFs;
  private readonly flavor: ShellFlavor;
  private readonly ps1Default: string;
  private readonly userName: string;
  private readonly uid: number;
  private closed = false;
  /** `$?` after the last line, what end of input exits with. */
  private lastStatus = 0;
  /** Lines of an unfinished command (an open quote, `for … do` without `done`), waiting under PS2. */
  private pending = "";

  private constructor(
    private readonly engine: Engine,
    private readonly container: ContainerRecord,
    readonly record: ContainerSessionRecord,
    opened: OpenedContainerFs,
    shell: PosixShell,
    flavor: ShellFlavor,
    who: { name: string; uid: number },
  ) {
    this.opened = opened;
    this.shell = shell;
    this.flavor = flavor;
    this.userName = who.name;
    this.uid = who.uid;
    this.ps1Default = calculateDefaultPs1(flavor, flavor === "bash" ? readOptional(opened.fs, "/etc/bash.bashrc") : undefined, opened.fs.stat("/etc/debian_version") !== null);
  }

  /**
   * Opens a session over a running container (the caller checked it runs).
   * Returns an error text, worded as runc's, when the user is unknown.
   */
  static open(engine: Engine, container: ContainerRecord, record: ContainerSessionRecord): ContainerSession | { error: string; status: number } {
    const layers = resolveContainerLayers(engine, container);
    if (!layers) return { error: "Dockyard: this container's image layers are gone; no shell can start in it.", status: 126 };
    const opened = openContainerFs(engine, container, layers);
    const fs = opened.fs;
    const who = resolveBuildUser(fs, record.user);
    if (!who.ok) return { error: who.message, status: 126 };
    const flavor = calculateShellFlavor(fs, record.shellPath) ?? "dash";
    const binSh = calculateShellFlavor(fs, "/bin/sh") ?? "dash";
    const env = { ...record.env };
    env.HOME ??= who.user.home;
    env.HOSTNAME ??= container.config.Hostname;
    const name = record.shellPath.slice(record.shellPath.lastIndexOf("/") + 1);
    const shell = new PosixShell({
      fs,
      cwd: record.cwd,
      env,
      user: who.user,
      flavor,
      argv0: name,
      commands: { ...CONTAINER_COMMANDS, sh: createShellCommand(binSh) },
      clock: engine.clock,
      hostname: container.config.Hostname,
      tty: record.tty,
      mode: record.tty ? "interactive" : "c",
      // Simplification: each line gets its own step budget (a runaway loop ends that line with 137, not the session).
      stepBudget: 400_000,
      network: createContainerNetwork(engine, container),
    });
    return new ContainerSession(engine, container, record, opened, shell, flavor, who.user);
  }

  /** The container this session runs in. */
  get containerId(): string {
    return this.container.id;
  }

  /** Whether the shell has ended. */
  get ended(): boolean {
    return this.closed;
  }

  /** The prompt before the next line: PS1 as this shell expands it; empty without a TTY (the shell is not interactive). */
  prompt(continuation = this.pending !== ""): string {
    if (!this.record.tty) return "";
    if (continuation) return this.shell.prompt(true);
    const ps1 = this.shell.getVar("PS1") ?? this.ps1Default;
    if (this.flavor === "dash") return ps1.replace(/\\\$/g, this.uid === 0 ? "#" : "$");
    const home = this.shell.getVar("HOME") ?? "";
    return formatPs1(ps1, { user: this.userName, uid: this.uid, hostname: this.container.config.Hostname, cwd: this.shell.cwd, home, shell: "bash" });
  }

  /** Whether the text so far is an unfinished command (PS2 comes next). */
  needsMoreInput(text: string): boolean {
    return this.shell.needsMoreInput(text);
  }

  /** The description a snapshot keeps, with the shell's current directory and environment. */
  describe(): ContainerSessionRecord {
    return { ...this.record, cwd: this.shell.cwd, env: this.shell.env };
  }

  /** Runs one line typed at the session's prompt; what it wrote is committed to the container's layer. */
  run(line: string): SessionLineResult {
    if (this.closed) return { chunks: [], ended: true, status: this.container.state.ExitCode };
    const shown = this.prompt();
    const text = this.pending + (line.endsWith("\n") ? line : `${line}\n`);
    if (this.shell.needsMoreInput(text)) {
      // The shell reads on under PS2 (`> `) until the command is complete.
      this.pending = text;
      this.log(`${shown}${line}\n`, []);
      return { chunks: [], ended: false, status: this.lastStatus };
    }
    this.pending = "";
    const result = this.shell.run(text, { stdin: "" });
    this.opened.commit();
    this.lastStatus = result.status;
    const chunks = [...result.chunks];
    if (result.exited && this.flavor === "bash" && this.record.tty && !result.killed) chunks.push({ stream: "stderr", text: "exit\n" });
    this.log(`${shown}${line}\n`, chunks);
    if (result.exited) this.finish(result.status);
    return { chunks, ended: result.exited, status: result.status };
  }

  /**
   * End of input (Ctrl+D at an empty prompt): the shell exits with the last
   * command's status; bash says `exit` first, as interactive bash does.
   */
  endOfInput(): SessionLineResult {
    if (this.closed) return { chunks: [], ended: true, status: this.container.state.ExitCode };
    const status = this.lastStatus;
    const chunks: OutputChunk[] = [{ stream: "stdout", text: this.flavor === "bash" && this.record.tty ? "exit\n" : "\n" }];
    this.log(this.prompt(), chunks);
    this.finish(status);
    return { chunks, ended: true, status };
  }

  /**
   * What Tab completion reads in this shell: its file system and cwd, and as
   * command names the executables in its PATH plus the shell's builtins
   * (bash's command completion lists both).
   */
  completionSources(): { fs: PosixFileSystem; cwd: string; home: string; commandNames: string[] } {
    const fs = this.opened.fs;
    const names = new Set(SHELL_BUILTINS);
    for (const dir of (this.shell.getVar("PATH") ?? "").split(":")) {
      if (!dir.startsWith("/")) continue;
      let entries: string[];
      try {
        entries = fs.readdir(dir);
      } catch {
        continue;
      }
      for (const name of entries) names.add(name);
    }
    return { fs, cwd: this.shell.cwd, home: this.shell.getVar("HOME") ?? "/", commandNames: [...names] };
  }

  /** The container's current main process (a new object at every start): a shell left by detaching belongs to it alone. */
  get mainProcess(): object | null {
    return this.container.process;
  }

  /**
   * The same shell process seen again after a detach (`docker attach`): a
   * session over the container's current files with the detached shell's
   * working directory and environment.
   */
  resume(parked: ContainerSessionRecord): ContainerSession {
    const reopened = ContainerSession.open(this.engine, this.container, { ...this.record, cwd: parked.cwd, env: parked.env });
    return "error" in reopened ? this : reopened;
  }

  /** Ctrl+C at the prompt: the shell drops the unfinished command and shows PS1 again. */
  cancelPending(): void {
    this.pending = "";
  }

  /** The terminal went away without the shell exiting (a restore): the session is dropped, the container left as it is. */
  detach(): void {
    this.closed = true;
  }

  private log(echo: string, chunks: readonly OutputChunk[]): void {
    if (this.record.kind === "exec") return;
    const time = this.engine.clock.now();
    const logs = this.container.logs;
    if (this.record.tty) logs.push({ stream: "stdout", text: echo, time });
    for (const c of chunks) logs.push({ stream: this.record.tty ? "stdout" : c.stream, text: c.text, time });
  }

  /** The main process ended: the container exits with its status (and `--rm` removes it); an exec just ends. */
  private finish(status: number): void {
    this.closed = true;
    if (this.record.kind === "exec") return;
    const c = this.container;
    const live = this.engine.state.runtime.containers[c.id];
    if (live !== c || !c.state.Running || c.state.Restarting) return;
    dispatchProcessExit(this.engine, c, status, this.engine.clock.now());
  }
}
