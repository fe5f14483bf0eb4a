import { formatFlagUsages, parseFlags, type FlagSpec } from "../../cli/flags";
import type { DockerContext } from "../command";
import type { ComposeCommand, ComposeFlavor, ComposeGlobals } from "./command";
import { COMPOSE_COMMANDS } from "./commands";

/** `docker compose`'s global options (docker/compose cmd/compose/compose.go ProjectOptions.addProjectFlags). */
const GLOBAL_FLAGS: FlagSpec[] = [
  { name: "ansi", kind: "string", usage: 'Control when to print ANSI control characters ("never"|"always"|"auto")', defaultText: '"auto"' },
  { name: "compatibility", kind: "bool", usage: "Run compose in backward compatibility mode" },
  { name: "dry-run", kind: "bool", usage: "Execute command in dry run mode" },
  { name: "env-file", kind: "list", valueName: "stringArray", usage: "Specify an alternate environment file" },
  { name: "file", short: "f", kind: "list", valueName: "stringArray", usage: "Compose configuration files" },
  { name: "parallel", kind: "int", usage: "Control max parallelism, -1 for unlimited", defaultText: "-1" },
  { name: "profile", kind: "list", valueName: "stringArray", usage: "Specify a profile to enable" },
  { name: "progress", kind: "string", usage: 'Set type of progress output (auto, tty, plain, json, quiet)', defaultText: '"auto"' },
  { name: "project-directory", kind: "string", usage: "Specify an alternate working directory\n(default: the path of the, first specified, Compose file)" },
  { name: "project-name", short: "p", kind: "string", usage: "Project name" },
];

function formatComposeHelp(path: string): string {
  const commands = [...COMPOSE_COMMANDS].sort((a, b) => (a.name < b.name ? -1 : 1)).map((c) => `  ${c.name.padEnd(11)} ${c.short}`);
  return (
    `\nUsage:  ${path} [OPTIONS] COMMAND\n\nDefine and run multi-container applications with Docker\n\n` +
    `Options:\n${formatFlagUsages(GLOBAL_FLAGS)}\n\nCommands:\n${commands.join("\n")}\n\n` +
    `Run '${path} COMMAND --help' for more information on a command.\n`
  );
}

function formatVerbHelp(path: string, command: ComposeCommand): string {
  const options = formatFlagUsages(command.flags);
  return `\nUsage:  ${path} ${command.name} ${command.usage}\n\n${command.short}\n${options ? `\nOptions:\n${options}\n` : ""}`;
}

/**
 * The `docker compose` CLI plugin's entry point (docker/compose
 * cmd/compose/compose.go): global options up to the subcommand, then the
 * verb's flags; `--compatibility` (what `docker-compose`, v1's spelling,
 * runs here) names containers as v1 did. Flag errors are Compose's CommandSyntaxFailure (exit 1); an
 * unknown verb is the docker CLI's `unknown docker command: "compose x"`.
 */
export function runCompose(argv: readonly string[], ctx: DockerContext, requested: ComposeFlavor): number {
  const globals = parseFlags(GLOBAL_FLAGS, argv, false);
  if (!globals.ok) {
    ctx.out.err(`${globals.error}\n`);
    return 1;
  }
  // --compatibility brings back v1's underscore names (docker/docs compose/releases/migrate.md).
  const flavor: ComposeFlavor = globals.flags.compatibility === true ? "v1" : requested;
  const path = "docker compose";
  const [verb, ...rest] = globals.args;
  if (verb === undefined || globals.help) {
    ctx.out.out(formatComposeHelp(path));
    return 0;
  }
  const command = COMPOSE_COMMANDS.find((c) => c.name === verb || c.aliases?.includes(verb));
  if (!command) {
    ctx.out.err(`unknown docker command: "compose ${verb}"\n`);
    return 1;
  }
  const parsed = parseFlags(command.flags, rest, command.name !== "exec" && command.name !== "run");
  if (!parsed.ok) {
    ctx.out.err(`${parsed.error}\n`);
    return 1;
  }
  if (parsed.help) {
    ctx.out.out(formatVerbHelp(path, command));
    return 0;
  }
  const g = globals.flags;
  const composeGlobals: ComposeGlobals = {
    files: (g.file as string[] | undefined) ?? [],
    ...(g["project-name"] !== undefined ? { projectName: g["project-name"] as string } : {}),
    ...(g["project-directory"] !== undefined ? { projectDirectory: g["project-directory"] as string } : {}),
    envFiles: (g["env-file"] as string[] | undefined) ?? [],
    profiles: (g.profile as string[] | undefined) ?? [],
    progress: (g.progress as string | undefined) ?? "auto",
  };
  return command.run({ ...ctx, commandPath: `${path} ${command.name}`, globals: composeGlobals, flavor }, { flags: parsed.flags, args: parsed.args });
}
