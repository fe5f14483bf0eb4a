import type { LintRule } from "../types";
import { typedLabelCheck } from "./labels";

/** hadolint DL3058: a label declared as `email` in the label schema holds an invalid value (hadolint: src/Hadolint/Rule/DL3058.hs). */
export const DL3058: LintRule = {
  code: "DL3058",
  severity: "warning",
  title: "Label holds an invalid e-mail address",
  source: "hadolint",
  explanation: {
    why: "Your label schema declares this label as an e-mail address. Registries, scanners and dashboards read the label in that format and may reject or misread anything else.",
    fix: "Write the value in the declared format.",
    before: 'FROM alpine:3.20\nLABEL maintainer="Jane Doe"',
    after: 'FROM alpine:3.20\nLABEL maintainer="jane@example.com"',
  },
  check: (ctx) => typedLabelCheck(DL3058, "email", "an e-mail address")(ctx),
};
