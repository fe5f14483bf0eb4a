import type { LintRule } from "../types";
import { typedLabelCheck } from "./labels";

/** hadolint DL3052: a label declared as `url` in the label schema holds an invalid value (hadolint: src/Hadolint/Rule/DL3052.hs). */
export const DL3052: LintRule = {
  code: "DL3052",
  severity: "warning",
  title: "Label holds an invalid URL",
  source: "hadolint",
  explanation: {
    why: "Your label schema declares this label as a URL (scheme://host/…). Registries, scanners and dashboards read the label in that format and may reject or misread anything else.",
    fix: "Write the value in the declared format.",
    before: 'FROM alpine:3.20\nLABEL org.opencontainers.image.url="example.com"',
    after: 'FROM alpine:3.20\nLABEL org.opencontainers.image.url="https://example.com"',
  },
  check: (ctx) => typedLabelCheck(DL3052, "url", "a URL (scheme://host/…)")(ctx),
};
