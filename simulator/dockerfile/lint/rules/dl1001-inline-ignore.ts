import { pragmas } from "../pragmas";
import type { LintRule } from "../types";

/** hadolint DL1001 (off by default): an inline `# hadolint ignore=` pragma is used (hadolint: src/Hadolint/Rule/DL1001.hs). */
export const DL1001: LintRule = {
  code: "DL1001",
  severity: "ignore",
  title: "Inline ignore pragmas are used",
  source: "hadolint",
  explanation: {
    why: "An inline `# hadolint ignore=` comment silences a rule for the next instruction. Teams that want every exception reviewed turn this rule on so that silenced warnings stay visible.",
    fix: "Fix the underlying problem instead of silencing it, or move the exception into the shared linter configuration.",
    before: "FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get install -y curl",
    after: "FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u5",
  },
  check(ctx) {
    return pragmas(ctx)
      .filter((p) => p.kind === "ignore")
      .map((p) => ({ ...ctx.at(DL1001, p.node, `This comment switches off ${p.values.join(", ")} for the next instruction; prefer fixing the cause.`), line: p.line, endLine: p.line }));
  },
};
