import { compareBytes } from "../posix/glob";
import { busyboxUsage, errText, getopt, onlyFsErrors, prog, splitLines } from "./lib/common";
import { compileRegex } from "./lib/regex";
import type { PosixCommandContext } from "./types";

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * `grep [-ivncqlLhHrRwxosEF] [-e PATTERN]... [PATTERN] [FILE]...` with
 * basic, extended (-E) and fixed (-F) patterns. Status 0 when a line
 * matched, 1 when none did, 2 on errors (`grep: x: No such file or
 * directory` in both GNU and BusyBox).
 */
export function runGrep(ctx: PosixCommandContext): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "ivncqlLhHrRwxosEFGzIa", "efm", { "ignore-case": "i", "invert-match": "v", "line-number": "n", count: "c", quiet: "q", silent: "q", "files-with-matches": "l", "files-without-match": "L", "no-filename": "h", "with-filename": "H", recursive: "r", "word-regexp": "w", "line-regexp": "x", "only-matching": "o", "no-messages": "s", "extended-regexp": "E", "fixed-strings": "F", "regexp=": "e", "max-count=": "m" }, 2);
  if (typeof opts === "number") return 2;
  const f = opts.flags;
  const name = prog(ctx);
  const operands = [...opts.operands];
  let patterns = opts.all.filter(([k]) => k === "e").map(([, v]) => String(v));
  if (patterns.length === 0) {
    if (operands.length === 0) {
      ctx.out.err(ctx.variant === "gnu" ? `Usage: ${name} [OPTION]... PATTERNS [FILE]...\nTry '${name} --help' for more information.\n` : busyboxUsage("grep"));
      return 2;
    }
    patterns = (operands.shift() as string).split("\n");
  }
  const flags = f.has("i") ? "i" : "";
  const sources = patterns.map((p) => (f.has("F") ? escapeRe(p) : p));
  const regexes: RegExp[] = [];
  for (const src of sources) {
    let body = f.has("F") ? src : (compileRegex(src, f.has("E"), flags)?.source ?? "");
    if (!f.has("F") && compileRegex(src, f.has("E"), flags) === undefined) {
      ctx.out.err(`${name}: ${ctx.variant === "gnu" ? "Unmatched ( or \\(" : "bad regex '" + src + "'"}\n`);
      return 2;
    }
    if (f.has("w")) body = `(?<![A-Za-z0-9_])(?:${body})(?![A-Za-z0-9_])`;
    if (f.has("x")) body = `^(?:${body})$`;
    regexes.push(new RegExp(body, flags + "g"));
  }
  const recursive = f.has("r") || f.has("R");
  const files: { shown: string; path: string | undefined }[] = [];
  let status = 1;
  let errors = false;
  const walk = (shown: string, path: string): void => {
    ctx.budget.tick();
    // -r follows symbolic links only on the command line (GNU); BusyBox and -R follow them all.
    if (shown !== "" && !operands.includes(shown) && !f.has("R") && ctx.variant === "gnu" && ctx.fs.lstat(path)?.type === "symlink") return;
    const st = ctx.fs.stat(path);
    if (st?.type === "dir") {
      if (!recursive) {
        // GNU reports a directory operand; BusyBox reads nothing from it.
        if (ctx.variant === "busybox") return;
        if (!f.has("s")) ctx.out.err(`${name}: ${shown}: Is a directory\n`);
        errors = true;
        return;
      }
      let children: string[] = [];
      try {
        children = ctx.fs.readdir(path).sort(compareBytes);
      } catch (e) {
        if (!f.has("s")) ctx.out.err(`${name}: ${shown}: ${errText(onlyFsErrors(e))}\n`);
        errors = true;
      }
      for (const c of children) walk(shown === "" ? c : shown.endsWith("/") ? shown + c : `${shown}/${c}`, `${path === "/" ? "" : path}/${c}`);
      return;
    }
    files.push({ shown, path });
  };
  if (operands.length === 0) {
    if (recursive) walk("", ctx.cwd);
    else files.push({ shown: "(standard input)", path: undefined });
  } else {
    for (const op of operands) {
      if (op === "-") files.push({ shown: "(standard input)", path: undefined });
      else walk(op, ctx.resolve(op));
    }
  }
  const showNames = !f.has("h") && (f.has("H") || files.length > 1 || recursive);
  const max = f.has("m") ? Number(f.get("m")) : Infinity;
  for (const file of files) {
    let text: string;
    try {
      text = file.path === undefined ? ctx.stdin : ctx.fs.readFile(file.path);
    } catch (e) {
      if (!f.has("s")) ctx.out.err(`${name}: ${file.shown}: ${errText(onlyFsErrors(e))}\n`);
      errors = true;
      continue;
    }
    ctx.budget.tick(Math.ceil(text.length / 8192));
    let count = 0;
    const prefix = showNames ? `${file.shown}:` : "";
    let out = "";
    splitLines(text).forEach((line, i) => {
      if (count >= max) return;
      const hit = regexes.some((re) => {
        re.lastIndex = 0;
        return re.test(line);
      });
      if (hit === f.has("v")) return;
      count++;
      if (f.has("q") || f.has("l") || f.has("L") || f.has("c")) return;
      const lead = prefix + (f.has("n") ? `${i + 1}:` : "");
      if (f.has("o") && !f.has("v")) {
        for (const re of regexes) {
          re.lastIndex = 0;
          for (const m of line.matchAll(re)) if (m[0] !== "") out += lead + m[0] + "\n";
        }
      } else out += lead + line + "\n";
    });
    if (count > 0) status = 0;
    if (f.has("q")) {
      if (count > 0) return 0;
      continue;
    }
    if (f.has("c")) out = `${prefix}${count}\n`;
    else if (f.has("l")) out = count > 0 ? `${file.shown}\n` : "";
    else if (f.has("L")) out = count === 0 ? `${file.shown}\n` : "";
    ctx.out.out(out);
  }
  return errors && !(f.has("q") && status === 0) ? 2 : status;
}

/**
 * `egrep`/`fgrep`: grep -E / grep -F (BusyBox applets; GNU grep 3.8+ ships
 * them as scripts that first warn "egrep: warning: egrep is obsolescent").
 */
export function runEgrep(ctx: PosixCommandContext): number {
  const name = prog(ctx);
  if (ctx.variant === "gnu") ctx.out.err(`${name}: warning: ${name} is obsolescent\n`);
  const argv = [ctx.argv[0] ?? name, name === "fgrep" ? "-F" : "-E", ...ctx.argv.slice(1)];
  return runGrep(Object.assign(Object.create(ctx) as PosixCommandContext, { argv }));
}
