import type { LintRule } from "../types";

/** hadolint DL3066: USER should use a numeric UID (hadolint: src/Hadolint/Rule/DL3066.hs). */
export const DL3066: LintRule = {
  code: "DL3066",
  severity: "info",
  title: "USER should be numeric",
  source: "hadolint",
  explanation: {
    why: "A user name only means something if /etc/passwd in the image defines it. Platforms such as Kubernetes with runAsNonRoot can only verify a numeric UID, and a name cannot be mapped to host file permissions.",
    fix: "Use the numeric UID (and GID), e.g. USER 10001:10001.",
    before: "FROM debian:12\nRUN useradd -u 10001 app\nUSER app",
    after: "FROM debian:12\nRUN useradd -u 10001 app\nUSER 10001",
  },
  check(ctx) {
    return ctx.items
      .filter((i) => i.keyword === "USER" && i.node.args[0] !== undefined)
      .filter((i) => (i.node.args[0] as string).trim().split(":").some((part) => !/^\d+$/.test(part) && !part.startsWith("$")))
      .map((i) => ctx.at(DL3066, i.node, `USER ${i.node.args[0]} is a name: use the numeric UID[:GID] so the runtime can check it is not root.`));
  },
};
