import { unquote } from "../helpers";
import type { LintRule } from "../types";

/** hadolint DL3065: `--platform=$TARGETPLATFORM` in FROM is redundant (hadolint: src/Hadolint/Rule/DL3065.hs). */
export const DL3065: LintRule = {
  code: "DL3065",
  severity: "warning",
  title: "FROM --platform=$TARGETPLATFORM is redundant",
  source: "hadolint",
  explanation: {
    why: "A stage is built for the target platform anyway; saying so explicitly adds noise and hints at a misunderstanding of $BUILDPLATFORM vs $TARGETPLATFORM.",
    fix: "Remove the flag (use --platform=$BUILDPLATFORM only for stages that should run on the build machine).",
    before: "FROM --platform=$TARGETPLATFORM alpine:3.20",
    after: "FROM alpine:3.20",
  },
  check(ctx) {
    return ctx.items
      .filter((i) => i.keyword === "FROM")
      .flatMap((i) => {
        const flag = i.node.flags.find((f) => f.startsWith("--platform="));
        const value = flag === undefined ? "" : unquote(flag.slice("--platform=".length));
        return value === "$TARGETPLATFORM" || value === "${TARGETPLATFORM}" ? [ctx.at(DL3065, i.node, "--platform=$TARGETPLATFORM is already the default for every stage; remove it.")] : [];
      });
  },
};
