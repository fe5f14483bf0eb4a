import { mountsAt, runEnvironment, runs } from "../helpers";
import { commandName, positionals } from "../shell-args";
import type { LintRule } from "../types";
import { PIP_VALUE_OPTIONS, pipArgs } from "./pip";

const TRUTHY = /^(1|on|yes|true)$/i;

/** hadolint DL3042: avoid the pip cache with `pip install --no-cache-dir` (hadolint: src/Hadolint/Rule/DL3042.hs). */
export const DL3042: LintRule = {
  code: "DL3042",
  severity: "warning",
  title: "Use pip install --no-cache-dir",
  source: "hadolint",
  explanation: {
    why: "pip saves every downloaded wheel in ~/.cache/pip so the next install is faster. In an image there is no next install: the cache only makes the layer bigger.",
    fix: "Add --no-cache-dir, or set ENV PIP_NO_CACHE_DIR=1 once in the stage.",
    before: "FROM python:3.12-slim\nRUN pip install flask==3.0.3",
    after: "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3",
  },
  check(ctx) {
    return runs(ctx).flatMap(({ item, info }) => {
      if (mountsAt(info, "/root/.cache/pip")) return [];
      let exported: string | undefined;
      for (const c of info.script.commands) {
        if (commandName(c) === "export") {
          for (const a of c.args) if (a.startsWith("PIP_NO_CACHE_DIR=")) exported = a.slice("PIP_NO_CACHE_DIR=".length);
          continue;
        }
        const args = pipArgs(c, false);
        if (!args || positionals(args, PIP_VALUE_OPTIONS)[0] !== "install" || args.includes("--no-cache-dir")) continue;
        const inline = c.assignments.find((a) => a.name === "PIP_NO_CACHE_DIR")?.value;
        if (TRUTHY.test(inline ?? exported ?? runEnvironment(ctx, item).env.get("PIP_NO_CACHE_DIR") ?? "")) continue;
        return [ctx.at(DL3042, item.node, "pip keeps a download cache that only bloats the image: add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1).")];
      }
      return [];
    });
  },
};
