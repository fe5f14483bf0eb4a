import type { LintRule } from "../types";

/** hadolint DL3061: invalid instruction order, a Dockerfile must begin with FROM, ARG or a comment (hadolint: src/Hadolint/Rule/DL3061.hs). */
export const DL3061: LintRule = {
  code: "DL3061",
  severity: "error",
  title: "Dockerfile must start with FROM or ARG",
  source: "hadolint",
  explanation: {
    why: "Every instruction acts on the image started by FROM. Only ARG (to parametrise the FROM line) and comments may come before it; anything else has no image to act on and the build fails.",
    fix: "Move the instruction below the first FROM.",
    before: 'LABEL maintainer="me@example.com"\nFROM alpine:3.20',
    after: 'FROM alpine:3.20\nLABEL maintainer="me@example.com"',
  },
  check(ctx) {
    const first = ctx.stages[0]?.items.find((i) => i.outer.keyword.toUpperCase() !== "ARG");
    return first ? [ctx.at(DL3061, first.outer, `${first.outer.keyword.toUpperCase()} comes before any FROM: a Dockerfile must start with FROM (only ARG and comments may precede it).`)] : [];
  },
};
