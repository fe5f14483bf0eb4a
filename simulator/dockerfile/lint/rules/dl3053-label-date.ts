import type { LintRule } from "../types";
import { typedLabelCheck } from "./labels";

/** hadolint DL3053: a label declared as `rfc3339` in the label schema holds an invalid value (hadolint: src/Hadolint/Rule/DL3053.hs). */
export const DL3053: LintRule = {
  code: "DL3053",
  severity: "warning",
  title: "Label holds an invalid RFC 3339 date",
  source: "hadolint",
  explanation: {
    why: "Your label schema declares this label as an RFC 3339 date-time such as 2024-05-01T12:00:00Z. Registries, scanners and dashboards read the label in that format and may reject or misread anything else.",
    fix: "Write the value in the declared format.",
    before: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created="yesterday"',
    after: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01T12:00:00Z"',
  },
  check: (ctx) => typedLabelCheck(DL3053, "rfc3339", "an RFC 3339 date-time such as 2024-05-01T12:00:00Z")(ctx),
};
