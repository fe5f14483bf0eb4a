import { runsUsing } from "../helpers";
import { commandsNamed, hasOption, isOption } from "../shell-args";
import type { LintRule } from "../types";

const GEM_VALUE_OPTIONS = new Set(["-v", "--version", "-i", "--install-dir", "-n", "--bindir", "-s", "--source", "-P", "--trust-policy", "--platform", "-g", "--file", "--build-root"]);

/** The gem names of a `gem install`: positionals before `--`, skipping option values (and a bare true/false after an option). */
function gemNames(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") break;
    if (isOption(arg)) {
      if (GEM_VALUE_OPTIONS.has(arg) || /^(true|false)$/.test(args[i + 1] ?? "")) i++;
      continue;
    }
    out.push(arg);
  }
  return out;
}

/** hadolint DL3028: pin versions in gem install (hadolint: src/Hadolint/Rule/DL3028.hs). */
export const DL3028: LintRule = {
  code: "DL3028",
  severity: "warning",
  title: "Pin versions in gem install",
  source: "hadolint",
  explanation: {
    why: "An unpinned gem installs the newest release at build time, so rebuilding can silently bring in a breaking version.",
    fix: "Write name:version, or add -v/--version.",
    before: "FROM ruby:3.3\nRUN gem install bundler",
    after: "FROM ruby:3.3\nRUN gem install bundler:2.5.16",
  },
  check(ctx) {
    return runsUsing(ctx, "gem").flatMap(({ item, info }) => {
      const loose = commandsNamed(info.script.commands, "gem").flatMap((c) => {
        if (c.args[0] !== "install" && c.args[0] !== "i") return [];
        if (hasOption(c.args, "v", ["version"])) return [];
        return gemNames(c.args).filter((g) => !g.includes(":"));
      });
      return loose.length === 0 ? [] : [ctx.at(DL3028, item.node, `Pin the gem version${loose.length > 1 ? "s" : ""} (name:version): ${loose.join(", ")}.`)];
    });
  },
};
