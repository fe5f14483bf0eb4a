import type { LintRule } from "../types";

/** hadolint DL3011: valid UNIX ports range from 0 to 65535 (hadolint: src/Hadolint/Rule/DL3011.hs). */
export const DL3011: LintRule = {
  code: "DL3011",
  severity: "error",
  title: "EXPOSE port out of range",
  source: "hadolint",
  explanation: {
    why: "TCP and UDP port numbers only go from 0 to 65535. A larger number is almost always a typo (an extra digit) and the build will reject it.",
    fix: "Correct the port number.",
    before: "FROM nginx:1.27\nEXPOSE 80800",
    after: "FROM nginx:1.27\nEXPOSE 8080",
  },
  check(ctx) {
    return ctx.items
      .filter((i) => i.keyword === "EXPOSE")
      .flatMap((i) => {
        const bad = i.node.args.filter((arg) =>
          (arg.split("/")[0] ?? "")
            .split("-")
            .some((p) => /^\d+$/.test(p) && Number(p) > 65535),
        );
        return bad.length === 0 ? [] : [ctx.at(DL3011, i.node, `Port ${bad.join(", ")} is outside the valid range 0-65535.`)];
      });
  },
};
