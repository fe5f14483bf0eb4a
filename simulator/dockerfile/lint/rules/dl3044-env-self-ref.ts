import { pairs, variableRefs } from "../helpers";
import type { LintRule } from "../types";

/** hadolint DL3044: do not refer to an environment variable within the same ENV statement where it is defined (hadolint: src/Hadolint/Rule/DL3044.hs). */
export const DL3044: LintRule = {
  code: "DL3044",
  severity: "error",
  title: "ENV refers to a variable it defines itself",
  source: "hadolint",
  explanation: {
    why: "All values of one ENV line are expanded before any of them is set. `ENV A=1 B=$A` does not see the new A: B gets the old value (often empty).",
    fix: "Split it into two ENV instructions.",
    before: "FROM alpine:3.20\nENV APP_HOME=/app APP_BIN=$APP_HOME/bin",
    after: "FROM alpine:3.20\nENV APP_HOME=/app\nENV APP_BIN=$APP_HOME/bin",
  },
  check(ctx) {
    return ctx.items
      .filter((i) => i.keyword === "ENV")
      .flatMap((i) => {
        const defined = new Set<string>();
        const used = new Set<string>();
        for (const p of pairs(i)) {
          for (const ref of variableRefs(p.value, ctx.parsed.escapeToken)) if (defined.has(ref)) used.add(ref);
          defined.add(p.key);
        }
        return used.size === 0 ? [] : [ctx.at(DL3044, i.node, `${[...used].map((v) => `$${v}`).join(", ")} is set in this same ENV line, so it still has its old value here; define it in an earlier ENV.`)];
      });
  },
};
