/** A rule: its targets, prerequisites, recipe lines (with their Makefile line numbers) and the file it came from. */
export interface MakeRule {
  targets: string[];
  prereqs: string[];
  recipe: { text: string; line: number }[];
  file: string;
}

/** A variable: its value and whether it was defined with := (expanded once) rather than = (expanded on use). */
export interface MakeVar {
  value: string;
  simple: boolean;
}

/** A parsed makefile: rules in order, variables, .PHONY targets, and the default goal. */
export interface Makefile {
  rules: MakeRule[];
  vars: Map<string, MakeVar>;
  phony: Set<string>;
  defaultGoal: string | undefined;
}

/** A fatal parse error, worded as GNU make prints it ("Makefile:2: *** missing separator.  Stop."). */
export class MakeSyntaxError extends Error {}

/** GNU make 4.3's built-in variables (make -p), the ones recipes commonly use. */
export const BUILTIN_VARS: Record<string, string> = {
  CC: "cc", CXX: "g++", CPP: "$(CC) -E", AR: "ar", ARFLAGS: "rv", AS: "as", LD: "ld", RM: "rm -f", MAKE: "make", SHELL: "/bin/sh",
  "COMPILE.c": "$(CC) $(CFLAGS) $(CPPFLAGS) $(TARGET_ARCH) -c", "LINK.c": "$(CC) $(CFLAGS) $(CPPFLAGS) $(LDFLAGS) $(TARGET_ARCH)", "LINK.o": "$(CC) $(LDFLAGS) $(TARGET_ARCH)",
  OUTPUT_OPTION: "-o $@", ".RECIPEPREFIX": "",
};

/** Converts a make pattern ("%.o") into a function matching a name and returning the stem, or undefined. */
export function matchPattern(pattern: string, name: string): string | undefined {
  const i = pattern.indexOf("%");
  if (i < 0) return pattern === name ? "" : undefined;
  const pre = pattern.slice(0, i);
  const post = pattern.slice(i + 1);
  return name.length >= pre.length + post.length && name.startsWith(pre) && name.endsWith(post) ? name.slice(pre.length, name.length - post.length) : undefined;
}

/** Splits a word list on whitespace. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Expansion services: variable lookup, the automatic variables, and $(wildcard). */
export interface Expander {
  lookup(name: string): string | undefined;
  auto: Record<string, string>;
  wildcard(pattern: string): string[];
}

/** Finds the matching close paren/brace for a reference starting at `open`. */
function findClose(text: string, open: number): number {
  const o = text[open] as string;
  const c = o === "(" ? ")" : "}";
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === o) depth++;
    else if (text[i] === c && --depth === 0) return i;
  }
  return -1;
}

const FUNCTIONS: Record<string, (args: string[], x: Expander) => string> = {
  wildcard: ([p = ""], x) => words(p).flatMap((w) => x.wildcard(w)).join(" "),
  patsubst: ([from = "", to = "", list = ""]) => words(list).map((w) => {
    const stem = matchPattern(from.trim(), w);
    return stem === undefined ? w : to.trim().replace("%", stem);
  }).join(" "),
  subst: ([from = "", to = "", text = ""]) => text.split(from).join(to),
  addprefix: ([p = "", list = ""]) => words(list).map((w) => p.trim() + w).join(" "),
  addsuffix: ([s = "", list = ""]) => words(list).map((w) => w + s.trim()).join(" "),
  notdir: ([list = ""]) => words(list).map((w) => w.slice(w.lastIndexOf("/") + 1)).join(" "),
  dir: ([list = ""]) => words(list).map((w) => (w.includes("/") ? w.slice(0, w.lastIndexOf("/") + 1) : "./")).join(" "),
  basename: ([list = ""]) => words(list).map((w) => w.replace(/\.[^./]*$/, "")).join(" "),
  suffix: ([list = ""]) => words(list).map((w) => /\.[^./]*$/.exec(w)?.[0] ?? "").filter(Boolean).join(" "),
  strip: ([t = ""]) => words(t).join(" "),
  sort: ([list = ""]) => [...new Set(words(list))].sort().join(" "),
  filter: ([pats = "", list = ""]) => words(list).filter((w) => words(pats).some((p) => matchPattern(p, w) !== undefined)).join(" "),
  "filter-out": ([pats = "", list = ""]) => words(list).filter((w) => !words(pats).some((p) => matchPattern(p, w) !== undefined)).join(" "),
  words: ([list = ""]) => String(words(list).length),
  firstword: ([list = ""]) => words(list)[0] ?? "",
  lastword: ([list = ""]) => words(list).pop() ?? "",
  word: ([n = "", list = ""]) => words(list)[Number(n) - 1] ?? "",
  if: ([c = "", then = "", otherwise = ""]) => (c.trim() ? then : otherwise),
  // Simplification: $(shell …) is not run while a makefile is read; it expands to nothing.
  shell: () => "",
  info: () => "",
  warning: () => "",
};

