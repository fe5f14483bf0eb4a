import type { LintRule } from "../types";

const ROOT = /^(root|0)(:.*)?$/;

/** hadolint DL3002: the last USER of a stage should not be root (hadolint: src/Hadolint/Rule/DL3002.hs). */
export const DL3002: LintRule = {
  code: "DL3002",
  severity: "warning",
  title: "Last USER should not be root",
  source: "hadolint",
  explanation: {
    why: "Containers run as the last USER of the image. Running as root means a bug or break-in in your app gets full control of the container, and more of the host if it escapes.",
    fix: "Switch to root only for the steps that need it, then end with an unprivileged user.",
    before: "FROM debian:12\nUSER root\nRUN apt-get update\nCMD [\"./app\"]",
    after: "FROM debian:12\nRUN useradd --create-home app\nUSER app\nCMD [\"./app\"]",
  },
  check(ctx) {
    return ctx.stages.flatMap((stage) => {
      const users = stage.items.filter((i) => i.keyword === "USER" && !i.onbuild);
      const last = users[users.length - 1];
      if (!last || !ROOT.test((last.node.args[0] ?? "").trim())) return [];
      return [ctx.at(DL3002, last.node, "The stage ends running as root. Add a USER with an unprivileged account after the steps that need root.")];
    });
  },
};
