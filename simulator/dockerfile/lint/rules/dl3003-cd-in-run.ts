import { runsUsing } from "../helpers";
import { commandsNamed } from "../shell-args";
import type { LintRule } from "../types";

/** hadolint DL3003: use WORKDIR instead of `cd` in RUN (hadolint: src/Hadolint/Rule/DL3003.hs). */
export const DL3003: LintRule = {
  code: "DL3003",
  severity: "warning",
  title: "Use WORKDIR to switch directories",
  source: "hadolint",
  explanation: {
    why: "`cd` only lasts until the end of its RUN: the next instruction starts in the old directory again, which is a classic source of 'file not found'. WORKDIR changes the directory for every following instruction and documents it.",
    fix: "Replace `cd dir && …` with a WORKDIR line before the RUN.",
    before: "FROM node:22\nCOPY . /app\nRUN cd /app && npm ci",
    after: "FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci",
  },
  check(ctx) {
    return runsUsing(ctx, "cd")
      .filter(({ info }) => commandsNamed(info.script.commands, "cd").length > 0)
      .map(({ item }) => ctx.at(DL3003, item.node, "`cd` only affects this one RUN; use a WORKDIR instruction to change directory."));
  },
};
