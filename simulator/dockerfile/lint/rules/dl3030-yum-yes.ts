import { runsUsing } from "../helpers";
import { hasOption } from "../shell-args";
import type { LintRule } from "../types";
import { rpmInstallPackages } from "./rpm";

/** hadolint DL3030: use the -y switch to avoid manual input with yum install (hadolint: src/Hadolint/Rule/DL3030.hs). */
export const DL3030: LintRule = {
  code: "DL3030",
  severity: "warning",
  title: "Use yum install -y",
  source: "hadolint",
  explanation: {
    why: "yum asks 'Is this ok [y/N]' before installing. Nobody can answer during a build, so the step fails.",
    fix: "Add -y (or --assumeyes).",
    before: "FROM centos:7\nRUN yum install httpd-2.4.6 && yum clean all",
    after: "FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all",
  },
  check(ctx) {
    return runsUsing(ctx, "yum")
      .filter(({ info }) => info.script.commands.some((c) => rpmInstallPackages(c, ["yum"]) !== undefined && !hasOption(c.args, "y", ["assumeyes"])))
      .map(({ item }) => ctx.at(DL3030, item.node, "yum install will wait for a confirmation nobody can give: add -y."));
  },
};
