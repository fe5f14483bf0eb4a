import { FsError } from "../../../vfs/types";
import { calculateBasename } from "../../../vfs/path";
import { strerror } from "../../posix/messages";
import type { PosixCommandContext } from "../types";

/**
 * The name a program uses in its messages: GNU coreutils use argv[0] as
 * given (`/bin/ls: …`); BusyBox uses the applet name.
 */
export function prog(ctx: PosixCommandContext): string {
  const name = ctx.argv[0] ?? "";
  return ctx.variant === "gnu" ? name : calculateBasename(name);
}

/** strerror(3) text for a thrown file-system error. */
export function errText(e: unknown): string {
  return strerror(e);
}

/** Rethrows anything that is not an FsError (budget and pipe signals must pass through). */
export function onlyFsErrors(e: unknown): FsError {
  if (e instanceof FsError) return e;
  throw e;
}

/**
 * A file name in a message: GNU's shell-escape quoting in the C locale a
 * container runs in ('name', "it's"), BusyBox's plain 'name'.
 */
export function q(ctx: PosixCommandContext, name: string): string {
  if (ctx.variant === "busybox") return `'${name}'`;
  if (name.includes("'") && /^[ %'+,\-./0-9:@A-Z\]_a-z]*$/.test(name)) return `"${name}"`;
  if (/^[%+,\-./0-9:@A-Z\]_a-z=^]+$/.test(name) || name === "") return `'${name}'`;
  return `'${name.replace(/'/g, "'\\''")}'`;
}

/** BusyBox's banner and usage text, printed after an option error. */
const BUSYBOX_USAGE: Record<string, string> = {
  ls: "ls [-1AaCxdLHRFplinshrSXvctu] [-w WIDTH] [FILE]...\n\nList directory contents",
  cp: "cp [-arPLHpfinlsTu] SOURCE DEST\nor: cp [-arPLHpfinlsu] SOURCE... { -t DIRECTORY | DIRECTORY }\n\nCopy SOURCEs to DEST",
  grep: "grep [-HhnlLoqvsrRiwFEz] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...\n\nSearch for PATTERN in FILEs (or stdin)",
  basename: "basename FILE [SUFFIX] | -a FILE... | -s SUFFIX FILE...\n\nStrip directory path and SUFFIX from FILE",
  dirname: "dirname FILENAME\n\nStrip non-directory suffix from FILENAME",
  tr: "tr [-cds] STRING1 [STRING2]\n\nTranslate, squeeze, or delete characters from stdin, writing to stdout",
  seq: "seq [-w] [-s SEP] [FIRST [INC]] LAST\n\nPrint numbers from FIRST to LAST, in steps of INC.\nFIRST, INC default to 1.",
  wget: "wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[--no-check-certificate] [-P DIR] [-U AGENT] [-T SEC] URL...\n\nRetrieve files via HTTP or FTP",
  sha256sum: "sha256sum [-c[sw]] [FILE]...\n\nPrint or check SHA256 checksums",
  md5sum: "md5sum [-c[sw]] [FILE]...\n\nPrint or check MD5 checksums",
};

/** BusyBox's "BusyBox v… multi-call binary." usage block for an applet (Alpine 3.20's BusyBox). */
export function busyboxUsage(applet: string): string {
  const body = BUSYBOX_USAGE[applet] ?? `${applet} [OPTIONS] [ARGS]...`;
  return `BusyBox v1.36.1 (2024-06-10 07:11:47 UTC) multi-call binary.\n\nUsage: ${body}\n`;
}

/** The message for an unknown option: GNU's two lines, or BusyBox's line plus usage. */
export function badOption(ctx: PosixCommandContext, option: string, long = false): string {
  const name = prog(ctx);
  if (ctx.variant === "busybox") return `${name}: ${long ? `unrecognized option '${option}'` : `invalid option -- '${option}'`}\n${busyboxUsage(calculateBasename(name))}`;
  return `${name}: ${long ? `unrecognized option '${option}'` : `invalid option -- '${option}'`}\nTry '${name} --help' for more information.\n`;
}

/** Parsed command-line options: each flag's last value (true for plain flags), every value, and operands. */
export interface ParsedOptions {
  flags: Map<string, string | true>;
  all: [string, string | true][];
  operands: string[];
}

/**
 * getopt_long(3) with GNU argument permutation: `-abc`, `-n5`, `-n 5`,
 * `--name=value`, `--` ends options, `-` is an operand. `withArg` lists the
 * letters taking a value; `long` maps long names to letters (append `=` for a
 * value). Writes the error and returns undefined on a bad option.
 */
export function getopt(ctx: PosixCommandContext, args: string[], flags: string, withArg = "", long: Record<string, string> = {}, errorStatus = 1): ParsedOptions | number {
  const out: ParsedOptions = { flags: new Map(), all: [], operands: [] };
  const set = (k: string, v: string | true): void => {
    out.flags.set(k, v);
    out.all.push([k, v]);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--") {
      out.operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const [name, value] = a.slice(2).split(/=(.*)/s) as [string, string | undefined];
      const key = long[name] ?? long[name + "="];
      if (key === undefined) {
        ctx.out.err(badOption(ctx, a, true));
        return errorStatus;
      }
      if (long[name + "="] !== undefined) set(key, value ?? args[++i] ?? "");
      else set(key, true);
      continue;
    }
    if (a === "-" || !a.startsWith("-")) {
      out.operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      if (withArg.includes(c)) {
        const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (value === undefined) {
          const name = prog(ctx);
          ctx.out.err(ctx.variant === "busybox" ? `${name}: option requires an argument -- '${c}'\n${busyboxUsage(calculateBasename(name))}` : `${name}: option requires an argument -- '${c}'\nTry '${name} --help' for more information.\n`);
          return errorStatus;
        }
        set(c, value);
        break;
      }
      if (!flags.includes(c)) {
        ctx.out.err(badOption(ctx, c));
        return errorStatus;
      }
      set(c, true);
    }
  }
  return out;
}

