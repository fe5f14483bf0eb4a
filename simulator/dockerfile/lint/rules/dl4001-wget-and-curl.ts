import { commandName } from "../shell-args";
import type { LintRule } from "../types";

/** hadolint DL4001: either use wget or curl, but not both (hadolint: src/Hadolint/Rule/DL4001.hs). */
export const DL4001: LintRule = {
  code: "DL4001",
  severity: "warning",
  title: "Use either wget or curl, not both",
  source: "hadolint",
  explanation: {
    why: "Both tools download files. Using both in one stage means installing and maintaining two tools (and their security updates) where one would do.",
    fix: "Pick one of them and use it everywhere in the stage.",
    before: "FROM debian:12\nRUN wget -q https://example.com/a.tgz\nRUN curl -fsSLO https://example.com/b.tgz",
    after: "FROM debian:12\nRUN curl -fsSLO https://example.com/a.tgz\nRUN curl -fsSLO https://example.com/b.tgz",
  },
  check(ctx) {
    const out = [];
    for (const stage of ctx.stages) {
      const seen = new Set<string>();
      for (const item of stage.items) {
        const used = (ctx.run(item)?.script.commands ?? []).map(commandName).filter((n) => n === "wget" || n === "curl");
        used.forEach((n) => seen.add(n));
        if (used.length > 0 && seen.size === 2) out.push(ctx.at(DL4001, item.node, "This stage uses both wget and curl; stick to one download tool."));
      }
    }
    return out;
  },
};
