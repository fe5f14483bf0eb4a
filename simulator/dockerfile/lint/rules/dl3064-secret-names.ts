import { argDeclarations, pairs } from "../helpers";
import type { LintRule } from "../types";

const SECRET = /(^|_)(passwd|password|pword|secrets?|token|api_?key|access_?key|private_?key|secret_?key|client_?secret|credentials?)(_|$)/i;
const REFERENCE = /_(file|path|dir)$/i;

/** hadolint DL3064: sensitive data in ARG or ENV (hadolint: src/Hadolint/Rule/DL3064.hs). */
export const DL3064: LintRule = {
  code: "DL3064",
  severity: "warning",
  title: "Secret passed through ARG or ENV",
  source: "hadolint",
  explanation: {
    why: "ARG and ENV values are stored in the image: `docker history` and `docker inspect` show them to anyone who can pull the image, even if a later step unsets them.",
    fix: "Pass secrets with a build secret (`RUN --mount=type=secret,id=…`) and give runtime secrets at `docker run` time.",
    before: "FROM node:22\nARG NPM_TOKEN\nRUN echo \"//registry.npmjs.org/:_authToken=$NPM_TOKEN\" > .npmrc && npm ci",
    after: "FROM node:22\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci",
  },
  check(ctx) {
    return ctx.items.flatMap((i) => {
      const keys = i.keyword === "ARG" ? argDeclarations(i).map((a) => a.key) : i.keyword === "ENV" ? pairs(i).map((p) => p.key) : [];
      const bad = keys.filter((k) => SECRET.test(k) && !REFERENCE.test(k));
      return bad.length === 0 ? [] : [ctx.at(DL3064, i.node, `${bad.join(", ")} looks like a secret: ${i.keyword} values are saved in the image metadata. Use a build secret mount instead.`)];
    });
  },
};
