import type { PosixFileSystem, PosixStat } from "../../vfs/posix-types";
import { calculateResolvedPath } from "../../vfs/path";
import type { ShellUser } from "../commands/types";
import type { ShellFlavor } from "./errors";
import { matchPattern } from "./glob";

/** What `test` needs to look at files as the running user. */
export interface TestEnv {
  fs: PosixFileSystem;
  cwd: string;
  user: ShellUser;
  /** Whose wording errors use: a shell's builtin, or GNU coreutils `test` ("gnu"; BusyBox's applet words like ash). */
  flavor: ShellFlavor | "gnu";
  /** BusyBox's `[[`: `=`, `==` and `!=` match shell patterns. */
  patterns?: boolean;
}

/** A malformed expression: exit status 2 with `message` after the command's prefix. */
export class TestError {
  constructor(readonly message: string) {}
}

const UNARY = new Set(["-e", "-f", "-d", "-r", "-w", "-x", "-s", "-L", "-h", "-n", "-z", "-b", "-c", "-p", "-S", "-g", "-u", "-k", "-t", "-O", "-G"]);
const BINARY = new Set(["=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef"]);

/** Whether `user` may read (4), write (2) or execute (1) a file with `stat` (root bypasses, x needs some x bit). */
export function checkAccess(stat: PosixStat, user: ShellUser, bit: 4 | 2 | 1): boolean {
  if (user.uid === 0) return bit !== 1 || stat.type === "dir" || (stat.mode & 0o111) !== 0;
  const shift = stat.uid === user.uid ? 6 : stat.gid === user.gid || user.groups?.includes(stat.gid) ? 3 : 0;
  return ((stat.mode >> shift) & bit) !== 0;
}

function toInteger(text: string, env: TestEnv): bigint {
  const t = text.trim();
  if (/^[-+]?[0-9]+$/.test(t)) return BigInt(t);
  if (env.flavor === "dash") throw new TestError(`Illegal number: ${text}`);
  if (env.flavor === "ash") throw new TestError(`${text}: bad number`);
  if (env.flavor === "gnu") throw new TestError(`invalid integer '${text}'`);
  throw new TestError(`${text}: integer expression expected`);
}

/** One unary file or string test (XCU test; dash: src/bltin/test.c). */
export function unaryTest(op: string, arg: string, env: TestEnv): boolean {
  if (op === "-n") return arg !== "";
  if (op === "-z") return arg === "";
  if (op === "-t") return false;
  const path = calculateResolvedPath(env.cwd, arg);
  if (arg === "") return false;
  if (op === "-L" || op === "-h") return env.fs.lstat(path)?.type === "symlink";
  let stat: PosixStat | null;
  try {
    stat = env.fs.stat(path);
  } catch {
    stat = null;
  }
  if (!stat) return false;
  switch (op) {
    case "-e": return true;
    case "-f": return stat.type === "file";
    case "-d": return stat.type === "dir";
    case "-s": return stat.size > 0;
    case "-r": return checkAccess(stat, env.user, 4);
    case "-w": return checkAccess(stat, env.user, 2);
    case "-x": return checkAccess(stat, env.user, 1);
    case "-u": return (stat.mode & 0o4000) !== 0;
    case "-g": return (stat.mode & 0o2000) !== 0;
    case "-k": return (stat.mode & 0o1000) !== 0;
    case "-O": return stat.uid === env.user.uid;
    case "-G": return stat.gid === env.user.gid;
    default: return false;
  }
}

/** One binary test. */
export function binaryTest(a: string, op: string, b: string, env: TestEnv): boolean {
  switch (op) {
    case "=":
    case "==": return env.patterns ? matchPattern(b, a) : a === b;
    case "!=": return env.patterns ? !matchPattern(b, a) : a !== b;
    case "<": return a < b;
    case ">": return a > b;
    case "-eq": return toInteger(a, env) === toInteger(b, env);
    case "-ne": return toInteger(a, env) !== toInteger(b, env);
    case "-lt": return toInteger(a, env) < toInteger(b, env);
    case "-le": return toInteger(a, env) <= toInteger(b, env);
    case "-gt": return toInteger(a, env) > toInteger(b, env);
    case "-ge": return toInteger(a, env) >= toInteger(b, env);
    case "-nt":
    case "-ot": {
      const sa = env.fs.stat(calculateResolvedPath(env.cwd, a));
      const sb = env.fs.stat(calculateResolvedPath(env.cwd, b));
      if (op === "-nt") return !!sa && (!sb || sa.mtimeMs > sb.mtimeMs);
      return !!sb && (!sa || sa.mtimeMs < sb.mtimeMs);
    }
    case "-ef": return calculateResolvedPath(env.cwd, a) === calculateResolvedPath(env.cwd, b) && !!env.fs.stat(calculateResolvedPath(env.cwd, a));
    default: return false;
  }
}

