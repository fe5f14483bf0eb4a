import { detectOsId } from "../commands/lib/os-release";
import type { PosixCommandContext } from "../commands/types";
import { readOptional } from "../packages/common";
import { createExpander, expand, MakeSyntaxError, matchPattern, parseMakefile, type MakeRule, type Makefile, type ParseContext } from "./makefile";

/** GNU make's built-in C rules (make -p: "%.o: %.c" and "%: %.c"). */
const BUILTIN_RULES: MakeRule[] = [
  { targets: ["%.o"], prereqs: ["%.c"], recipe: [{ text: "$(COMPILE.c) $(OUTPUT_OPTION) $<", line: 0 }], file: "" },
  { targets: ["%"], prereqs: ["%.c"], recipe: [{ text: "$(LINK.c) $^ $(LOADLIBES) $(LDLIBS) -o $@", line: 0 }], file: "" },
];

class MakeStop extends Error {
  constructor(readonly status: number) {
    super("make stopped");
  }
}

interface MakeRun {
  ctx: PosixCommandContext;
  mf: Makefile;
  parse: ParseContext;
  dir: string;
  silent: boolean;
  dryRun: boolean;
  always: boolean;
  keepGoing: boolean;
  /** Targets done in this run → whether they were remade. */
  done: Map<string, boolean>;
  visiting: Set<string>;
  ranAny: boolean;
}

/** How make names itself in messages: `make`, or `make[N]` in a recursive make (MAKELEVEL=N, main.c). */
function who(ctx: PosixCommandContext): string {
  const level = Number(ctx.env.MAKELEVEL ?? "0");
  return level > 0 ? `make[${level}]` : "make";
}

function path(run: MakeRun, name: string): string {
  return name.startsWith("/") ? name : `${run.dir === "/" ? "" : run.dir}/${name}`;
}

function mtime(run: MakeRun, name: string): number | undefined {
  return run.ctx.fs.stat(path(run, name))?.mtimeMs;
}

/** The rule that makes `target`: explicit rules merged, else the first pattern rule whose prerequisites exist or can be made. */
function findRule(run: MakeRun, target: string): { rule: MakeRule; prereqs: string[]; stem: string } | undefined {
  const explicit = run.mf.rules.filter((r) => r.targets.includes(target));
  if (explicit.length > 0) {
    const withRecipe = explicit.find((r) => r.recipe.length > 0) ?? (explicit[0] as MakeRule);
    return { rule: withRecipe, prereqs: [...new Set(explicit.flatMap((r) => r.prereqs))], stem: "" };
  }
  for (const rule of [...run.mf.rules.filter((r) => r.targets.some((t) => t.includes("%"))), ...BUILTIN_RULES]) {
    const pattern = rule.targets.find((t) => matchPattern(t, target) !== undefined);
    if (!pattern) continue;
    const stem = matchPattern(pattern, target) as string;
    const prereqs = rule.prereqs.map((p) => p.replace("%", stem));
    if (prereqs.every((p) => mtime(run, p) !== undefined || run.mf.rules.some((r) => r.targets.includes(p)))) return { rule, prereqs, stem };
  }
  // A target with no rule that does not exist uses .DEFAULT's recipe, if it has one (GNU make manual, "Special Built-in Target Names").
  const fallback = mtime(run, target) === undefined ? run.mf.rules.find((r) => r.targets.includes(".DEFAULT") && r.recipe.length > 0) : undefined;
  if (fallback) return { rule: fallback, prereqs: [], stem: "" };
  return undefined;
}

/** Runs one recipe line: @ (silent), - (ignore errors), + prefixes; echoes it unless silent; `make: *** [file:line: target] Error N` on failure. */
function runLine(run: MakeRun, rule: MakeRule, target: string, line: { text: string; line: number }, auto: Record<string, string>): void {
  const { ctx } = run;
  const x = createExpander(run.mf, run.parse, auto);
  let text = expand(line.text, x);
  let quiet = run.silent || run.mf.phony.has(".SILENT");
  let ignore = false;
  for (;;) {
    const m = /^\s*([@+-])/.exec(text);
    if (!m) break;
    if (m[1] === "@") quiet = true;
    if (m[1] === "-") ignore = true;
    text = text.slice(m[0].length);
  }
  text = text.trim();
  if (text === "") return;
  run.ranAny = true;
  if (!quiet || run.dryRun) ctx.out.out(`${text}\n`);
  if (run.dryRun) return;
  ctx.budget.tick();
  const status = ctx.exec(["/bin/sh", "-c", text], { cwd: run.dir, env: { ...ctx.env, MAKELEVEL: String(Number(ctx.env.MAKELEVEL ?? "0") + 1) } });
  if (status === 0) return;
  const where = rule.file ? `${rule.file}:${line.line}: ` : "";
  if (ignore) {
    ctx.out.err(`${who(ctx)}: [${where}${target}] Error ${status} (ignored)\n`);
    return;
  }
  ctx.out.err(`${who(ctx)}: *** [${where}${target}] Error ${status}\n`);
  throw new MakeStop(2);
}

