/**
 * Dockyard's Dockerfile linter: hadolint's DL rules (hadolint/hadolint) and
 * Docker's own build checks (moby/buildkit frontend/dockerfile/linter), with
 * a learner-facing explanation for every rule.
 */
export { lintDockerfile } from "./lint";
export { explainRule, EXPLANATIONS } from "./explanations";
export { RULES, RULES_BY_CODE } from "./rules";
export type { LabelType, LintConfig, LintFinding, LintRule, LintSeverity, RuleExplanation, RuleSeverity } from "./types";
