import { simulated } from "../buildkit/findings";
import type { LintRule } from "../types";

/** BuildKit check ExposeProtoCasing (moby/buildkit: frontend/dockerfile/dockerfile2llb/convert_expose.go parsePort; linter/ruleset.go). */
export const ExposeProtoCasing: LintRule = {
  code: "ExposeProtoCasing",
  severity: "warning",
  title: "EXPOSE protocol should be lowercase",
  source: "buildkit",
  explanation: {
    why: "Protocols in EXPOSE are tcp, udp and sctp in lower case; Docker accepts other casings today but asks for lower case.",
    fix: "Write the protocol in lower case.",
    before: "FROM nginx:1.27\nEXPOSE 80/TCP",
    after: "FROM nginx:1.27\nEXPOSE 80/tcp",
  },
  check: (ctx) => simulated(ctx, ExposeProtoCasing, "dispatch"),
};
