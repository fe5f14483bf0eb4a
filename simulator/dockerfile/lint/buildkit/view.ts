import type { InstructionNode } from "../../ast";
import { WordLexer } from "../../../lex/word-lexer";
import type { LintContext } from "../types";
import type { BuildkitRuleName } from "./messages";

/** The instructions BuildKit knows (moby/buildkit: frontend/dockerfile/command/command.go). */
export const KNOWN_INSTRUCTIONS = new Set(["add", "arg", "cmd", "copy", "entrypoint", "env", "expose", "from", "healthcheck", "label", "maintainer", "onbuild", "run", "shell", "stopsignal", "user", "volume", "workdir"]);

const VALID_STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

/** A stage as BuildKit's instructions.Parse builds it (moby/buildkit: frontend/dockerfile/instructions/parse.go parseFrom). */
export interface BkStage {
  from: InstructionNode;
  baseName: string;
  /** Lower-cased `AS` name ("" when unnamed or invalid). */
  name: string;
  platform?: string;
  commands: InstructionNode[];
}

/** BuildKit's view of a Dockerfile: global ARGs before the first FROM, then stages. Unknown instructions are left out. */
export interface BkView {
  metaArgs: InstructionNode[];
  stages: BkStage[];
}

/** A warning of the simulated build, before it becomes a finding. */
export interface BkWarning {
  rule: BuildkitRuleName;
  message: string;
  node: InstructionNode;
}

/** Groups instructions the way instructions.Parse does (once per lint). */
export function buildkitView(ctx: LintContext): BkView {
  return ctx.memo("bk-view", () => {
    const view: BkView = { metaArgs: [], stages: [] };
    for (const node of ctx.parsed.instructions) {
      const keyword = node.keyword.toLowerCase();
      if (!KNOWN_INSTRUCTIONS.has(keyword)) continue;
      if (keyword === "from") {
        const [baseName = "", as, alias = ""] = node.args;
        const named = node.args.length === 3 && as?.toLowerCase() === "as" ? alias.toLowerCase() : "";
        const platform = node.flags.find((f) => f.startsWith("--platform="))?.slice("--platform=".length);
        view.stages.push({ from: node, baseName, name: VALID_STAGE_NAME.test(named) ? named : "", platform, commands: [] });
      } else if (view.stages.length > 0) view.stages[view.stages.length - 1]?.commands.push(node);
      else if (keyword === "arg") view.metaArgs.push(node);
    }
    return view;
  });
}

/** An ARG's `key[=value]` words (moby/buildkit: instructions/parse.go parseArg). */
export function argPairs(node: InstructionNode): { key: string; value?: string }[] {
  return node.args.map((word) => {
    const eq = word.indexOf("=");
    return eq < 0 ? { key: word } : { key: word.slice(0, eq), value: word.slice(eq + 1) };
  });
}

/** A word the lexer would return unchanged: no `$`, quote, escape character or byte-order mark. */
export function isPlainWord(word: string, escapeToken: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c === "$" || c === "'" || c === '"' || c === escapeToken || c === "\ufeff") return false;
  }
  return true;
}

/** BuildKit's word lexer for this file's escape token. */
export function lexerFor(ctx: LintContext): WordLexer {
  return ctx.memo("bk-lexer", () => new WordLexer({ escapeToken: ctx.parsed.escapeToken }));
}

/** An ordered variable table with BuildKit's Get/Keys behaviour (llb.EnvList). */
export class EnvList {
  private readonly map: Map<string, string>;
  constructor(entries?: Iterable<[string, string]>) {
    this.map = new Map(entries);
  }
  get(key: string): string | undefined {
    return this.map.get(key);
  }
  set(key: string, value: string): void {
    this.map.delete(key);
    this.map.set(key, value);
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
  keys(): string[] {
    return [...this.map.keys()];
  }
  clone(): EnvList {
    return new EnvList(this.map);
  }
  readonly lookup = (key: string): string | undefined => this.map.get(key);
}
