import { FORMAT } from "../buildkit/messages";
import type { LintRule } from "../types";

/** BuildKit check FromAsCasing: `AS` should be cased like `FROM` (moby/buildkit: instructions/parse.go doesFromCaseMatchAsCase). */
export const FromAsCasing: LintRule = {
  code: "FromAsCasing",
  severity: "warning",
  title: "The AS keyword should match the casing of FROM",
  source: "buildkit",
  explanation: {
    why: "Mixing `FROM … as …` makes the file look inconsistent; Docker asks for the keywords to share one style.",
    fix: "Write `FROM … AS …` (or `from … as …` if the whole file is lower case).",
    before: "FROM node:22 as build",
    after: "FROM node:22 AS build",
  },
  check(ctx) {
    return ctx.parsed.instructions
      .filter((n) => {
        if (n.keyword.toLowerCase() !== "from" || n.args.length < 3) return false;
        const lower = n.keyword === n.keyword.toLowerCase();
        const upper = n.keyword === n.keyword.toUpperCase();
        const as = n.args[1] as string;
        return (lower && as !== as.toLowerCase()) || (!lower && upper && as !== as.toUpperCase());
      })
      .map((n) => ctx.at(FromAsCasing, n, FORMAT.FromAsCasing(n.keyword, n.args[1] as string)));
  },
};
