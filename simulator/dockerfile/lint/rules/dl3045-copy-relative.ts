import { chainHas, stripQuotes } from "../helpers";
import type { LintRule } from "../types";

const ABSOLUTE = /^(\/|[A-Za-z]:|\$)/;

/** hadolint DL3045: COPY to a relative destination without WORKDIR set (hadolint: src/Hadolint/Rule/DL3045.hs). */
export const DL3045: LintRule = {
  code: "DL3045",
  severity: "warning",
  title: "COPY to a relative path without WORKDIR",
  source: "hadolint",
  explanation: {
    why: "A relative COPY destination is relative to the current working directory. If the stage never set WORKDIR, that directory is whatever the base image chose (often `/`), and your files may land somewhere unexpected.",
    fix: "Set WORKDIR before the COPY, or use an absolute destination.",
    before: "FROM node:22\nCOPY package.json .",
    after: "FROM node:22\nWORKDIR /app\nCOPY package.json .",
  },
  check(ctx) {
    const out = [];
    for (const stage of ctx.stages) {
      let workdir = stage.base !== undefined && chainHas(ctx, stage.base, (i) => i.keyword === "WORKDIR");
      for (const item of stage.items) {
        if (item.keyword === "WORKDIR") workdir = true;
        if (item.keyword !== "COPY" || workdir || item.node.args.length < 2) continue;
        const dest = stripQuotes(item.node.args[item.node.args.length - 1] as string);
        if (!ABSOLUTE.test(dest)) out.push(ctx.at(DL3045, item.node, `COPY to the relative path "${dest}" but this stage never sets WORKDIR: add a WORKDIR first or use an absolute path.`));
      }
    }
    return out;
  },
};
