import { simulated } from "../buildkit/findings";
import type { LintRule } from "../types";

/** BuildKit check ExposeInvalidFormat (moby/buildkit: frontend/dockerfile/dockerfile2llb/convert_expose.go parsePort; linter/ruleset.go). */
export const ExposeInvalidFormat: LintRule = {
  code: "ExposeInvalidFormat",
  severity: "warning",
  title: "EXPOSE should not contain an IP or host port",
  source: "buildkit",
  explanation: {
    why: "EXPOSE only documents which container ports the app listens on. Publishing to a host port or address is decided at `docker run -p`, and Docker will reject host mappings in EXPOSE in a future release.",
    fix: "Keep only the container port (and protocol); map it at run time with -p 8080:80.",
    before: "FROM nginx:1.27\nEXPOSE 8080:80",
    after: "FROM nginx:1.27\nEXPOSE 80",
  },
  check: (ctx) => simulated(ctx, ExposeInvalidFormat, "dispatch"),
};
