import type { PosixStat } from "../../vfs/posix-types";
import { compareBytes, patternToRegExp } from "../posix/glob";
import { errText, onlyFsErrors, prog } from "./lib/common";
import type { PosixCommandContext } from "./types";

type Expr =
  | { k: "and" | "or"; a: Expr; b: Expr }
  | { k: "not"; a: Expr }
  | { k: "test"; name: string; arg: string }
  | { k: "exec"; argv: string[]; batch: boolean }
  | { k: "action"; name: string };

class FindError {
  constructor(readonly message: string) {}
}

const TESTS_WITH_ARG = new Set(["-name", "-iname", "-path", "-ipath", "-wholename", "-type", "-maxdepth", "-mindepth", "-newer", "-user", "-group", "-perm", "-size", "-mtime", "-mmin", "-regex"]);
const ACTIONS = new Set(["-print", "-print0", "-delete", "-quit", "-prune", "-empty", "-executable", "-true", "-false", "-depth", "-xdev", "-follow", "-ls"]);

/** Parses find's expression: `( )`, `!`/-not, -a/-and (or adjacency), -o/-or (GNU findutils: find/parser.c). */
function parseExpr(tokens: string[], ctx: PosixCommandContext): Expr | undefined {
  let pos = 0;
  const primary = (): Expr => {
    const t = tokens[pos++];
    if (t === undefined) throw new FindError(ctx.variant === "gnu" ? "expected an expression after" : "unrecognized: ");
    if (t === "(") {
      const e = or();
      if (tokens[pos++] !== ")") throw new FindError(ctx.variant === "gnu" ? "invalid expression; you have too many '('" : "unrecognized: (");
      return e;
    }
    if (t === "!" || t === "-not") return { k: "not", a: primary() };
    if (t === "-exec" || t === "-execdir" || t === "-ok") {
      const argv: string[] = [];
      while (pos < tokens.length && tokens[pos] !== ";" && !(tokens[pos] === "+" && tokens[pos - 1] === "{}")) argv.push(tokens[pos++] as string);
      const end = tokens[pos++];
      if (end === undefined) throw new FindError(ctx.variant === "gnu" ? `missing argument to \`${t}'` : `-exec CMD must end by ';' or '+'`);
      return { k: "exec", argv, batch: end === "+" };
    }
    if (TESTS_WITH_ARG.has(t)) {
      const arg = tokens[pos++];
      if (arg === undefined) throw new FindError(ctx.variant === "gnu" ? `missing argument to \`${t}'` : `${t} requires an argument`);
      return { k: "test", name: t, arg };
    }
    if (ACTIONS.has(t)) return { k: "action", name: t };
    throw new FindError(ctx.variant === "gnu" ? `unknown predicate \`${t}'` : `unrecognized: ${t}`);
  };
  const and = (): Expr => {
    let a = primary();
    while (pos < tokens.length && tokens[pos] !== "-o" && tokens[pos] !== "-or" && tokens[pos] !== ")" && tokens[pos] !== ",") {
      if (tokens[pos] === "-a" || tokens[pos] === "-and") pos++;
      a = { k: "and", a, b: primary() };
    }
    return a;
  };
  const or = (): Expr => {
    let a = and();
    while (tokens[pos] === "-o" || tokens[pos] === "-or") {
      pos++;
      a = { k: "or", a, b: and() };
    }
    return a;
  };
  if (tokens.length === 0) return undefined;
  const e = or();
  if (pos < tokens.length) throw new FindError(ctx.variant === "gnu" ? `paths must precede expression: \`${tokens[pos]}'` : `unrecognized: ${tokens[pos]}`);
  return e;
}

function hasAction(e: Expr | undefined): boolean {
  if (!e) return false;
  if (e.k === "exec") return true;
  if (e.k === "action") return ["-print", "-print0", "-delete", "-ls", "-quit"].includes(e.name);
  if (e.k === "not") return hasAction(e.a);
  if (e.k === "test") return false;
  return hasAction(e.a) || hasAction(e.b);
}

function option(e: Expr | undefined, name: string): string | undefined {
  if (!e) return undefined;
  if (e.k === "test" && e.name === name) return e.arg;
  if (e.k === "and" || e.k === "or") return option(e.a, name) ?? option(e.b, name);
  if (e.k === "not") return option(e.a, name);
  return undefined;
}

/**
 * `find [PATH]... [EXPRESSION]` with -name, -iname, -path, -type, -maxdepth,
 * -mindepth, -empty, -newer, -print, -print0, -delete, -exec … ; and -exec … +,
 * `!`, -a, -o and parentheses. Directories are read in sorted order. GNU
 * `find: 'x': No such file or directory`, BusyBox `find: x: No such file or directory`.
 */
