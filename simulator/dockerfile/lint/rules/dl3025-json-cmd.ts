import type { LintRule } from "../types";

/** hadolint DL3025: use JSON (exec form) for CMD and ENTRYPOINT (hadolint: src/Hadolint/Rule/DL3025.hs). */
export const DL3025: LintRule = {
  code: "DL3025",
  severity: "warning",
  title: "Use the JSON (exec) form for CMD and ENTRYPOINT",
  source: "hadolint",
  explanation: {
    why: "In shell form Docker runs `/bin/sh -c \"your command\"`. The shell becomes process 1 and does not forward signals, so `docker stop` cannot shut your app down cleanly and waits 10 seconds before killing it.",
    fix: "Write the command as a JSON array of strings, one element per word.",
    before: "FROM node:22\nCMD node server.js",
    after: 'FROM node:22\nCMD ["node", "server.js"]',
  },
  check(ctx) {
    return ctx.items
      .filter((i) => {
        if (i.keyword === "CMD" || i.keyword === "ENTRYPOINT") return !i.node.json && i.node.args.length > 0;
        return i.keyword === "HEALTHCHECK" && (i.node.args[0] ?? "").toUpperCase() === "CMD" && !i.node.json;
      })
      .map((i) => ctx.at(DL3025, i.node, `${i.keyword} is in shell form; write it as a JSON array (e.g. ["executable", "arg"]) so signals reach your program.`));
  },
};
