/**
 * Splits coreutils-style arguments into single-letter flags and operands:
 * `-la` is `-l -a`, `--` ends options, a lone `-` is an operand (getopt(3)).
 * Long options are returned by name without the dashes.
 */
export function parseShortOptions(args: string[]): { flags: Set<string>; long: Set<string>; operands: string[] } {
  const flags = new Set<string>();
  const long = new Set<string>();
  const operands: string[] = [];
  let done = false;
  for (const arg of args) {
    if (done || arg === "-" || !arg.startsWith("-")) {
      operands.push(arg);
    } else if (arg === "--") {
      done = true;
    } else if (arg.startsWith("--")) {
      long.add(arg.slice(2));
    } else {
      for (const ch of arg.slice(1)) flags.add(ch);
    }
  }
  return { flags, long, operands };
}

/** The first unsupported flag, if any, so a command can reject it as coreutils does. */
export function findInvalidFlag(flags: Set<string>, allowed: string): string | undefined {
  for (const f of flags) if (!allowed.includes(f)) return f;
  return undefined;
}