/** Expands $(VAR), ${VAR}, $X, $$, substitution references and the common functions, as make does. */
export function expand(text: string, x: Expander, depth = 0): string {
  if (depth > 40 || !text.includes("$")) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== "$") {
      out += ch;
      continue;
    }
    const next = text[i + 1];
    if (next === undefined) break;
    if (next === "$") {
      out += "$";
      i++;
      continue;
    }
    let ref: string;
    if (next === "(" || next === "{") {
      const close = findClose(text, i + 1);
      if (close < 0) return out + text.slice(i);
      ref = text.slice(i + 2, close);
      i = close;
    } else {
      ref = next;
      i++;
    }
    const fn = /^([a-z-]+)\s+([\s\S]*)$/.exec(ref);
    if (fn && FUNCTIONS[fn[1] as string]) {
      const args = (fn[2] as string).split(",").map((a) => expand(a, x, depth + 1));
      out += (FUNCTIONS[fn[1] as string] as (args: string[], x: Expander) => string)(args, x);
      continue;
    }
    const inner = expand(ref, x, depth + 1);
    const sub = /^([^:]+):([^=]*)=(.*)$/.exec(inner);
    const name = sub ? (sub[1] as string) : inner;
    let value: string;
    if (name in x.auto) value = x.auto[name] as string;
    else if (/^[@<^*?][DF]$/.test(name)) {
      const base = x.auto[name[0] as string] ?? "";
      value = words(base).map((w) => (name[1] === "D" ? (w.includes("/") ? w.slice(0, w.lastIndexOf("/")) : ".") : w.slice(w.lastIndexOf("/") + 1))).join(" ");
    } else value = expand(x.lookup(name) ?? "", x, depth + 1);
    if (sub) {
      const from = sub[2] as string;
      const to = sub[3] as string;
      value = words(value).map((w) => (from.includes("%") ? (matchPattern(from, w) !== undefined ? to.replace("%", matchPattern(from, w) as string) : w) : w.endsWith(from) ? w.slice(0, w.length - from.length) + to : w)).join(" ");
    }
    out += value;
  }
  return out;
}

/** What parsing needs from the outside: variable overrides (command line, then environment) and include files. */
export interface ParseContext {
  overrides: ReadonlyMap<string, string>;
  env: Readonly<Record<string, string>>;
  readFile(name: string): string | undefined;
  /** $(wildcard PATTERN) in the makefile's directory. */
  wildcard?(pattern: string): string[];
}

/** An Expander over a makefile's variables at this point: command line > makefile > environment > built-ins. */
export function createExpander(mf: Makefile, p: ParseContext, auto: Record<string, string> = {}, wildcard: (pattern: string) => string[] = (pattern) => p.wildcard?.(pattern) ?? []): Expander {
  return {
    auto,
    wildcard,
    lookup: (name) => {
      if (p.overrides.has(name)) return p.overrides.get(name);
      const v = mf.vars.get(name);
      if (v) return v.simple ? v.value.replace(/\$/g, "$$$$") : v.value;
      return p.env[name] ?? BUILTIN_VARS[name];
    },
  };
}

/** Joins backslash-continued lines; recipe lines keep "\\\n" for the shell. Returns [text, first line number]. */
function logicalLines(text: string): [string, number][] {
  const raw = text.split("\n");
  const out: [string, number][] = [];
  for (let i = 0; i < raw.length; i++) {
    const start = i;
    let line = raw[i] as string;
    const recipe = line.startsWith("\t");
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < raw.length) {
      line = recipe ? `${line}\n${raw[++i]}` : `${line.slice(0, -1).trimEnd()} ${(raw[++i] as string).trimStart()}`;
    }
    out.push([line, start + 1]);
  }
  return out;
}

/**
 * Reads a makefile as GNU make 4.3 does: rules (`targets: prereqs`, recipes
 * on TAB-indented lines, `; recipe` inline), variables (=, :=, ::=, ?=, +=),
 * `export`, `include`/`-include`, ifeq/ifneq/ifdef/ifndef/else/endif, .PHONY
 * and .DEFAULT_GOAL. Throws MakeSyntaxError for "missing separator" and
 * "recipe commences before first target".
 */