function operatorError(env: TestEnv, kind: "unary" | "binary" | "extra", first: string, second: string): TestError {
  if (env.flavor === "dash") return new TestError(`${first}: unexpected operator`);
  if (env.flavor === "ash") return new TestError(`${second}: unknown operand`);
  if (env.flavor === "gnu") return kind === "binary" ? new TestError(`'${second}': binary operator expected`) : kind === "unary" ? new TestError(`missing argument after '${first}'`) : new TestError(`extra argument '${second}'`);
  if (kind === "unary") return new TestError(`${first}: unary operator expected`);
  if (kind === "binary") return new TestError(`${second}: binary operator expected`);
  return new TestError("too many arguments");
}

/**
 * Evaluates `test` arguments (without the closing `]`) to 0 (true) or 1;
 * throws TestError for status 2. POSIX's rules by argument count first, then
 * `!`, `-a`, `-o` and parentheses (XCU test "Application Usage").
 */
export function evaluateTest(args: string[], env: TestEnv): number {
  const truth = (b: boolean): number => (b ? 0 : 1);
  const n = args.length;
  const [a0 = "", a1 = "", a2 = "", a3 = ""] = args;
  if (n === 0) return 1;
  if (n === 1) return truth(a0 !== "");
  if (n === 2) {
    if (a0 === "!") return truth(a1 === "");
    if (UNARY.has(a0)) return truth(unaryTest(a0, a1, env));
    throw operatorError(env, "unary", a0, a1);
  }
  if (n === 3) {
    if (BINARY.has(a1)) return truth(binaryTest(a0, a1, a2, env));
    if (a1 === "-a") return truth(a0 !== "" && a2 !== "");
    if (a1 === "-o") return truth(a0 !== "" || a2 !== "");
    if (a0 === "!") return evaluateTest([a1, a2], env) === 0 ? 1 : 0;
    if (a0 === "(" && a2 === ")") return truth(a1 !== "");
    throw operatorError(env, "binary", a0, a1);
  }
  if (n === 4) {
    if (a0 === "!") return evaluateTest(args.slice(1), env) === 0 ? 1 : 0;
    if (a0 === "(" && a3 === ")") return evaluateTest([a1, a2], env);
  }
  let pos = 0;
  const primary = (): boolean => {
    const t = args[pos];
    if (t === undefined) throw operatorError(env, "extra", args[pos - 1] ?? "", args[pos - 1] ?? "");
    if (t === "!") {
      pos++;
      return !primary();
    }
    if (t === "(") {
      pos++;
      const v = orExpr();
      if (args[pos] !== ")") throw operatorError(env, "extra", args[pos] ?? "(", args[pos] ?? "(");
      pos++;
      return v;
    }
    if (UNARY.has(t) && pos + 1 < n) {
      pos += 2;
      return unaryTest(t, args[pos - 1] as string, env);
    }
    if (pos + 2 < n + 1 && BINARY.has(args[pos + 1] ?? "")) {
      pos += 3;
      return binaryTest(t, args[pos - 2] as string, args[pos - 1] ?? "", env);
    }
    pos++;
    return t !== "";
  };
  const andExpr = (): boolean => {
    let v = primary();
    while (args[pos] === "-a") {
      pos++;
      const r = primary();
      v = v && r;
    }
    return v;
  };
  const orExpr = (): boolean => {
    let v = andExpr();
    while (args[pos] === "-o") {
      pos++;
      const r = andExpr();
      v = v || r;
    }
    return v;
  };
  const v = orExpr();
  if (pos < n) throw operatorError(env, "extra", args[pos] as string, args[pos] as string);
  return truth(v);
}
