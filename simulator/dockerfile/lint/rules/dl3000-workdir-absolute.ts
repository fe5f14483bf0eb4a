import { stripQuotes } from "../helpers";
import type { LintRule } from "../types";

const WINDOWS_ABSOLUTE = /^[A-Za-z]:[\\/]?/;

/** hadolint DL3000: WORKDIR must be an absolute path (hadolint: src/Hadolint/Rule/DL3000.hs). */
export const DL3000: LintRule = {
  code: "DL3000",
  severity: "error",
  title: "WORKDIR should be an absolute path",
  source: "hadolint",
  explanation: {
    why: "A relative WORKDIR is resolved against whatever directory the base image happens to use. If the base image changes its working directory, your files silently end up somewhere else.",
    fix: "Start the WORKDIR path with `/` so it means the same thing whatever the base image is.",
    before: "FROM node:22\nWORKDIR app\nCOPY . .",
    after: "FROM node:22\nWORKDIR /app\nCOPY . .",
  },
  check(ctx) {
    return ctx.items
      .filter((i) => i.keyword === "WORKDIR" && i.node.args[0] !== undefined)
      .filter((i) => {
        const path = stripQuotes(i.node.args[0] as string);
        return !path.startsWith("/") && !path.startsWith("$") && !WINDOWS_ABSOLUTE.test(path);
      })
      .map((i) => ctx.at(DL3000, i.node, `WORKDIR ${stripQuotes(i.node.args[0] as string)} is relative: write it as an absolute path (starting with /).`));
  },
};