export function parseMakefile(text: string, file: string, p: ParseContext, mf: Makefile = { rules: [], vars: new Map(), phony: new Set(), defaultGoal: undefined }): Makefile {
  const x = (): Expander => createExpander(mf, p);
  const conds: { active: boolean; done: boolean }[] = [];
  const skipping = (): boolean => conds.some((c) => !c.active);
  let rule: MakeRule | undefined;
  const evalCond = (kind: string, rest: string): boolean => {
    if (kind === "ifdef" || kind === "ifndef") {
      const defined = (x().lookup(expand(rest.trim(), x())) ?? "") !== "";
      return kind === "ifdef" ? defined : !defined;
    }
    const m = /^\((.*),(.*)\)$/.exec(rest.trim()) ?? /^["'](.*)["']\s+["'](.*)["']$/.exec(rest.trim());
    const equal = m ? expand(m[1] as string, x()).trim() === expand(m[2] as string, x()).trim() : false;
    return kind === "ifeq" ? equal : !equal;
  };
  for (const [line, n] of logicalLines(text)) {
    // A TAB line belongs to the rule in progress; outside one it is an ordinary line (read.c: the tab-indented assignments
    // inside ifeq blocks of Redis' Makefile), and only an unrecognised one "commences" a recipe.
    if (line.startsWith("\t") && (rule || !/^\s*((ifeq|ifneq|ifdef|ifndef|else|endif)\b|(export\s+|override\s+)*[^\s:#=]+\s*(:::=|::=|:=|\?=|\+=|!=|=))/.test(line))) {
      if (skipping()) continue;
      if (rule) rule.recipe.push({ text: line.slice(1), line: n });
      else if (line.trim() !== "") throw new MakeSyntaxError(`${file}:${n}: *** recipe commences before first target.  Stop.`);
      continue;
    }
    const code = line.replace(/(^|[^\\])#.*$/, "$1");
    const trimmed = code.trim();
    if (trimmed === "") continue;
    const cond = /^(ifeq|ifneq|ifdef|ifndef)\b\s*(.*)$/.exec(trimmed);
    if (cond) {
      const active = !skipping() && evalCond(cond[1] as string, cond[2] as string);
      conds.push({ active, done: active });
      continue;
    }
    if (/^else\b/.test(trimmed)) {
      const top = conds[conds.length - 1];
      if (!top) throw new MakeSyntaxError(`${file}:${n}: *** extraneous 'else'.  Stop.`);
      const nested = /^else\s+(ifeq|ifneq|ifdef|ifndef)\b\s*(.*)$/.exec(trimmed);
      const parentActive = conds.slice(0, -1).every((c) => c.active);
      top.active = !top.done && parentActive && (nested ? evalCond(nested[1] as string, nested[2] as string) : true);
      top.done ||= top.active;
      continue;
    }
    if (trimmed === "endif") {
      if (!conds.pop()) throw new MakeSyntaxError(`${file}:${n}: *** extraneous 'endif'.  Stop.`);
      continue;
    }
    if (skipping()) continue;
    const inc = /^(-|s)?include\s+(.*)$/.exec(trimmed);
    if (inc) {
      for (const name of words(expand(inc[2] as string, x()))) {
        const body = p.readFile(name);
        if (body === undefined && !inc[1]) throw new MakeSyntaxError(`${file}:${n}: ${name}: No such file or directory\nmake: *** No rule to make target '${name}'.  Stop.`);
        if (body !== undefined) parseMakefile(body, name, p, mf);
      }
      rule = undefined;
      continue;
    }
    const assign = /^(?:(?:export|override)\s+)*([^\s:#=]+?)\s*(:::=|::=|:=|\?=|\+=|!=|=)\s*(.*)$/.exec(trimmed);
    if (assign) {
      const [, name = "", op, value = ""] = assign;
      const old = mf.vars.get(name);
      if (op === "?=" && (old || p.env[name] !== undefined)) continue;
      if (op === ":=" || op === "::=" || op === ":::=") mf.vars.set(name, { value: expand(value, x()), simple: true });
      else if (op === "+=" && old) mf.vars.set(name, { value: `${old.value} ${old.simple ? expand(value, x()) : value}`.trim(), simple: old.simple });
      else if (op === "!=") mf.vars.set(name, { value: "", simple: true });
      else mf.vars.set(name, { value, simple: false });
      if (name === ".DEFAULT_GOAL") mf.defaultGoal = expand(value, x()).trim() || undefined;
      rule = undefined;
      continue;
    }
    if (/^(export|unexport)\s/.test(trimmed) || trimmed === "export") continue;
    const colon = /^([^:]*?[^:\s]?)\s*(::?)(?!=)\s*(.*)$/.exec(code.trimEnd());
    if (colon && (colon[1] as string).trim() !== "") {
      const targets = words(expand(colon[1] as string, x()));
      const [deps = "", inline] = (colon[3] as string).split(/;(.*)/s);
      if (/^\s*[^\s=]+\s*[:+?]?=/.test(deps)) {
        rule = undefined;
        continue; // target-specific variable: Simplification, ignored
      }
      const prereqs = words(expand(deps.replace("|", " "), x()));
      if (targets.includes(".PHONY")) for (const t of prereqs) mf.phony.add(t);
      rule = { targets, prereqs, recipe: inline !== undefined ? [{ text: inline.trim(), line: n }] : [], file };
      mf.rules.push(rule);
      if (mf.defaultGoal === undefined) {
        const goal = targets.find((t) => (!t.startsWith(".") || t.includes("/")) && !t.includes("%"));
        if (goal) mf.defaultGoal = goal;
      }
      continue;
    }
    const hint = line.startsWith("        ") ? " (did you mean TAB instead of 8 spaces?)" : "";
    throw new MakeSyntaxError(`${file}:${n}: *** missing separator${hint}.  Stop.`);
  }
  return mf;
}
