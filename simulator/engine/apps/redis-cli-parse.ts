/**
 * redis-cli's command line (redis/redis src/redis-cli.c parseOptions) and
 * the way it splits a line of input into words (sds.c sdssplitargs:
 * double quotes with \n \t \xHH escapes, single quotes with \' only).
 */

/** What redis-cli was asked to do. */
export interface RedisCliOptions {
  host: string;
  port: number;
  password?: string;
  db: number;
  /** --raw forces raw output; --no-raw forces the human format; undefined: raw unless stdout is a terminal. */
  raw?: boolean;
  /** -e: exit 1 when a command replies with an error. */
  exitOnError: boolean;
  version: boolean;
  /** The command words after the options (empty: read commands from stdin). */
  command: string[];
}

/**
 * Parses redis-cli's arguments; options stop at the first word that is not
 * one (the command). Errors in redis-cli's words.
 */
export function parseRedisCliArgs(args: readonly string[]): RedisCliOptions | { error: string } {
  const o: RedisCliOptions = { host: "127.0.0.1", port: 6379, db: 0, exitOnError: false, version: false, command: [] };
  let i = 0;
  const value = (flag: string): string | { error: string } => {
    const v = args[i + 1];
    if (v === undefined) return { error: `Unrecognized option or bad number of args for: '${flag}'` };
    i++;
    return v;
  };
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "-h" || a === "-p" || a === "-a" || a === "-n" || a === "--pass" || a === "--user") {
      const v = value(a);
      if (typeof v !== "string") return v;
      if (a === "-h") o.host = v;
      else if (a === "-p") o.port = /^\d+$/.test(v) ? Number(v) : 0;
      else if (a === "-n") o.db = /^-?\d+$/.test(v) ? Number(v) : 0;
      else if (a !== "--user") o.password = v;
    } else if (a === "--raw") o.raw = true;
    else if (a === "--no-raw") o.raw = false;
    else if (a === "-e") o.exitOnError = true;
    else if (a === "-v" || a === "--version") o.version = true;
    else if (a === "--no-auth-warning") continue;
    else if (a.startsWith("-") && a.length > 1 && o.command.length === 0) return { error: `Unrecognized option or bad number of args for: '${a}'` };
    else {
      o.command = args.slice(i);
      break;
    }
  }
  return o;
}

/**
 * Splits one input line into arguments as sdssplitargs does; undefined for
 * unbalanced quotes (redis-cli then answers `Invalid argument(s)`).
 */
export function splitRedisArgs(line: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  const hex = (c: string): boolean => /[0-9a-fA-F]/.test(c);
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i] as string)) i++;
    if (i >= line.length) break;
    let cur = "";
    let inDq = false;
    let inSq = false;
    for (;;) {
      const c = line[i];
      if (inDq) {
        if (c === undefined) return undefined;
        if (c === "\\" && line[i + 1] === "x" && hex(line[i + 2] ?? "") && hex(line[i + 3] ?? "")) {
          cur += String.fromCharCode(parseInt(line.slice(i + 2, i + 4), 16));
          i += 3;
        } else if (c === "\\" && i + 1 < line.length) {
          i++;
          const e = line[i] as string;
          cur += e === "n" ? "\n" : e === "r" ? "\r" : e === "t" ? "\t" : e === "b" ? "\b" : e === "a" ? "\x07" : e;
        } else if (c === '"') {
          // A closing quote must be followed by a space or the end.
          if (i + 1 < line.length && !/\s/.test(line[i + 1] as string)) return undefined;
          i++;
          break;
        } else cur += c;
      } else if (inSq) {
        if (c === undefined) return undefined;
        if (c === "\\" && line[i + 1] === "'") {
          i++;
          cur += "'";
        } else if (c === "'") {
          if (i + 1 < line.length && !/\s/.test(line[i + 1] as string)) return undefined;
          i++;
          break;
        } else cur += c;
      } else {
        if (c === undefined || /\s/.test(c)) break;
        if (c === '"') inDq = true;
        else if (c === "'") inSq = true;
        else cur += c;
      }
      i++;
    }
    out.push(cur);
  }
  return out;
}
