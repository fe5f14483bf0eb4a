import type { Output } from "../core/io";
import type { Engine } from "../engine/engine";
import type { ContainerSession } from "../engine/container-session";
import type { ForegroundJob } from "./foreground";
import type { FileSystem } from "../vfs/types";
import { formatFlagUsages, type FlagSpec, type FlagValues } from "../cli/flags";

/** How many positional arguments a command takes (docker/cli: cli/required.go). */
export type ArgRule =
  | { kind: "none" }
  | { kind: "min"; n: number }
  | { kind: "max"; n: number }
  | { kind: "exact"; n: number }
  | { kind: "any" };

/**
 * The client side of the CLI: the host's files (build contexts, `save -o`,
 * `load -i`), its working directory, the environment the command ran with
 * (`DOCKER_BUILDKIT=0`) and whether stdout is a terminal (BuildKit's TTY view).
 */
export interface DockerHost {
  fs: FileSystem;
  cwd: string;
  env: Record<string, string>;
  tty: boolean;
  /** Terminal width in columns, for the TTY build view (default 80). */
  columns?: number;
  /**
   * What the command reads on stdin (`docker load < x.tar`, the `[y/N]`
   * answer to a prune prompt); absent means end of input at once.
   */
  stdin?: string;
  /** Standard input is a terminal (docker/cli streams.In.IsTerminal, what CheckTty asks); absent means the same as `tty`. */
  stdinTty?: boolean;
  /**
   * The terminal hands its next lines to a shell inside a container
   * (`docker run -it`, `exec -it`, `start -ai`, `attach`): the world routes
   * them there until the shell ends. Absent: no terminal can be handed over.
   */
  openSession?: (session: ContainerSession) => void;
  /**
   * The terminal keeps a never-ending command in the foreground until it
   * ends or Ctrl+C (docker/foreground.ts). Absent (a script): such commands
   * return at once with a note.
   */
  foreground?: (job: ForegroundJob) => void;
}

/** What a verb gets when it runs. */
export interface DockerContext {
  engine: Engine;
  out: Output;
  /** The full command path as invoked, e.g. `docker ps` or `docker container ls`. */
  commandPath: string;
  host: DockerHost;
}

/** Parsed options of one invocation. */
export interface DockerInvocation {
  flags: FlagValues;
  args: string[];
}

/**
 * One docker verb, shaped like a docker/cli command file: usage, arity,
 * flags and a run function that talks only to the Engine API.
 */
export interface DockerCommand {
  /** The canonical name within its group (`ls`), and the group (`container`), or "" for top level only. */
  name: string;
  group: string;
  /** Other names in the group (`list`, `ps`). */
  aliases: string[];
  /** Top-level shortcut name (`ps` for `container ls`), if docker has one. */
  shortcut?: string;
  /** The usage line after the command path: `[OPTIONS] IMAGE [COMMAND] [ARG...]`. */
  usage: string;
  short: string;
  /** The help text's description when it differs from `short` (cobra's Long). */
  long?: string;
  args: ArgRule;
  flags: FlagSpec[];
  /** false for commands whose flags end at the first argument (run, exec). */
  interspersed?: boolean;
  run(ctx: DockerContext, invocation: DockerInvocation): number;
  /** A plugin's own command path in help (`docker build` is `docker buildx build` since Docker 23). */
  helpPath?: string;
  /** The Aliases line when it is the plugin's, not this table's. */
  helpAliases?: string[];
}

function plural(n: number): string {
  return n === 1 ? "argument" : "arguments";
}

/** The `Usage:  …` / short-description footer cobra errors repeat. */
function formatUsageFooter(path: string, command: DockerCommand): string {
  return `See '${path} --help'.\n\nUsage:  ${path} ${command.usage}\n\n${command.short}\n`;
}

/**
 * The arity check's error, worded as docker 27's cli/required.go words it
 * (`"docker run" requires at least 1 argument.` … usage … description).
 */
export function calculateArgError(path: string, command: DockerCommand, count: number): string | undefined {
  const rule = command.args;
  let problem: string | undefined;
  if (rule.kind === "none" && count > 0) problem = `"${path}" accepts no arguments.`;
  else if (rule.kind === "min" && count < rule.n) problem = `"${path}" requires at least ${rule.n} ${plural(rule.n)}.`;
  else if (rule.kind === "max" && count > rule.n) problem = `"${path}" requires at most ${rule.n} ${plural(rule.n)}.`;
  else if (rule.kind === "exact" && count !== rule.n) problem = `"${path}" requires exactly ${rule.n} ${plural(rule.n)}.`;
  return problem ? `${problem}\n${formatUsageFooter(path, command)}` : undefined;
}

/** All the ways one command is invoked, as docker's Aliases block lists them. */
export function calculateInvocations(command: DockerCommand): string[] {
  const names = [command.name, ...command.aliases].map((n) => `docker ${command.group} ${n}`);
  if (command.shortcut) names.push(`docker ${command.shortcut}`);
  return names;
}

/**
 * `--help` text, as docker 27's usage template renders it: a blank line,
 * `Usage:  <path> <usage>`, the description, Aliases, Options
 * (docker/cli: cli/cobra.go usageTemplate).
 */
export function formatCommandHelp(path: string, command: DockerCommand): string {
  let text = `\nUsage:  ${command.helpPath ?? path} ${command.usage}\n\n${command.long ?? command.short}\n`;
  const invocations = command.helpAliases ?? calculateInvocations(command);
  if (invocations.length > 1) text += `\nAliases:\n  ${invocations.join(", ")}\n`;
  const options = formatFlagUsages(command.flags);
  if (options) text += `\nOptions:\n${options}\n`;
  return text;
}

/** The help text of `--format` on list commands (docker/cli: cli/flags FormatHelp). */
export const FORMAT_HELP_TABLE =
  "Format output using a custom template:\n" +
  "'table':            Print output in table format with column headers (default)\n" +
  "'table TEMPLATE':   Print output in table format using the given Go template\n" +
  "'json':             Print in JSON format\n" +
  "'TEMPLATE':         Print output using the given Go template.\n" +
  "Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates";

/** The help text of `--format` on inspect-like commands (docker/cli: cli/flags InspectFormatHelp). */
export const FORMAT_HELP_INSPECT =
  "Format output using a custom template:\n" +
  "'json':             Print in JSON format\n" +
  "'TEMPLATE':         Print output using the given Go template.\n" +
  "Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates";

/** `Error response from daemon: …` on stderr, as the CLI prints a daemon error (exit 1). */
export function writeDaemonError(out: Output, message: string): number {
  out.err(`Error response from daemon: ${message}\n`);
  return 1;
}

/**
 * docker run/create's way of reporting an error in 27.x: `docker: <msg>.`
 * then `See 'docker run --help'.` (docker/cli 27.x container/run.go reportError).
 */
export function writeRunError(out: Output, verb: string, message: string, exitCode: number): number {
  out.err(`docker: ${message.replace(/\.$/, "")}.\nSee 'docker ${verb} --help'.\n`);
  return exitCode;
}
