import type { ShellCommand } from "./shell";

/**
 * Reading a command's options the way hadolint's rules do (hadolint:
 * src/Hadolint/Shell.hs `hasFlag`, `hasAnyFlag`, `getArgsNoFlags`,
 * `dropFlagArg`): `-abc` is the short options a, b and c; `--name` and
 * `--name=value` are long options; `--` ends the options.
 */

/** The command's name without its directory: `/usr/bin/apt-get` → `apt-get`. */
export function commandName(cmd: ShellCommand): string {
  return cmd.program;
}

/** `-x`, `-abc`, `--long`, `--long=value` (but not `-` alone). */
export function isOption(arg: string): boolean {
  return arg.length > 1 && arg.startsWith("-");
}

/** The name of a long option: `--yes` and `--yes=1` → `yes`. */
export function longName(arg: string): string | undefined {
  if (!arg.startsWith("--") || arg.length === 2) return undefined;
  const eq = arg.indexOf("=");
  return eq < 0 ? arg.slice(2) : arg.slice(2, eq);
}

/** The letters of a short-option cluster: `-yq` → `yq` (undefined for long options). */
export function shortCluster(arg: string): string | undefined {
  if (!arg.startsWith("-") || arg.startsWith("--") || arg.length < 2) return undefined;
  return arg.slice(1);
}

/** Whether any argument (before `--`) is one of the long options, or a short cluster containing one of the letters. */
export function hasOption(args: readonly string[], shorts: string, longs: readonly string[] = []): boolean {
  for (const arg of args) {
    if (arg === "--") return false;
    const long = longName(arg);
    if (long !== undefined) {
      if (longs.includes(long)) return true;
      continue;
    }
    const cluster = shortCluster(arg);
    if (cluster !== undefined && [...shorts].some((s) => cluster.includes(s))) return true;
  }
  return false;
}

/**
 * The arguments that are not options. Options are dropped, and so is the word
 * after an option listed in `valueOptions` (written as on the command line,
 * `-t` or `--target-release`); everything after `--` is kept.
 */
export function positionals(args: readonly string[], valueOptions: ReadonlySet<string> = NONE): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") {
      out.push(...args.slice(i + 1));
      break;
    }
    if (!isOption(arg)) out.push(arg);
    else if (valueOptions.has(arg)) i++;
  }
  return out;
}

/** The value of an option: `-u 5`, `-u5`, `--uid 5` or `--uid=5`. */
export function optionValue(args: readonly string[], short: string | undefined, long: string | undefined): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") break;
    if (long !== undefined && (arg === `--${long}` || arg.startsWith(`--${long}=`))) return arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[i + 1];
    if (short !== undefined && arg.startsWith(`-${short}`) && !arg.startsWith("--")) return arg.length > 2 ? arg.slice(2) : args[i + 1];
  }
  return undefined;
}

/** The first positional argument (the subcommand) and the positionals after it. */
export function subcommand(cmd: ShellCommand, valueOptions: ReadonlySet<string> = NONE): { sub: string; rest: string[] } {
  const pos = positionals(cmd.args, valueOptions);
  return { sub: pos[0] ?? "", rest: pos.slice(1) };
}

/** Commands of a RUN with the given name (directory ignored). */
export function commandsNamed(commands: readonly ShellCommand[], ...names: string[]): ShellCommand[] {
  return commands.filter((c) => names.includes(c.program));
}

const NONE: ReadonlySet<string> = new Set();
