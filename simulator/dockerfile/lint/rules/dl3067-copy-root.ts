import { stripQuotes } from "../helpers";
import type { LintRule } from "../types";
import { copyFrom } from "./copy-from";

/** hadolint DL3067: COPY --from=<stage> / / copies a whole filesystem (hadolint: src/Hadolint/Rule/DL3067.hs). */
export const DL3067: LintRule = {
  code: "DL3067",
  severity: "warning",
  title: "COPY --from copies the whole root filesystem",
  source: "hadolint",
  explanation: {
    why: "Copying `/` of another stage onto `/` brings over everything: compilers, caches, package databases. It defeats the purpose of a multi-stage build, which is to ship only what you need.",
    fix: "Copy only the directories or files the final image needs.",
    before: "FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build / /",
    after: "FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app",
  },
  check(ctx) {
    return ctx.items
      .filter((i) => i.keyword === "COPY" && copyFrom(i) !== undefined && i.node.args.length === 2 && i.node.args.every((a) => stripQuotes(a) === "/"))
      .map((i) => ctx.at(DL3067, i.node, `COPY --from=${copyFrom(i)} / / copies that stage's entire filesystem; copy only the paths you need.`));
  },
};
