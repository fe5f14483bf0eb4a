import type { LintRule } from "../types";

/** hadolint DL3029: do not use --platform with FROM (hadolint: src/Hadolint/Rule/DL3029.hs). */
export const DL3029: LintRule = {
  code: "DL3029",
  severity: "warning",
  title: "Do not hard-code --platform in FROM",
  source: "hadolint",
  explanation: {
    why: "A fixed --platform forces one CPU architecture even when you build for another, producing images that crash with 'exec format error'. Docker already picks the right platform, and `docker build --platform` lets you choose it.",
    fix: "Remove the flag, or use a build argument such as $BUILDPLATFORM for cross-compiling stages.",
    before: "FROM --platform=linux/amd64 node:22",
    after: "FROM node:22",
  },
  check(ctx) {
    return ctx.items
      .filter((i) => i.keyword === "FROM")
      .flatMap((i) => {
        const flag = i.node.flags.find((f) => f.startsWith("--platform="));
        return flag && !flag.includes("$") ? [ctx.at(DL3029, i.node, `${flag} pins this stage to one platform; drop it or use a variable like $BUILDPLATFORM.`)] : [];
      });
  },
};
