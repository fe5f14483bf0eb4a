import type { LintRule } from "../types";
import { typedLabelCheck } from "./labels";

/** hadolint DL3055: a label declared as `hash` in the label schema holds an invalid value (hadolint: src/Hadolint/Rule/DL3055.hs). */
export const DL3055: LintRule = {
  code: "DL3055",
  severity: "warning",
  title: "Label holds an invalid git hash",
  source: "hadolint",
  explanation: {
    why: "Your label schema declares this label as a git commit hash. Registries, scanners and dashboards read the label in that format and may reject or misread anything else.",
    fix: "Write the value in the declared format.",
    before: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision="main"',
    after: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision="2dbfae9"',
  },
  check: (ctx) => typedLabelCheck(DL3055, "hash", "a git commit hash")(ctx),
};
