import { runs } from "../helpers";
import { hasOption, positionals } from "../shell-args";
import type { LintRule } from "../types";
import { PIP_VALUE_OPTIONS, pipArgs } from "./pip";

const SPECIFIER = /[=<>!~]=|[<>]/;
const VCS = /^(git|hg|svn|bzr)\+/;
const LOCAL_FILE = /\.(whl|tar\.gz|tgz|tar\.bz2|zip)$/;

/** A pip requirement that names an exact or bounded version, a local path, a URL or a file. */
function pinned(req: string): boolean {
  if (VCS.test(req)) return (req.split("#")[0]?.split("/").pop() ?? "").includes("@");
  return SPECIFIER.test(req) || req.startsWith(".") || req.startsWith("/") || req.includes("/") || LOCAL_FILE.test(req);
}

/** hadolint DL3013: pin versions in pip (hadolint: src/Hadolint/Rule/DL3013.hs). */
export const DL3013: LintRule = {
  code: "DL3013",
  severity: "warning",
  title: "Pin versions in pip install",
  source: "hadolint",
  explanation: {
    why: "`pip install flask` installs whatever is newest on PyPI at build time. A new major release can break your app on the next rebuild even though nothing in your repository changed.",
    fix: "Pin each package (flask==3.0.3), or install from a pinned requirements file with `-r requirements.txt`.",
    before: "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask",
    after: "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3",
  },
  check(ctx) {
    return runs(ctx).flatMap(({ item, info }) => {
      const loose = info.script.commands.flatMap((c) => {
        const args = pipArgs(c, true);
        if (!args) return [];
        const pos = positionals(args, PIP_VALUE_OPTIONS);
        if (pos[0] !== "install" || hasOption(args, "rc", ["requirement", "constraint"])) return [];
        return pos.slice(1).filter((p) => !pinned(p));
      });
      return loose.length === 0 ? [] : [ctx.at(DL3013, item.node, `Pin the pip package version${loose.length > 1 ? "s" : ""} (e.g. name==1.2.3): ${loose.join(", ")}.`)];
    });
  },
};
