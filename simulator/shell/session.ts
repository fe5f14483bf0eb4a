import type { NetworkResponse } from "./commands/network";
import type { Clock } from "../core/clock";
import type { Output } from "../core/io";
import type { FileSystem } from "../vfs/types";

/** The host shell's own state, as plain data so a snapshot can hold it. */
export interface ShellSessionState {
  cwd: string;
  home: string;
  vars: Record<string, string>;
  lastExit: number;
  history: string[];
  /** Set by `exit`; the terminal decides what to do with it. */
  exited: boolean;
  /** Set by `clear`; the terminal clears its screen. */
  cleared: boolean;
}

/** What the host's network answers, for `curl` on the host. Supplied by the world. */
export interface HostNetwork {
  /** One HTTP request to an absolute URL, as curl sends it; absent on hosts that only answer GETs through {@link HostNetwork.httpGet}. */
  request?(url: string, method: string, headers: Record<string, string>, body?: string): NetworkResponse;
  /**
   * An HTTP GET: the answer, or how the connection failed: nothing listens
   * (refused), the proxy accepted but nothing behind it did (reset), the
   * server closed without replying (empty), no such host (unresolved).
   */
  httpGet(host: string, port: number, path: string): { status: number; body: string; headers?: Record<string, string> } | "refused" | "reset" | "empty" | "unresolved";
}

/** Everything one running command can see. */
export interface ShellContext {
  /** argv[0] is the command name as typed. */
  argv: string[];
  /** The environment the command runs with (`NAME=value cmd` included). */
  env: Record<string, string>;
  stdin: string;
  /** No `<` redirection or pipe feeds stdin: it is the terminal (isatty(0)). */
  stdinIsTerminal?: boolean;
  /** No `>`/`>>` redirection or pipe takes stdout: it is the terminal (isatty(1)). */
  stdoutIsTerminal?: boolean;
  out: Output;
  fs: FileSystem;
  session: ShellSessionState;
  clock: Clock;
  network: HostNetwork;
  /** Resolves a path argument against the working directory. */
  resolve(path: string): string;
  /** The command table, for `help` and `type`-like lookups. */
  commandNames(): string[];
  /**
   * Runs another host command by name, without a shell in between (what
   * `xargs docker rm` or `find -exec` start); undefined when `argv[0]` is no
   * host command.
   */
  runCommand?(argv: string[], stdin: string, out: Output): number | undefined;
}

/** A command the host shell can run; returns its exit status. */
export type ShellCommand = (ctx: ShellContext) => number;

/** Commands by name: the host shell's $PATH, as a table. */
export type CommandTable = Record<string, ShellCommand>;

/** A new host-shell session, starting in `home`. */
export function createShellSession(home: string): ShellSessionState {
  return {
    cwd: home,
    home,
    vars: { HOME: home, PWD: home, PATH: "/usr/local/bin:/usr/bin:/bin", USER: "learner", SHELL: "/bin/bash" },
    lastExit: 0,
    history: [],
    exited: false,
    cleared: false,
  };
}

/**
 * The prompt bash would show with Debian's default PS1 (`\u@\h:\w\$ `):
 * the working directory with $HOME shortened to `~`.
 */
export function formatPrompt(session: ShellSessionState): string {
  const { cwd, home } = session;
  const shown = cwd === home ? "~" : cwd.startsWith(home + "/") ? "~" + cwd.slice(home.length) : cwd;
  return `learner@dockyard:${shown}$ `;
}
