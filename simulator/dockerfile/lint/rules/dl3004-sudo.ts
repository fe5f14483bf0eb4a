import { runsUsing } from "../helpers";
import { commandsNamed } from "../shell-args";
import type { LintRule } from "../types";

/** hadolint DL3004: do not use sudo in RUN (hadolint: src/Hadolint/Rule/DL3004.hs). */
export const DL3004: LintRule = {
  code: "DL3004",
  severity: "error",
  title: "Do not use sudo",
  source: "hadolint",
  explanation: {
    why: "Build steps already run as root unless you switched USER, and most images don't even ship sudo. sudo also behaves unpredictably without a terminal.",
    fix: "Drop `sudo`. If you switched to another user, run the step before the USER line, or use a tool like gosu to drop privileges at runtime.",
    before: "FROM ubuntu:24.04\nRUN sudo apt-get update",
    after: "FROM ubuntu:24.04\nRUN apt-get update",
  },
  check(ctx) {
    return runsUsing(ctx, "sudo")
      .filter(({ info }) => commandsNamed(info.script.commands, "sudo").length > 0)
      .map(({ item }) => ctx.at(DL3004, item.node, "Remove sudo: RUN already runs as root (switch USER afterwards, or use gosu at runtime)."));
  },
};
