import { unquote } from "../helpers";
import type { LintRule } from "../types";
import { ARCHIVE } from "./dl3010-add-archive";

const URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/** hadolint DL3020: use COPY instead of ADD for files and folders (hadolint: src/Hadolint/Rule/DL3020.hs). */
export const DL3020: LintRule = {
  code: "DL3020",
  severity: "error",
  title: "Use COPY instead of ADD for files and folders",
  source: "hadolint",
  explanation: {
    why: "ADD has hidden extra behaviour: it downloads URLs and unpacks tar archives. For plain files and folders COPY does the same job with no surprises, and readers know exactly what happens.",
    fix: "Replace ADD with COPY. Keep ADD only for a URL or a local tar archive you want unpacked.",
    before: "FROM node:22\nADD package.json /app/",
    after: "FROM node:22\nCOPY package.json /app/",
  },
  check(ctx) {
    return ctx.items
      .filter((i) => i.keyword === "ADD" && i.node.args.length >= 2)
      .filter((i) =>
        i.node.args
          .slice(0, -1)
          .map((a) => unquote(a, ctx.parsed.escapeToken))
          .some((src) => !src.startsWith("<<") && !URL.test(src) && !src.startsWith("git@") && !ARCHIVE.test(src)),
      )
      .map((i) => ctx.at(DL3020, i.node, "ADD is only needed for URLs and tar archives; use COPY for plain files and folders."));
  },
};