/** $(wildcard PATTERN): the names matching a glob, relative to the makefile's directory as written, sorted. */
function wildcard(ctx: PosixCommandContext, dir: string, pattern: string): string[] {
  const where = pattern.includes("/") ? pattern.slice(0, pattern.lastIndexOf("/")) : "";
  const base = pattern.slice(pattern.lastIndexOf("/") + 1);
  const re = new RegExp(`^${base.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]")}$`);
  const full = where.startsWith("/") ? where : `${dir === "/" ? "" : dir}/${where || "."}`;
  try {
    return ctx.fs.readdir(full).filter((n) => re.test(n) && (!n.startsWith(".") || base.startsWith("."))).sort().map((n) => (where ? `${where}/${n}` : n));
  } catch {
    return [];
  }
}

/** Brings `target` up to date (make's update_file): prerequisites first, then the recipe when the target is missing, phony or older. Returns whether it was remade. */
function update(run: MakeRun, target: string, neededBy: string | undefined): boolean {
  const cached = run.done.get(target);
  if (cached !== undefined) return cached;
  if (run.visiting.has(target)) {
    run.ctx.out.err(`${who(run.ctx)}: Circular ${neededBy} <- ${target} dependency dropped.\n`);
    return false;
  }
  run.visiting.add(target);
  const found = findRule(run, target);
  const exists = mtime(run, target) !== undefined;
  if (!found) {
    run.visiting.delete(target);
    if (exists) {
      run.done.set(target, false);
      return false;
    }
    run.ctx.out.err(neededBy === undefined ? `${who(run.ctx)}: *** No rule to make target '${target}'.  Stop.\n` : `${who(run.ctx)}: *** No rule to make target '${target}', needed by '${neededBy}'.  Stop.\n`);
    throw new MakeStop(2);
  }
  let anyRemade = false;
  for (const p of found.prereqs) anyRemade = update(run, p, target) || anyRemade;
  const own = mtime(run, target);
  const phony = run.mf.phony.has(target);
  const stale = phony || run.always || own === undefined || anyRemade || found.prereqs.some((p) => (mtime(run, p) ?? 0) > own);
  let remade = false;
  if (stale && found.rule.recipe.length > 0) {
    const auto = { "@": target, "<": found.prereqs[0] ?? "", "^": [...new Set(found.prereqs)].join(" "), "+": found.prereqs.join(" "), "?": found.prereqs.filter((p) => own === undefined || (mtime(run, p) ?? 0) > own).join(" "), "*": found.stem };
    for (const line of found.rule.recipe) runLine(run, found.rule, target, line, auto);
    remade = true;
  } else if (stale && found.rule.recipe.length === 0 && !exists) remade = true;
  run.visiting.delete(target);
  run.done.set(target, remade);
  return remade;
}

/**
 * GNU make (4.3 on Debian/Ubuntu, 4.4.1 on Alpine): reads GNUmakefile,
 * makefile or Makefile (or -f FILE), builds the goals (default: the first
 * target) by running recipes through /bin/sh, honours .PHONY, .DEFAULT, timestamps,
 * variables and the built-in C rules, -C DIR, -n, -s, -B, -k, VAR=value.
 * Messages as GNU make prints them, exit 2 on any error: no makefile, no
 * rule, a missing separator, a failing recipe `make: *** [Makefile:3:
 * build] Error 1`.
 */