export function runFind(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  let i = 0;
  while (i < args.length && (args[i] === "-H" || args[i] === "-L" || args[i] === "-P")) i++;
  const paths: string[] = [];
  while (i < args.length && !/^[-!(]/.test(args[i] as string)) paths.push(args[i++] as string);
  const name = prog(ctx);
  let expr: Expr | undefined;
  try {
    expr = parseExpr(args.slice(i), ctx);
  } catch (e) {
    if (!(e instanceof FindError)) throw e;
    ctx.out.err(`${name}: ${e.message}\n`);
    return 1;
  }
  const maxDepth = Number(option(expr, "-maxdepth") ?? Infinity);
  const minDepth = Number(option(expr, "-mindepth") ?? 0);
  const print = !hasAction(expr);
  const batches = new Map<Expr, string[]>();
  let status = 0;
  let quit = false;
  const deletes: string[] = [];
  const lookUpId = (file: string, name: string): number | undefined => {
    let text: string;
    try {
      text = ctx.fs.readFile(file);
    } catch {
      return undefined;
    }
    const row = text.split("\n").map((l) => l.split(":")).find((f) => f[0] === name);
    return row?.[2] !== undefined && /^\d+$/.test(row[2]) ? Number(row[2]) : undefined;
  };
  const evaluate = (e: Expr, shown: string, path: string, st: PosixStat, base: string): boolean => {
    switch (e.k) {
      case "and":
        return evaluate(e.a, shown, path, st, base) && evaluate(e.b, shown, path, st, base);
      case "or":
        return evaluate(e.a, shown, path, st, base) || evaluate(e.b, shown, path, st, base);
      case "not":
        return !evaluate(e.a, shown, path, st, base);
      case "exec": {
        if (e.batch) {
          batches.set(e, [...(batches.get(e) ?? []), shown]);
          return true;
        }
        return ctx.exec(e.argv.map((a) => a.split("{}").join(shown)), { stdin: "" }) === 0;
      }
      case "action":
        if (e.name === "-print") ctx.out.out(shown + "\n");
        else if (e.name === "-print0") ctx.out.out(shown + "\0");
        else if (e.name === "-delete") deletes.push(path);
        else if (e.name === "-quit") quit = true;
        else if (e.name === "-false") return false;
        else if (e.name === "-empty") return st.type === "dir" ? ctx.fs.readdir(path).length === 0 : st.type === "file" && st.size === 0;
        else if (e.name === "-executable") return (st.mode & 0o111) !== 0;
        return true;
      case "test":
        switch (e.name) {
          case "-name":
            return patternToRegExp(e.arg).test(base);
          case "-iname":
            return new RegExp(patternToRegExp(e.arg).source, "i").test(base);
          case "-path":
          case "-wholename":
            return patternToRegExp(e.arg).test(shown);
          case "-ipath":
            return new RegExp(patternToRegExp(e.arg).source, "i").test(shown);
          case "-type":
            return e.arg.split(",").some((t) => (t === "f" && st.type === "file") || (t === "d" && st.type === "dir") || (t === "l" && st.type === "symlink"));
          case "-user":
          case "-group": {
            // The owner by number or by name from /etc/passwd, /etc/group (findutils parser.c parse_user/parse_group).
            const id = /^\d+$/.test(e.arg) ? Number(e.arg) : lookUpId(e.name === "-user" ? "/etc/passwd" : "/etc/group", e.arg);
            return id !== undefined && (e.name === "-user" ? st.uid : st.gid) === id;
          }
          case "-newer": {
            const ref = ctx.fs.stat(ctx.resolve(e.arg));
            return !!ref && st.mtimeMs > ref.mtimeMs;
          }
          default:
            return true;
        }
    }
  };
  const visit = (shown: string, path: string, depth: number): void => {
    if (quit) return;
    ctx.budget.tick();
    const st = ctx.fs.lstat(path);
    if (!st) return;
    const base = shown.replace(/\/+$/, "").split("/").pop() || shown;
    if (depth >= minDepth) {
      const ok = expr ? evaluate(expr, shown, path, st, base) : true;
      if (ok && print) ctx.out.out(shown + "\n");
    }
    if (st.type !== "dir" || depth >= maxDepth) return;
    let children: string[];
    try {
      children = ctx.fs.readdir(path).sort(compareBytes);
    } catch (e) {
      ctx.out.err(ctx.variant === "gnu" ? `${name}: '${shown}': ${errText(onlyFsErrors(e))}\n` : `${name}: ${shown}: ${errText(onlyFsErrors(e))}\n`);
      status = 1;
      return;
    }
    for (const c of children) visit(shown.endsWith("/") ? shown + c : `${shown}/${c}`, `${path === "/" ? "" : path}/${c}`, depth + 1);
  };
  for (const p of paths.length > 0 ? paths : ["."]) {
    const path = ctx.resolve(p);
    if (!ctx.fs.lstat(path)) {
      ctx.out.err(ctx.variant === "gnu" ? `${name}: '${p}': No such file or directory\n` : `${name}: ${p}: No such file or directory\n`);
      status = 1;
      continue;
    }
    visit(p, path, 0);
  }
  for (const [e, files] of batches) if (e.k === "exec" && ctx.exec(e.argv.flatMap((a) => (a === "{}" ? files : [a])), { stdin: "" }) !== 0) status = 1;
  for (const path of deletes.reverse()) {
    try {
      ctx.fs.remove(path, { recursive: false });
    } catch (e) {
      ctx.out.err(`${name}: cannot delete '${path}': ${errText(onlyFsErrors(e))}\n`);
      status = 1;
    }
  }
  return status;
}
