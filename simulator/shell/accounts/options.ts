import type { PosixCommandContext } from "../commands/types";
/** Parsed options: each option's values by its short letter (or long name when it has none), and the operands. */
export interface AccountOptions {
  values: Map<string, string[]>;
  operands: string[];
}

/** A getopt_long(3) failure, worded as glibc prints it. */
export interface OptionError {
  message: string;
}

/**
 * getopt_long(3) as shadow-utils and BusyBox call it: `-abc`, `-u1000`,
 * `-u 1000`, `--uid=1000`, `--uid 1000`, `--` ends options; operands may be
 * mixed with options (GNU permutation). `short` is a getopt string ("u:mr");
 * `long` maps long names to their letter, with a trailing "=" for a value.
 */
export function parseAccountOptions(prog: string, args: readonly string[], short: string, long: Record<string, string> = {}): AccountOptions | OptionError {
  const values = new Map<string, string[]>();
  const operands: string[] = [];
  const set = (k: string, v: string): void => void values.set(k, [...(values.get(k) ?? []), v]);
  const takes = (c: string): boolean => short.includes(`${c}:`);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--") {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const [name, inline] = a.slice(2).split(/=(.*)/s) as [string, string | undefined];
      const matches = Object.keys(long).filter((k) => k.replace(/=$/, "") === name);
      const key = matches[0] ?? Object.keys(long).find((k) => k.replace(/=$/, "").startsWith(name) && name.length > 0);
      if (key === undefined) return { message: `${prog}: unrecognized option '--${name}'\n` };
      const letter = long[key] as string;
      if (key.endsWith("=")) {
        const value = inline ?? args[++i];
        if (value === undefined) return { message: `${prog}: option '--${key.slice(0, -1)}' requires an argument\n` };
        set(letter, value);
      } else set(letter, "");
      continue;
    }
    if (a === "-" || !a.startsWith("-")) {
      operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      if (!short.includes(c) || c === ":") return { message: `${prog}: invalid option -- '${c}'\n` };
      if (takes(c)) {
        const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (value === undefined) return { message: `${prog}: option requires an argument -- '${c}'\n` };
        set(c, value);
        break;
      }
      set(c, "");
    }
  }
  return { values, operands };
}

/** The last value given for an option, or undefined. */
export function lastValue(o: AccountOptions, key: string): string | undefined {
  const v = o.values.get(key);
  return v === undefined ? undefined : v[v.length - 1];
}

/**
 * The start shadow-utils' useradd and groupadd share (src/useradd.c,
 * src/groupadd.c process_flags and open_files): options (usage and 2 on an
 * error), -h (usage, 0), root only (`Permission denied.` then `cannot lock
 * <file>; try again later.`), exactly one operand. Returns the options and
 * the name, or the status to exit with.
 */
export function readShadowInvocation(
  ctx: PosixCommandContext,
  spec: { prog: string; short: string; long: Record<string, string>; usage: string; lockFile: string; lockStatus: number },
): { o: AccountOptions; name: string } | number {
  const o = parseAccountOptions(spec.prog, ctx.argv.slice(1), spec.short, spec.long);
  if ("message" in o) {
    ctx.out.err(o.message + spec.usage);
    return 2;
  }
  if (o.values.has("h")) {
    ctx.out.out(spec.usage);
    return 0;
  }
  if (ctx.user.uid !== 0) {
    ctx.out.err(`${spec.prog}: Permission denied.\n${spec.prog}: cannot lock ${spec.lockFile}; try again later.\n`);
    return spec.lockStatus;
  }
  const name = o.operands[0];
  if (name === undefined || o.operands.length > 1) {
    ctx.out.err(spec.usage);
    return 2;
  }
  return { o, name };
}
