import type { LintRule } from "../types";

const FORBIDDEN = new Set(["ONBUILD", "FROM", "MAINTAINER"]);

/** hadolint DL3043: ONBUILD, FROM or MAINTAINER triggered from within ONBUILD instruction (hadolint: src/Hadolint/Rule/DL3043.hs). */
export const DL3043: LintRule = {
  code: "DL3043",
  severity: "error",
  title: "ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER",
  source: "hadolint",
  explanation: {
    why: "ONBUILD stores an instruction to run when another image builds FROM this one. Docker refuses ONBUILD ONBUILD (chains), ONBUILD FROM and ONBUILD MAINTAINER, so the build fails.",
    fix: "Move the instruction out of ONBUILD, or remove it.",
    before: "FROM node:22\nONBUILD FROM alpine:3.20",
    after: "FROM node:22\nONBUILD COPY . /app",
  },
  check(ctx) {
    return ctx.items
      .filter((i) => i.onbuild && FORBIDDEN.has(i.keyword))
      .map((i) => ctx.at(DL3043, i.outer, `ONBUILD ${i.keyword} is not allowed: an ONBUILD trigger cannot be ONBUILD, FROM or MAINTAINER.`));
  },
};
