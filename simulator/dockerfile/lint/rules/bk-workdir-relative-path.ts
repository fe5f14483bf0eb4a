import { simulated } from "../buildkit/findings";
import type { LintRule } from "../types";

/** BuildKit check WorkdirRelativePath (moby/buildkit: frontend/dockerfile/dockerfile2llb/convert.go dispatchWorkdir; linter/ruleset.go). */
export const WorkdirRelativePath: LintRule = {
  code: "WorkdirRelativePath",
  severity: "warning",
  title: "Relative WORKDIR without an absolute one first",
  source: "buildkit",
  explanation: {
    why: "A relative WORKDIR is resolved against the base image's working directory, which you don't control and which can change between image versions.",
    fix: "Use an absolute path (or set an absolute WORKDIR once before relative ones).",
    before: "FROM node:22\nWORKDIR app",
    after: "FROM node:22\nWORKDIR /app",
  },
  check: (ctx) => simulated(ctx, WorkdirRelativePath, "dispatch"),
};
