import type { LintContext, LintFinding, LintRule } from "../types";
import { dispatchChecks } from "./dispatch";
import { fromChecks } from "./from";
import type { BkWarning } from "./view";

/** The simulated build's warnings for one rule, as findings at the instruction's lines. */
export function simulated(ctx: LintContext, rule: LintRule, phase: "from" | "dispatch"): LintFinding[] {
  const warnings: BkWarning[] = phase === "from" ? fromChecks(ctx).warnings : dispatchChecks(ctx);
  return warnings.filter((w) => w.rule === rule.code).map((w) => ctx.at(rule, w.node, w.message));
}
