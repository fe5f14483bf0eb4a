import type { LintRule } from "../types";
import { typedLabelCheck } from "./labels";

/** hadolint DL3054: a label declared as `spdx` in the label schema holds an invalid value (hadolint: src/Hadolint/Rule/DL3054.hs). */
export const DL3054: LintRule = {
  code: "DL3054",
  severity: "warning",
  title: "Label holds an invalid SPDX license",
  source: "hadolint",
  explanation: {
    why: "Your label schema declares this label as an SPDX license expression such as MIT or Apache-2.0. Registries, scanners and dashboards read the label in that format and may reject or misread anything else.",
    fix: "Write the value in the declared format.",
    before: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="Apache 2"',
    after: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="Apache-2.0"',
  },
  check: (ctx) => typedLabelCheck(DL3054, "spdx", "an SPDX license expression such as MIT or Apache-2.0")(ctx),
};
