import { simulated } from "../buildkit/findings";
import type { LintRule } from "../types";

/** BuildKit check JSONArgsRecommended (moby/buildkit: frontend/dockerfile/dockerfile2llb/convert.go dispatchCmd, dispatchEntrypoint; linter/ruleset.go). */
export const JSONArgsRecommended: LintRule = {
  code: "JSONArgsRecommended",
  severity: "warning",
  title: "Use JSON arguments for CMD and ENTRYPOINT",
  source: "buildkit",
  explanation: {
    why: "In shell form the command runs as a child of /bin/sh -c, and the shell does not pass on signals such as SIGTERM: `docker stop` waits and then kills your app instead of letting it shut down cleanly.",
    fix: "Use the JSON array form. If you really want a shell, say so with a SHELL instruction.",
    before: "FROM node:22\nCMD node server.js",
    after: "FROM node:22\nCMD [\"node\", \"server.js\"]",
  },
  check: (ctx) => simulated(ctx, JSONArgsRecommended, "dispatch"),
};
