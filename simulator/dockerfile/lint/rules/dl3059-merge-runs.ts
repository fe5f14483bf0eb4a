import type { LintItem, LintRule } from "../types";

/** hadolint DL3059: multiple consecutive RUN instructions, consider consolidation (hadolint: src/Hadolint/Rule/DL3059.hs). */
export const DL3059: LintRule = {
  code: "DL3059",
  severity: "info",
  title: "Consecutive RUN instructions could be merged",
  source: "hadolint",
  explanation: {
    why: "Every RUN creates a new image layer. Several one-command RUNs in a row add layers (and cache steps) that a single RUN joined with && would not.",
    fix: "Join the commands with && in one RUN (use \\ line continuations to keep it readable).",
    before: "FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl",
    after: "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl",
  },
  check(ctx) {
    const out = [];
    let prev: LintItem | undefined;
    for (const item of ctx.items) {
      if (item.keyword === "RUN" && prev?.keyword === "RUN" && prev.onbuild === item.onbuild) {
        const a = ctx.run(prev);
        const b = ctx.run(item);
        const sameFlags = a && b && [...a.flags].sort().join("\n") === [...b.flags].sort().join("\n");
        if (a && b && sameFlags && a.script.items <= 1 && b.script.items <= 1) out.push(ctx.at(DL3059, item.node, "This RUN directly follows another single-command RUN; merging them with && saves a layer."));
      }
      prev = item;
    }
    return out;
  },
};
