import type { LintRule } from "../types";

/** hadolint DL4000: MAINTAINER is deprecated (hadolint: src/Hadolint/Rule/DL4000.hs). */
export const DL4000: LintRule = {
  code: "DL4000",
  severity: "error",
  title: "MAINTAINER is deprecated",
  source: "hadolint",
  explanation: {
    why: "MAINTAINER has been deprecated since Docker 1.13. A label does the same job, is shown by `docker inspect`, and follows the OCI image annotations tools understand.",
    fix: "Replace it with LABEL org.opencontainers.image.authors=\"…\".",
    before: "FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>",
    after: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"',
  },
  check(ctx) {
    return ctx.items
      .filter((i) => i.keyword === "MAINTAINER" && !i.onbuild)
      .map((i) => ctx.at(DL4000, i.node, "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors=\"…\" instead."));
  },
};
