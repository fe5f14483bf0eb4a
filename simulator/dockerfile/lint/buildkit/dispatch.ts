import type { InstructionNode } from "../../ast";
import { WordLexer } from "../../../lex/word-lexer";
import { suggest } from "../suggest";
import type { LintContext } from "../types";
import { fromChecks } from "./from";
import { FORMAT } from "./messages";
import { argPairs, buildkitView, EnvList, isPlainWord, lexerFor, type BkWarning } from "./view";

const DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
/** Build arguments BuildKit never puts in the environment (convert.go nonEnvArgs). */
const NON_ENV_ARGS = new Set(["BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE"]);
const SECRET_DENY = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const SECRET_ALLOW = /(?:_|^)(?:public)(?:_|$)/i;
const RAW_LEXER = new WordLexer({ escapeToken: "\\", skipProcessQuotes: true });

/** What a stage carries into the stages built FROM it (dispatchState.init). */
interface StageState {
  env: EnvList;
  buildArgs: string[];
  workdirSet: boolean;
  shellSet: boolean;
}

/** The `key value sep` triples of ENV and LABEL; sep "" is the legacy whitespace form. */
function kv(node: InstructionNode): { key: string; value: string; legacy: boolean }[] {
  const out: { key: string; value: string; legacy: boolean }[] = [];
  for (let i = 0; i + 1 < node.args.length; i += 3) out.push({ key: node.args[i] as string, value: node.args[i + 1] as string, legacy: node.args[i + 2] === "" });
  return out;
}

