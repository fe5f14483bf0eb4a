import { runEnvironment, runsUsing, substitute } from "../helpers";
import type { LintRule } from "../types";
import { rpmInstallPackages, rpmPinned } from "./rpm";

/** hadolint DL3033: specify version with yum install -y <package>-<version> (hadolint: src/Hadolint/Rule/DL3033.hs). */
export const DL3033: LintRule = {
  code: "DL3033",
  severity: "warning",
  title: "Pin versions in yum install",
  source: "hadolint",
  explanation: {
    why: "Without a version, yum installs whatever the repository offers today, so rebuilding can change your image.",
    fix: "Write each package as name-version.",
    before: "FROM centos:7\nRUN yum install -y httpd && yum clean all",
    after: "FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all",
  },
  check(ctx) {
    return runsUsing(ctx, "yum").flatMap(({ item, info }) => {
      const loose = info.script.commands.flatMap((c) => (rpmInstallPackages(c, ["yum"]) ?? []).filter((p) => !rpmPinned(p.includes("$") ? substitute(p, runEnvironment(ctx, item)) : p)));
      return loose.length === 0 ? [] : [ctx.at(DL3033, item.node, `Pin the yum package version${loose.length > 1 ? "s" : ""} (name-version): ${loose.join(", ")}.`)];
    });
  },
};
