import { runsUsing } from "../helpers";
import { commandsNamed, subcommand } from "../shell-args";
import type { LintRule } from "../types";

/** apk options that take a value (apk(8)). */
export const APK_VALUE_OPTIONS = new Set(["-t", "--virtual", "-X", "--repository", "-p", "--root", "--keys-dir", "--repositories-file", "--cache-dir", "--arch", "--wait", "--cache-max-age", "--timeout"]);

/** hadolint DL3018: pin versions in apk add (hadolint: src/Hadolint/Rule/DL3018.hs). */
export const DL3018: LintRule = {
  code: "DL3018",
  severity: "warning",
  title: "Pin versions in apk add",
  source: "hadolint",
  explanation: {
    why: "Unpinned apk packages resolve to whatever the Alpine repository holds on the day you build, so the same Dockerfile can give different images.",
    fix: "Write each package as name=version (or name~version to accept patch updates).",
    before: "FROM alpine:3.20\nRUN apk add --no-cache curl",
    after: "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2",
  },
  check(ctx) {
    return runsUsing(ctx, "apk").flatMap(({ item, info }) => {
      const loose = commandsNamed(info.script.commands, "apk").flatMap((c) => {
        const { sub, rest } = subcommand(c, APK_VALUE_OPTIONS);
        return sub === "add" ? rest.filter((p) => !/[=~<>]/.test(p) && !p.endsWith(".apk")) : [];
      });
      return loose.length === 0 ? [] : [ctx.at(DL3018, item.node, `Pin the apk package version${loose.length > 1 ? "s" : ""} (name=version): ${loose.join(", ")}.`)];
    });
  },
};
