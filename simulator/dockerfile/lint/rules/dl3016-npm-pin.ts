import { runsUsing } from "../helpers";
import { commandsNamed, positionals } from "../shell-args";
import type { LintRule } from "../types";

const NPM_VALUE_OPTIONS = new Set(["--loglevel", "--registry", "--prefix", "--cache", "--userconfig", "--globalconfig", "--tag", "--scope", "--otp", "--workspace", "-w", "--omit", "--include", "--install-strategy", "--before"]);
const INSTALL = new Set(["install", "i", "add"]);

/** An npm package spec with a version (name@1.2.3, @scope/name@^1), a tarball, a path or a git URL with a #ref. */
function pinned(spec: string): boolean {
  if (/^(git\+|git:|github:|https?:)/.test(spec)) return spec.includes("#");
  if (/^(\.{0,2}\/|~\/)/.test(spec) || /\.(tgz|tar|tar\.gz)$/.test(spec)) return true;
  return spec.indexOf("@", 1) > 0;
}

/** hadolint DL3016: pin versions in npm (hadolint: src/Hadolint/Rule/DL3016.hs). */
export const DL3016: LintRule = {
  code: "DL3016",
  severity: "warning",
  title: "Pin versions in npm install",
  source: "hadolint",
  explanation: {
    why: "`npm install express` takes the newest release at build time, so rebuilding next month can produce a different (possibly broken) image.",
    fix: "Add a version to each package (express@4.19.2), or install from package.json + package-lock.json with `npm ci`.",
    before: "FROM node:22\nRUN npm install -g nodemon",
    after: "FROM node:22\nRUN npm install -g nodemon@3.1.4",
  },
  check(ctx) {
    return runsUsing(ctx, "npm").flatMap(({ item, info }) => {
      const loose = commandsNamed(info.script.commands, "npm").flatMap((c) => {
        const pos = positionals(c.args, NPM_VALUE_OPTIONS);
        return INSTALL.has(pos[0] ?? "") ? pos.slice(1).filter((p) => !pinned(p)) : [];
      });
      return loose.length === 0 ? [] : [ctx.at(DL3016, item.node, `Pin the npm package version${loose.length > 1 ? "s" : ""} (name@version): ${loose.join(", ")}.`)];
    });
  },
};
