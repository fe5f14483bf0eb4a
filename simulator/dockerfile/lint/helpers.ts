import { WordLexer } from "../../lex/word-lexer";
import { isPlainWord } from "./buildkit/view";
import { stageChain } from "./context";
import type { ShellCommand } from "./shell";
import type { LintContext, LintItem, RunInfo } from "./types";

const lexers = { "\\": new WordLexer({ escapeToken: "\\", skipUnsetEnv: true }), "`": new WordLexer({ escapeToken: "`", skipUnsetEnv: true }) };
const UNSET = (): undefined => undefined;

/**
 * A Dockerfile word with its quotes and escapes removed and its variables
 * left as written, the way BuildKit's lexer reads it with SkipUnsetEnv
 * (moby/buildkit: frontend/dockerfile/shell/lex.go). Never throws.
 */
export function unquote(word: string, escapeToken: "\\" | "`" = "\\"): string {
  if (isPlainWord(word, escapeToken)) return word;
  try {
    return lexers[escapeToken].processWord(word, UNSET).result;
  } catch {
    return word.replace(/^(["'])(.*)\1$/s, "$2");
  }
}

/** A path as written with its quote characters dropped (keeps Windows backslashes, unlike `unquote`). */
export function stripQuotes(word: string): string {
  return word.replace(/["']/g, "");
}

/**
 * The variables a value refers to (`$NAME`, `${NAME}`, `${NAME:-x}`),
 * skipping single-quoted text and escaped dollars, as the Dockerfile
 * expander sees them (moby/buildkit: shell/lex.go processDollar).
 */
export function variableRefs(value: string, escapeToken = "\\"): string[] {
  const out: string[] = [];
  let single = false;
  let double = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === escapeToken && !single) i++;
    else if (c === "'" && !double) single = !single;
    else if (c === '"' && !single) double = !double;
    else if (c === "$" && !single) {
      const m = /^\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(value.slice(i + 1));
      if (m) out.push(m[1] as string);
    }
  }
  return out;
}

/** The RUN items of a lint, with their shell view. */
export function runs(ctx: LintContext): { item: LintItem; info: RunInfo }[] {
  return ctx.memo("runs", () => ctx.items.filter((i) => i.keyword === "RUN").map((item) => ({ item, info: ctx.run(item) as RunInfo })));
}

/** The RUN items that run at least one of these programs (a cheap pre-filter for the package-manager rules). */
export function runsUsing(ctx: LintContext, ...programs: string[]): { item: LintItem; info: RunInfo }[] {
  return runs(ctx).filter(({ info }) => programs.some((p) => info.script.programs.has(p)));
}

/** Whether a RUN has a cache or tmpfs mount at one of these directories. */
export function mountsAt(info: RunInfo, ...targets: string[]): boolean {
  return info.mounts.some((m) => (m.type === "cache" || m.type === "tmpfs") && targets.includes(m.target));
}

/** The `key=value` pairs of an ENV or LABEL (the parser gives key, value, separator triples). */
export function pairs(item: LintItem): { key: string; value: string; legacy: boolean }[] {
  const out: { key: string; value: string; legacy: boolean }[] = [];
  const args = item.node.args;
  for (let i = 0; i + 1 < args.length; i += 3) out.push({ key: args[i] as string, value: args[i + 1] as string, legacy: args[i + 2] === "" });
  return out;
}

/** An ARG's declarations: `ARG a=1 b` → a with "1", b without a value. */
export function argDeclarations(item: LintItem): { key: string; value?: string }[] {
  return item.node.args.map((word) => {
    const eq = word.indexOf("=");
    return eq < 0 ? { key: word } : { key: word.slice(0, eq), value: word.slice(eq + 1) };
  });
}

/** The variables a RUN can see, as hadolint tracks them: ENV through the `FROM <alias>` chain, ARG from anywhere earlier. */
export interface RunEnvironment {
  env: ReadonlyMap<string, string>;
  args: ReadonlyMap<string, string | undefined>;
}

/** Variables visible at each RUN (computed once per lint). */
export function runEnvironment(ctx: LintContext, item: LintItem): RunEnvironment {
  const all = ctx.memo("run-env", () => {
    const out = new Map<LintItem, RunEnvironment>();
    const stageEnv = new Map<number, Map<string, string>>();
    const args = new Map<string, string | undefined>();
    for (const stage of ctx.stages) {
      const base = stage.base === undefined ? undefined : stageEnv.get(stage.base);
      const env = new Map(base ?? []);
      stageEnv.set(stage.index, env);
      for (const it of stage.items) {
        if (it.keyword === "ENV") for (const p of pairs(it)) env.set(p.key, unquote(p.value, ctx.parsed.escapeToken));
        else if (it.keyword === "ARG") for (const a of argDeclarations(it)) args.set(a.key, a.value === undefined ? undefined : unquote(a.value, ctx.parsed.escapeToken));
        else if (it.keyword === "RUN") out.set(it, { env: new Map(env), args: new Map(args) });
      }
    }
    return out;
  });
  return all.get(item) ?? { env: new Map(), args: new Map() };
}

/** Replaces `$NAME`/`${NAME}` with a known value (a declared ARG without one reads as "1"); unknown ones stay. */
export function substitute(word: string, known: RunEnvironment): string {
  return word.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (whole, name: string) => {
    if (known.env.has(name)) return known.env.get(name) as string;
    if (known.args.has(name)) return known.args.get(name) ?? "1";
    return whole;
  });
}

/** Whether a stage (or a stage it builds on) contains an instruction matching `test`. */
export function chainHas(ctx: LintContext, stage: number, test: (item: LintItem) => boolean): boolean {
  return stageChain(ctx, stage).some((s) => s.items.some(test));
}

/**
 * For "clean up after installing" rules: true when the last install-like
 * command comes after the last cleanup command (or there is no cleanup).
 */
export function installedWithoutCleanup(commands: readonly ShellCommand[], isInstall: (c: ShellCommand) => boolean, isCleanup: (c: ShellCommand) => boolean): boolean {
  let lastInstall = -1;
  let lastCleanup = -1;
  commands.forEach((c, i) => {
    if (isInstall(c)) lastInstall = i;
    if (isCleanup(c)) lastCleanup = i;
  });
  return lastInstall >= 0 && lastCleanup < lastInstall;
}

/** An `rm` with a recursive flag removing a path that starts with one of the prefixes. */
export function removes(c: ShellCommand, ...prefixes: string[]): boolean {
  if (c.name !== "rm" && !c.name.endsWith("/rm")) return false;
  return c.args.some((a) => prefixes.some((p) => a.startsWith(p)));
}

/** The stage an alias names (case-insensitive), among the stages defined before `before`. */
export function stageByAlias(ctx: LintContext, name: string, before: number): number | undefined {
  const lower = name.toLowerCase();
  for (const s of ctx.stages) if (s.index < before && s.alias?.toLowerCase() === lower) return s.index;
  return undefined;
}
