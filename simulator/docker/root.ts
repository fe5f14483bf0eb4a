import { getOwn } from "../core/own";
import type { Output } from "../core/io";
import type { Engine } from "../engine/engine";
import { parseFlags, type FlagSpec } from "../cli/flags";
import { calculateArgError, formatCommandHelp, type DockerCommand, type DockerHost } from "./command";
import { MemoryFs } from "../vfs/memory-fs";
import { CLIENT_VERSION } from "./system/version";
import { COMMON_COMMANDS, DOCKER_COMMANDS, DOCKER_GROUPS, PLUGIN_ENTRIES, PLUGIN_GROUPS, SWARM_GROUPS } from "./registry";

/** The global options this simulator accepts (docker/cli: cli/flags/options.go); -D is accepted and has no effect. */
const GLOBAL_FLAGS: FlagSpec[] = [
  { name: "version", short: "v", kind: "bool", usage: "Print version information and quit" },
  { name: "debug", short: "D", kind: "bool", usage: "Enable debug mode" },
];

function pad(name: string): string {
  return name.padEnd(11) + " ";
}

/**
 * `docker` / `docker --help` (docker/cli: cli/cobra.go helpTemplate).
 * Simplification: lists only the commands and global options this simulator has.
 */
export function formatRootHelp(): string {
  const shortcuts = new Map<string, DockerCommand>();
  for (const c of DOCKER_COMMANDS) shortcuts.set(c.group === "" ? c.name : (c.shortcut ?? ""), c);
  const common = COMMON_COMMANDS.filter((n) => shortcuts.has(n)).map((n) => `  ${pad(n)}${shortcuts.get(n)?.short}`);
  // CLI plugins (buildx) are starred (docker/cli: cli/cobra.go wrappedFlagUsages / isPlugin).
  const groups = Object.entries(DOCKER_GROUPS).filter(([n]) => !SWARM_GROUPS.has(n) && (DOCKER_COMMANDS.some((c) => c.group === n) || getOwn(PLUGIN_ENTRIES, n))).map(([n, d]) => `  ${pad(PLUGIN_GROUPS.has(n) ? `${n}*` : n)}${d}`);
  // Simplification: the help is the one a daemon outside a swarm gets (only `swarm` listed).
  const swarm = `  ${pad("swarm")}${DOCKER_GROUPS.swarm}`;
  return (
    "\nUsage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n\n" +
    `Common Commands:\n${common.join("\n")}\n\n` +
    `Management Commands:\n${groups.join("\n")}\n\n` +
    `Swarm Commands:\n${swarm}\n\n` +
    "Global Options:\n  -v, --version            Print version information and quit\n\n" +
    "Run 'docker COMMAND --help' for more information on a command.\n\n" +
    "For more help on how to use Docker, head to https://docs.docker.com/go/guides/\n"
  );
}

/** `docker container` (and `--help`): the group's usage and its commands. */
export function formatGroupHelp(group: string): string {
  const commands = DOCKER_COMMANDS.filter((c) => c.group === group).sort((a, b) => (a.name < b.name ? -1 : 1));
  return (
    `\nUsage:  docker ${group} COMMAND\n\n${DOCKER_GROUPS[group]}\n\n` +
    `Commands:\n${commands.map((c) => `  ${pad(c.name)}${c.short}`).join("\n")}\n\n` +
    `Run 'docker ${group} COMMAND --help' for more information on a command.\n`
  );
}

/** Finds the command for argv: `[group] verb` or a top-level shortcut. */
function resolveCommand(argv: string[]): { command: DockerCommand; path: string; rest: string[] } | { group: string; rest: string[] } | undefined {
  const [first, second] = argv;
  if (first === undefined) return undefined;
  if (getOwn(DOCKER_GROUPS, first) !== undefined) {
    const command = DOCKER_COMMANDS.find((c) => c.group === first && (c.name === second || c.aliases.includes(second ?? "")));
    if (command && second !== undefined) return { command, path: `docker ${first} ${command.name}`, rest: argv.slice(2) };
    return { group: first, rest: argv.slice(1) };
  }
  const command = DOCKER_COMMANDS.find((c) => (c.group === "" ? c.name === first : c.shortcut === first));
  return command ? { command, path: `docker ${first}`, rest: argv.slice(1) } : undefined;
}

/**
 * The docker CLI's entry point (docker/cli: cmd/docker/docker.go): global
 * flags, command lookup, flag parsing and arity checks, each failure worded
 * as docker 27 words it.
 */
export function runDocker(argv: string[], engine: Engine, out: Output, host: DockerHost = createDetachedHost(engine)): number {
  // Global options end at the first command word, as cobra parses the root command.
  const globals = parseFlags(GLOBAL_FLAGS, argv, false);
  if (!globals.ok) {
    out.err(`${globals.error}\nSee 'docker --help'.\n`);
    return 125;
  }
  if (globals.flags.version) {
    out.out(`Docker version ${CLIENT_VERSION.Version}, build ${CLIENT_VERSION.GitCommit}\n`);
    return 0;
  }
  if (globals.help) {
    out.out(formatRootHelp());
    return 0;
  }
  let args = globals.args;
  if (args.length === 0) {
    // Bare `docker` shows help through command.ShowHelp(dockerCli.Err()): on stderr, exit 0
    // (docker/cli: cli/command/cli.go ShowHelp; cmd/docker/docker.go).
    out.err(formatRootHelp());
    return 0;
  }
  if (args[0] === "help") {
    const target = args.slice(1);
    if (target.length === 0) {
      out.out(formatRootHelp());
      return 0;
    }
    args = [...target, "--help"];
  }
  const plugin = getOwn(PLUGIN_ENTRIES, args[0] as string);
  if (plugin) return plugin(args.slice(1), { engine, out, commandPath: `docker ${args[0]}`, host });
  const resolved = resolveCommand(args);
  if (!resolved) {
    out.err(`docker: '${args[0]}' is not a docker command.\nSee 'docker --help'\n`);
    return 1;
  }
  if ("group" in resolved) {
    const asked = resolved.rest.some((a) => a === "--help" || a === "-h");
    const rest = resolved.rest.filter((a) => a !== "--help" && a !== "-h");
    if (asked) {
      out.out(formatGroupHelp(resolved.group));
      return 0;
    }
    // `docker container` alone: ShowHelp(dockerCli.Err()), so stderr and exit 0; with an unknown
    // verb, cli/required.go NoArgs returns the usage as the error (stderr, exit 1).
    out.err(formatGroupHelp(resolved.group));
    return rest.length === 0 ? 0 : 1;
  }
  const { command, path, rest } = resolved;
  const parsed = parseFlags(command.flags, rest, command.interspersed !== false);
  if (!parsed.ok) {
    out.err(`${parsed.error}\nSee '${path} --help'.\n`);
    return 125;
  }
  if (parsed.help) {
    out.out(formatCommandHelp(path, command));
    return 0;
  }
  const argError = calculateArgError(path, command, parsed.args.length);
  if (argError) {
    out.err(argError);
    return 1;
  }
  return engine.runCommand(() => command.run({ engine, out, commandPath: path, host }, { flags: parsed.flags, args: parsed.args }));
}

/** A host with an empty file system and no terminal, for callers that drive the CLI without a shell (tests). */
export function createDetachedHost(engine: Engine): DockerHost {
  return { fs: new MemoryFs(() => engine.clock.now()), cwd: "/", env: {}, tty: false };
}