/** Reads an input operand: `-` is stdin, /dev/null is empty. Throws FsError. */
export function readInput(ctx: PosixCommandContext, name: string): string {
  if (name === "-" || name === "/dev/stdin") return ctx.stdin;
  if (name === "/dev/null") return "";
  const path = ctx.resolve(name);
  if (ctx.fs.stat(path)?.type === "dir") throw new FsError("EISDIR", path);
  return ctx.fs.readFile(path);
}

/** Splits text into lines without their newlines (a final unterminated line counts). */
export function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (text.endsWith("\n")) lines.pop();
  return lines;
}

/** User and group names from /etc/passwd and /etc/group, for ls -l, id, chown. */
export function lookupNames(ctx: PosixCommandContext): { users: Map<number, string>; groups: Map<number, string>; uids: Map<string, number>; gids: Map<string, number>; members: Map<string, number[]> } {
  const users = new Map<number, string>();
  const groups = new Map<number, string>();
  const uids = new Map<string, number>();
  const gids = new Map<string, number>();
  const members = new Map<string, number[]>();
  const read = (path: string): string[] => {
    try {
      return ctx.fs.readFile(path).split("\n");
    } catch {
      return [];
    }
  };
  for (const line of read("/etc/passwd")) {
    const [name, , uid] = line.split(":");
    if (name && uid !== undefined && /^[0-9]+$/.test(uid)) {
      if (!users.has(Number(uid))) users.set(Number(uid), name);
      uids.set(name, Number(uid));
    }
  }
  for (const line of read("/etc/group")) {
    const [name, , gid, list] = line.split(":");
    if (name && gid !== undefined && /^[0-9]+$/.test(gid)) {
      if (!groups.has(Number(gid))) groups.set(Number(gid), name);
      gids.set(name, Number(gid));
      for (const m of (list ?? "").split(",").filter(Boolean)) members.set(m, [...(members.get(m) ?? []), Number(gid)]);
    }
  }
  if (!users.has(ctx.user.uid)) users.set(ctx.user.uid, ctx.user.name);
  if (!uids.has(ctx.user.name)) uids.set(ctx.user.name, ctx.user.uid);
  return { users, groups, uids, gids, members };
}
