import type { LintRule } from "../types";
import { typedLabelCheck } from "./labels";

/** hadolint DL3056: a label declared as `semver` in the label schema holds an invalid value (hadolint: src/Hadolint/Rule/DL3056.hs). */
export const DL3056: LintRule = {
  code: "DL3056",
  severity: "warning",
  title: "Label holds an invalid semantic version",
  source: "hadolint",
  explanation: {
    why: "Your label schema declares this label as a semantic version such as 1.4.2. Registries, scanners and dashboards read the label in that format and may reject or misread anything else.",
    fix: "Write the value in the declared format.",
    before: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="v1.4"',
    after: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="1.4.0"',
  },
  check: (ctx) => typedLabelCheck(DL3056, "semver", "a semantic version such as 1.4.2")(ctx),
};
