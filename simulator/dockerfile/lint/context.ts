import type { InstructionNode, ParsedDockerfile } from "../ast";
import { splitShell, type ShellScript } from "./shell";
import type { LintConfig, LintContext, LintItem, LintRule, LintStage, RunInfo, RunMount } from "./types";

const HEREDOC_ONLY = /^<<-?\s*(["']?)[^\s"']+\1$/;
const SHELL_SHEBANG = /^#!\s*\S*\b(sh|bash|ash|dash|zsh|ksh|mksh)\b/;

/**
 * The script a RUN runs, rebuilt as BuildKit does for heredocs
 * (moby/buildkit: dockerfile2llb/convert.go dispatchRun): a lone `<<EOF`
 * runs the body itself; otherwise the bodies follow the first line.
 */
function runScript(node: InstructionNode, text: string): string {
  if (node.heredocs.length === 0) return text;
  const only = node.heredocs[0];
  if (node.heredocs.length === 1 && only && HEREDOC_ONLY.test(text.trim())) {
    const body = only.content;
    if (body.startsWith("#!") && !SHELL_SHEBANG.test(body.split("\n", 1)[0] ?? "")) return "";
    return body;
  }
  return text + node.heredocs.map((h) => `\n${h.content}${h.name}`).join("");
}

/** Splits `--mount=type=cache,target=/x,from=y` into its fields (BuildKit: commands_runmount.go parseMount). */
function parseMount(value: string): RunMount {
  const mount: RunMount = { type: "bind", target: "" };
  for (const field of value.split(",")) {
    const eq = field.indexOf("=");
    const key = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
    const val = eq < 0 ? "" : field.slice(eq + 1).trim();
    if (key === "type") mount.type = val.toLowerCase();
    else if (key === "target" || key === "dst" || key === "destination") mount.target = val.replace(/\/+$/, "") || "/";
    else if (key === "from") mount.from = val;
  }
  return mount;
}

/**
 * The shell view of a RUN. Exec form is one command with its words. In shell
 * form, `--flag=…` words that follow an escaped space (`RUN --a \    --b cmd`)
 * count as flags, as hadolint's parser reads them.
 */
function runInfo(node: InstructionNode): RunInfo {
  const flags = [...node.flags];
  let script: ShellScript;
  if (node.json) {
    const [name = "", ...args] = node.args;
    const program = name.slice(name.lastIndexOf("/") + 1);
    script = { commands: name === "" ? [] : [{ name, program, args, assignments: [], nested: false, pipeline: 1 }], programs: new Set(name === "" ? [] : [program]), items: name === "" ? 0 : 1, pipes: false };
  } else {
    let text = node.args[0] ?? "";
    for (;;) {
      const escaped = /^\\[ \t]+/.exec(text);
      if (!escaped) break;
      text = text.slice(escaped[0].length);
      const flag = /^(--[A-Za-z][A-Za-z-]*=\S*)[ \t]*/.exec(text);
      if (flag) {
        flags.push(flag[1] as string);
        text = text.slice(flag[0].length);
      }
    }
    script = splitShell(runScript(node, text));
  }
  const mounts = flags.filter((f) => f.startsWith("--mount=")).map((f) => parseMount(f.slice("--mount=".length)));
  return { script, flags, mounts };
}

/** Groups the instructions into stages; ONBUILD triggers become items of their own (hadolint checks them as instructions). */
function buildStages(parsed: ParsedDockerfile): { items: LintItem[]; stages: LintStage[] } {
  const items: LintItem[] = [];
  const stages: LintStage[] = [{ index: 0, image: "", items: [] }];
  const aliases = new Map<string, number>();
  for (const outer of parsed.instructions) {
    let current = stages[stages.length - 1] as LintStage;
    if (outer.keyword.toUpperCase() === "FROM") {
      const [image = "", as, alias] = outer.args;
      const named = outer.args.length >= 3 && as?.toLowerCase() === "as" ? alias : undefined;
      current = { index: stages.length, from: outer, image, alias: named, base: aliases.get(image.toLowerCase()), items: [] };
      stages.push(current);
      if (named !== undefined) aliases.set(named.toLowerCase(), current.index);
    }
    const node = outer.keyword.toUpperCase() === "ONBUILD" && outer.onbuild ? outer.onbuild : outer;
    const item: LintItem = { index: items.length, node, outer, keyword: node.keyword.toUpperCase(), onbuild: node !== outer, stage: current.index };
    items.push(item);
    current.items.push(item);
  }
  return { items, stages };
}

/** Builds the shared context for one lint: stages and items once, RUN scripts on first use, a memo for cross-rule data. */
export function createContext(parsed: ParsedDockerfile, source: string | undefined, config: LintConfig): LintContext {
  const { items, stages } = buildStages(parsed);
  const runs = new Map<LintItem, RunInfo>();
  const memo = new Map<string, unknown>();
  let lines: string[] | undefined;
  return {
    parsed,
    source,
    get lines() {
      if (source !== undefined && lines === undefined) lines = source.split("\n").map((l) => l.replace(/\r$/, ""));
      return lines;
    },
    config,
    items,
    stages,
    run(item) {
      if (item.keyword !== "RUN") return undefined;
      let info = runs.get(item);
      if (!info) {
        info = runInfo(item.node);
        runs.set(item, info);
      }
      return info;
    },
    at(rule: LintRule, node, message) {
      return { code: rule.code, severity: rule.severity === "ignore" ? "info" : rule.severity, line: node.startLine, endLine: node.endLine, message };
    },
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
}

/** The stage images end up in: the last one (the implicit stage when there is no FROM). */
export function finalStage(ctx: LintContext): LintStage {
  return ctx.stages[ctx.stages.length - 1] as LintStage;
}

/** The stages that end up in the final image: the last stage and, through `FROM <alias>`, the stages it builds on. */
export function shippedStages(ctx: LintContext): ReadonlySet<number> {
  return ctx.memo("shipped-stages", () => {
    const out = new Set<number>();
    for (let s: LintStage | undefined = finalStage(ctx); s && !out.has(s.index); s = s.base === undefined ? undefined : ctx.stages[s.base]) out.add(s.index);
    return out;
  });
}

/** A stage followed by the stages it builds on (`FROM <alias>` chain), nearest first. */
export function stageChain(ctx: LintContext, stage: number): LintStage[] {
  const chain: LintStage[] = [];
  const seen = new Set<number>();
  for (let s: LintStage | undefined = ctx.stages[stage]; s && !seen.has(s.index); s = s.base === undefined ? undefined : ctx.stages[s.base]) {
    seen.add(s.index);
    chain.push(s);
  }
  return chain;
}
