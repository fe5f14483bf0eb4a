import type { InstructionNode } from "../../ast";
import type { ProcessedWord } from "../../../lex/word-lexer";
import { parseNormalizedNamed } from "../image-ref";
import { DEFAULT_PLATFORM, parsePlatform } from "../platform";
import { suggest } from "../suggest";
import type { LintContext } from "../types";
import { FORMAT } from "./messages";
import { argPairs, buildkitView, EnvList, lexerFor, type BkWarning } from "./view";

/** The global build state after the FROM checks: the build arguments every stage can see. */
export interface FromResult {
  warnings: BkWarning[];
  globalArgs: EnvList;
}

/** BuildKit's predefined platform arguments for a linux/amd64 build (moby/buildkit: dockerfile2llb defaultArgs). */
function defaultArgs(target: string): EnvList {
  const [os = "linux", arch = "amd64"] = DEFAULT_PLATFORM.split("/");
  return new EnvList([
    ["BUILDPLATFORM", DEFAULT_PLATFORM],
    ["BUILDOS", os],
    ["BUILDOSVERSION", ""],
    ["BUILDARCH", arch],
    ["BUILDVARIANT", ""],
    ["TARGETPLATFORM", DEFAULT_PLATFORM],
    ["TARGETOS", os],
    ["TARGETOSVERSION", ""],
    ["TARGETARCH", arch],
    ["TARGETVARIANT", ""],
    ["TARGETSTAGE", target === "" ? "default" : target],
  ]);
}

/** buildMetaArgs: global ARG defaults, expanded in order. Undefined when an expansion fails. */
function buildMetaArgs(ctx: LintContext, args: EnvList, metaArgs: InstructionNode[]): { args: EnvList; declared: string[] } | undefined {
  const lexer = lexerFor(ctx);
  const declared: string[] = [];
  for (const node of metaArgs) {
    for (const kv of argPairs(node)) {
      if (kv.value !== undefined) {
        try {
          args.set(kv.key, lexer.processWord(kv.value, args.lookup).result);
        } catch {
          return undefined;
        }
      }
      declared.push(kv.key);
    }
  }
  return { args, declared };
}

function process(ctx: LintContext, word: string, env: EnvList): ProcessedWord | undefined {
  try {
    return lexerFor(ctx).processWord(word, env.lookup);
  } catch {
    return undefined;
  }
}

/**
 * The checks BuildKit runs on FROM lines before building (moby/buildkit:
 * frontend/dockerfile/dockerfile2llb/convert.go toDispatchState,
 * validateBaseImagesWithDefaultArgs, reportUnusedFromArgs,
 * reportRedundantTargetPlatform, reportConstPlatformDisallowed):
 * InvalidDefaultArgInFrom, UndefinedArgInFrom, RedundantTargetPlatform and
 * FromPlatformFlagConstDisallowed. Computed once per lint.
 */
export function fromChecks(ctx: LintContext): FromResult {
  return ctx.memo("bk-from", () => {
    const view = buildkitView(ctx);
    const warnings: BkWarning[] = [];
    const target = view.stages[view.stages.length - 1]?.name ?? "";
    const meta = buildMetaArgs(ctx, defaultArgs(target), view.metaArgs);
    if (!meta) return { warnings, globalArgs: defaultArgs(target) };
    const globalArgs = meta.args;

    for (const st of view.stages) {
      const r = process(ctx, st.baseName, globalArgs);
      if (!r) break;
      if (!parseNormalizedNamed(r.result)) warnings.push({ rule: "InvalidDefaultArgInFrom", message: FORMAT.InvalidDefaultArgInFrom(st.baseName), node: st.from });
    }

    const testKeys = [...new Set([...meta.declared, ...globalArgs.keys()])];
    const reportUnused = (unmatched: Set<string>, node: InstructionNode): void => {
      for (const arg of unmatched) {
        if (testKeys.includes(arg)) continue;
        warnings.push({ rule: "UndefinedArgInFrom", message: FORMAT.UndefinedArgInFrom(arg, suggest(arg, testKeys, true)), node });
      }
    };
    for (const st of view.stages) {
      const name = process(ctx, st.baseName, globalArgs);
      if (!name) break;
      reportUnused(name.unmatched, st.from);
      if (st.platform === undefined || st.platform === "") continue;
      const plat = process(ctx, st.platform, globalArgs);
      if (!plat) break;
      reportUnused(plat.unmatched, st.from);
      if (plat.matched.size === 1 && plat.unmatched.size === 0 && plat.matched.has("TARGETPLATFORM") && plat.result === globalArgs.get("TARGETPLATFORM")) {
        warnings.push({ rule: "RedundantTargetPlatform", message: FORMAT.RedundantTargetPlatform(st.platform), node: st.from });
      }
      if (plat.matched.size === 0 && plat.unmatched.size === 0) {
        const p = parsePlatform(plat.result);
        if (p && !st.name.includes(p.os) && !st.name.includes(p.architecture)) {
          warnings.push({ rule: "FromPlatformFlagConstDisallowed", message: FORMAT.FromPlatformFlagConstDisallowed(plat.result), node: st.from });
        }
      }
    }
    return { warnings, globalArgs };
  });
}