function flagValue(node: InstructionNode, name: string): string | undefined {
  return node.flags.find((f) => f.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** The words BuildKit expands in an instruction (instructions/commands.go Expand methods). */
function expandedWords(node: InstructionNode, keyword: string): { words: string[]; raw: string[] } {
  const raw: string[] = [];
  switch (keyword) {
    case "env":
    case "label":
      return { words: kv(node).flatMap((p) => [p.key, p.value]), raw };
    case "workdir":
    case "user":
    case "stopsignal":
      return { words: node.args.slice(0, 1), raw };
    case "volume":
      return { words: node.args, raw };
    case "run":
      return { words: node.flags.filter((f) => f.startsWith("--mount=")).map((f) => f.slice("--mount=".length)), raw };
    case "add":
    case "copy": {
      const words = [flagValue(node, "chown") ?? "", keyword === "add" ? (flagValue(node, "checksum") ?? "") : ""];
      const sources = node.args.slice(0, -1).filter((a) => !a.startsWith("<<"));
      for (const h of node.heredocs) if (h.expand) raw.push(h.content);
      return { words: [...words, ...sources, ...node.args.slice(-1)], raw };
    }
    default:
      return { words: [], raw };
  }
}

/**
 * Dispatches every stage as `docker build --check` does (moby/buildkit:
 * frontend/dockerfile/dockerfile2llb/convert.go dispatch, dispatchEnv,
 * dispatchLabel, dispatchWorkdir, dispatchCmd, dispatchEntrypoint,
 * dispatchHealthcheck, dispatchArg; convert_expose.go), collecting the
 * warnings that depend on build state: UndefinedVar, WorkdirRelativePath,
 * JSONArgsRecommended, MultipleInstructionsDisallowed, LegacyKeyValueFormat,
 * SecretsUsedInArgOrEnv, ExposeProtoCasing and ExposeInvalidFormat.
 * Base images are unknown, so their environment is only PATH unless
 * `config.baseImageEnv` says more. Computed once per lint.
 */
export function dispatchChecks(ctx: LintContext): BkWarning[] {
  return ctx.memo("bk-dispatch", () => {
    const warnings: BkWarning[] = [];
    const { globalArgs } = fromChecks(ctx);
    const lexer = lexerFor(ctx);
    const byName = new Map<string, StageState>();

    for (const st of buildkitView(ctx).stages) {
      let baseName = st.baseName;
      try {
        baseName = lexer.processWord(st.baseName, globalArgs.lookup).result;
      } catch {
        /* the build would fail here; keep checking the stage */
      }
      const base = byName.get(baseName);
      const imageEnv = baseName.toLowerCase() === "scratch" ? undefined : ctx.config.baseImageEnv?.(baseName);
      const s: StageState = base
        ? { env: base.env.clone(), buildArgs: [...base.buildArgs], workdirSet: base.workdirSet, shellSet: base.shellSet }
        : { env: new EnvList(Object.entries(imageEnv ?? {})), buildArgs: [], workdirSet: false, shellSet: false };
      if (!s.env.has("PATH")) s.env.set("PATH", DEFAULT_PATH);
      const used = new Map<string, InstructionNode>();

      const report = (node: InstructionNode, unmatched: Set<string>): void => {
        for (const name of unmatched) {
          if (s.buildArgs.includes(name) || NON_ENV_ARGS.has(name)) continue;
          warnings.push({ rule: "UndefinedVar", message: FORMAT.UndefinedVar(name, suggest(name, s.env.keys(), true)), node });
        }
      };
      const expand = (node: InstructionNode, word: string, raw = false): string => {
        if (isPlainWord(word, raw ? "\\" : ctx.parsed.escapeToken)) return word;
        try {
          const r = (raw ? RAW_LEXER : lexer).processWord(word, s.env.lookup);
          report(node, r.unmatched);
          return r.result;
        } catch {
          return word;
        }
      };
      const usedOnce = (node: InstructionNode, kind: string): void => {
        const prev = used.get(kind);
        if (prev) warnings.push({ rule: "MultipleInstructionsDisallowed", message: FORMAT.MultipleInstructionsDisallowed(node.keyword), node: prev });
        used.set(kind, node);
      };

      for (const node of st.commands) {
        const keyword = node.keyword.toLowerCase();
        const { words, raw } = expandedWords(node, keyword);
        const values = words.map((w) => expand(node, w));
        raw.forEach((w) => expand(node, w, true));

        if (keyword === "env" || keyword === "label") {
          kv(node).forEach((p, i) => {
            if (p.legacy) warnings.push({ rule: "LegacyKeyValueFormat", message: FORMAT.LegacyKeyValueFormat(node.keyword), node });
            if (keyword === "label") return;
            const key = values[i * 2] ?? p.key;
            if (SECRET_DENY.test(key) && !SECRET_ALLOW.test(key)) warnings.push({ rule: "SecretsUsedInArgOrEnv", message: FORMAT.SecretsUsedInArgOrEnv("ENV", key), node });
            s.env.set(key, values[i * 2 + 1] ?? p.value);
          });
        } else if (keyword === "workdir") {
          const path = values[0] ?? "";
          // system.IsAbs: "/…", or a drive path as BuildKit accepts for Windows images.
          if (!s.workdirSet && !path.startsWith("/") && !/^[A-Za-z]:[\\/]/.test(path)) warnings.push({ rule: "WorkdirRelativePath", message: FORMAT.WorkdirRelativePath(path), node });
          s.workdirSet = true;
        } else if (keyword === "cmd" || keyword === "entrypoint") {
          usedOnce(node, keyword);
          if (!node.json && !s.shellSet) warnings.push({ rule: "JSONArgsRecommended", message: FORMAT.JSONArgsRecommended(node.keyword), node });
        } else if (keyword === "healthcheck") usedOnce(node, keyword);
        else if (keyword === "shell") s.shellSet = true;
        else if (keyword === "expose") exposeChecks(node, s.env, lexer, ctx.parsed.escapeToken, warnings);
        else if (keyword === "arg") {
          for (const a of argPairs(node)) {
            if (SECRET_DENY.test(a.key) && !SECRET_ALLOW.test(a.key)) warnings.push({ rule: "SecretsUsedInArgOrEnv", message: FORMAT.SecretsUsedInArgOrEnv("ARG", a.key), node });
            let value = a.value === undefined ? globalArgs.get(a.key) : expand(node, a.value);
            if (a.value === undefined && !globalArgs.has(a.key)) value = undefined;
            if (value !== undefined && !NON_ENV_ARGS.has(a.key)) s.env.set(a.key, value);
            s.buildArgs.push(a.key);
          }
        }
      }
      if (st.name !== "") byName.set(st.name, s);
    }
    return warnings;
  });
}

/** EXPOSE port checks (convert_expose.go parsePort): an upper-case protocol, or an IP / host port in the spec. */
function exposeChecks(node: InstructionNode, env: EnvList, lexer: WordLexer, escapeToken: string, warnings: BkWarning[]): void {
  for (const arg of node.args) {
    let ports: string[];
    try {
      ports = isPlainWord(arg, escapeToken) ? [arg] : lexer.processWords(arg, env.lookup);
    } catch {
      return;
    }
    for (const raw of ports) {
      const parts = raw.split(":");
      const n = parts.length;
      const ip = n >= 3 ? parts.slice(0, n - 2).join(":") : "";
      const hostPort = n >= 2 ? (parts[n - 2] as string) : "";
      const container = parts[n - 1] as string;
      const slash = container.indexOf("/");
      const port = slash < 0 ? container : container.slice(0, slash);
      const proto = slash < 0 ? "" : container.slice(slash + 1);
      if (port === "" || !["", "tcp", "udp", "sctp"].includes(proto.toLowerCase())) return;
      if (proto !== proto.toLowerCase()) warnings.push({ rule: "ExposeProtoCasing", message: FORMAT.ExposeProtoCasing(raw), node });
      if (ip !== "" || hostPort !== "") warnings.push({ rule: "ExposeInvalidFormat", message: FORMAT.ExposeInvalidFormat(raw), node });
    }
  }
}
