import { mountsAt, runsUsing } from "../helpers";
import { commandsNamed, subcommand } from "../shell-args";
import type { LintRule } from "../types";
import { APK_VALUE_OPTIONS } from "./dl3018-apk-pin";

/** hadolint DL3019: use apk add --no-cache (hadolint: src/Hadolint/Rule/DL3019.hs). */
export const DL3019: LintRule = {
  code: "DL3019",
  severity: "info",
  title: "Use apk add --no-cache",
  source: "hadolint",
  explanation: {
    why: "Without --no-cache, apk keeps the downloaded package index in /var/cache/apk inside the layer, making the image bigger for no benefit.",
    fix: "Use `apk add --no-cache …` (it also fetches a fresh index, so no separate `apk update` is needed).",
    before: "FROM alpine:3.20\nRUN apk update && apk add curl=8.9.1-r2",
    after: "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2",
  },
  check(ctx) {
    return runsUsing(ctx, "apk")
      .filter(({ info }) => !mountsAt(info, "/var/cache/apk"))
      .filter(({ info }) => commandsNamed(info.script.commands, "apk").some((c) => subcommand(c, APK_VALUE_OPTIONS).sub === "add" && !c.args.includes("--no-cache")))
      .map(({ item }) => ctx.at(DL3019, item.node, "apk add leaves its package index in /var/cache/apk: use `apk add --no-cache`."));
  },
};
