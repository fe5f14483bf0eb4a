import { runsUsing } from "../helpers";
import { hasOption } from "../shell-args";
import type { LintRule } from "../types";
import { rpmInstallPackages } from "./rpm";

/** hadolint DL3038: use the -y switch with dnf install (hadolint: src/Hadolint/Rule/DL3038.hs). */
export const DL3038: LintRule = {
  code: "DL3038",
  severity: "warning",
  title: "Use dnf install -y",
  source: "hadolint",
  explanation: {
    why: "dnf (and microdnf) ask for confirmation before installing; in a build nobody answers and the step fails.",
    fix: "Add -y (or --assumeyes).",
    before: "FROM fedora:40\nRUN dnf install httpd-2.4.62 && dnf clean all",
    after: "FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all",
  },
  check(ctx) {
    return runsUsing(ctx, "dnf", "microdnf")
      .filter(({ info }) => info.script.commands.some((c) => rpmInstallPackages(c, ["dnf", "microdnf"]) !== undefined && !hasOption(c.args, "y", ["assumeyes"])))
      .map(({ item }) => ctx.at(DL3038, item.node, "dnf install will wait for a confirmation nobody can give: add -y."));
  },
};
