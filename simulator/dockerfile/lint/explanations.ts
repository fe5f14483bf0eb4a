import { RULES } from "./rules";
import type { RuleExplanation } from "./types";

/**
 * The learner-facing explanation of every rule (each rule file carries its
 * own, next to the check), looked up by code: why it matters, how to fix
 * it, and a before/after Dockerfile. Our wording throughout; BuildKit's
 * rule descriptions are in buildkit/messages.ts.
 */
export const EXPLANATIONS: ReadonlyMap<string, RuleExplanation> = new Map(RULES.map((r) => [r.code, r.explanation]));

/** The explanation for a finding's code, if the code belongs to a registered rule. */
export function explainRule(code: string): RuleExplanation | undefined {
  return EXPLANATIONS.get(code);
}