export function runMake(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  const goals: string[] = [];
  const overrides = new Map<string, string>();
  let file: string | undefined;
  let dir = ctx.cwd;
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--version" || a === "-v") {
      const alpine = detectOsId(ctx) === "alpine";
      ctx.out.out(`GNU Make ${alpine ? "4.4.1" : "4.3"}\nBuilt for x86_64-${alpine ? "alpine-linux-musl" : "pc-linux-gnu"}\nCopyright (C) 1988-${alpine ? "2023" : "2020"} Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n`);
      return 0;
    }
    if (a === "-f" || a === "--file" || a === "--makefile") file = args[++i];
    else if (a.startsWith("-f") && a.length > 2) file = a.slice(2);
    else if (a === "-C" || a === "--directory") dir = ctx.resolve(args[++i] ?? ".");
    else if (a.startsWith("-C") && a.length > 2) dir = ctx.resolve(a.slice(2));
    else if (a === "-j" || a === "-l" || a === "-o" || a === "-W") i++;
    else if (/^--(jobs|load-average)(=|$)/.test(a) || /^-[jl]\d+$/.test(a)) continue;
    else if (a.startsWith("--")) flags.add(a);
    else if (a.startsWith("-")) for (const c of a.slice(1)) flags.add(`-${c}`);
    else if (/^[^=]+=/.test(a)) overrides.set(a.slice(0, a.indexOf("=")).replace(/:$/, ""), a.slice(a.indexOf("=") + 1));
    else goals.push(a);
  }
  // -w (print the directory) is on with -C and in every sub-make (GNU make manual, "The '--print-directory' Option").
  const enter = dir !== ctx.cwd || Number(ctx.env.MAKELEVEL ?? "0") > 0;
  if (enter) ctx.out.out(`${who(ctx)}: Entering directory '${dir}'\n`);
  const leave = (status: number): number => {
    if (enter) ctx.out.out(`${who(ctx)}: Leaving directory '${dir}'\n`);
    return status;
  };
  const base = dir === "/" ? "" : dir;
  if (ctx.fs.stat(dir)?.type !== "dir") {
    ctx.out.err(`${who(ctx)}: *** ${dir}: No such file or directory.  Stop.\n`);
    return 2;
  }
  const name = file ?? ["GNUmakefile", "makefile", "Makefile"].find((n) => ctx.fs.stat(`${base}/${n}`)?.type === "file");
  const text = name === undefined ? undefined : readOptional(ctx, name.startsWith("/") ? name : `${base}/${name}`);
  if (file !== undefined && text === undefined) {
    ctx.out.err(`${who(ctx)}: ${file}: No such file or directory\n${who(ctx)}: *** No rule to make target '${file}'.  Stop.\n`);
    return leave(2);
  }
  const parse: ParseContext = { overrides, env: ctx.env, readFile: (n) => readOptional(ctx, n.startsWith("/") ? n : `${base}/${n}`), wildcard: (p) => wildcard(ctx, dir, p) };
  let mf: Makefile;
  try {
    mf = text === undefined ? { rules: [], vars: new Map(), phony: new Set(), defaultGoal: undefined } : parseMakefile(text, name as string, parse);
  } catch (e) {
    if (!(e instanceof MakeSyntaxError)) throw e;
    ctx.out.err(`${e.message}\n`);
    return leave(2);
  }
  const wanted = goals.length > 0 ? goals : mf.defaultGoal ? [mf.defaultGoal] : [];
  if (wanted.length === 0) {
    ctx.out.err(`${who(ctx)}: *** ${text === undefined ? "No targets specified and no makefile found" : "No targets"}.  Stop.\n`);
    return leave(2);
  }
  const run: MakeRun = { ctx, mf, parse, dir, silent: flags.has("-s") || flags.has("--silent") || flags.has("--quiet"), dryRun: flags.has("-n") || flags.has("--just-print") || flags.has("--dry-run"), always: flags.has("-B") || flags.has("--always-make"), keepGoing: flags.has("-k"), done: new Map(), visiting: new Set(), ranAny: false };
  for (const goal of wanted) {
    run.ranAny = false;
    try {
      update(run, goal, undefined);
      const rule = findRule(run, goal);
      if (!run.ranAny) {
        if (rule && rule.rule.recipe.length > 0 && !mf.phony.has(goal)) ctx.out.out(`${who(ctx)}: '${goal}' is up to date.\n`);
        else ctx.out.out(`${who(ctx)}: Nothing to be done for '${goal}'.\n`);
      }
    } catch (e) {
      if (e instanceof MakeStop) return leave(e.status);
      throw e;
    }
  }
  return leave(0);
}

