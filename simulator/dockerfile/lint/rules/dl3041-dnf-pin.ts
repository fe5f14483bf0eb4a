import { runEnvironment, runsUsing, substitute } from "../helpers";
import type { LintRule } from "../types";
import { rpmInstallPackages, rpmPinned } from "./rpm";

/** hadolint DL3041: specify version with dnf install -y <package>-<version> (hadolint: src/Hadolint/Rule/DL3041.hs). */
export const DL3041: LintRule = {
  code: "DL3041",
  severity: "warning",
  title: "Pin versions in dnf install",
  source: "hadolint",
  explanation: {
    why: "Without a version dnf installs whatever is newest in the repository, so the same Dockerfile can build different images.",
    fix: "Write each package as name-version (modules as name:stream).",
    before: "FROM fedora:40\nRUN dnf install -y tomcat && dnf clean all",
    after: "FROM fedora:40\nRUN dnf install -y tomcat-9.0.87 && dnf clean all",
  },
  check(ctx) {
    return runsUsing(ctx, "dnf", "microdnf").flatMap(({ item, info }) => {
      const loose = info.script.commands.flatMap((c) => (rpmInstallPackages(c, ["dnf", "microdnf"]) ?? []).filter((p) => !rpmPinned(p.includes("$") ? substitute(p, runEnvironment(ctx, item)) : p)));
      return loose.length === 0 ? [] : [ctx.at(DL3041, item.node, `Pin the dnf package version${loose.length > 1 ? "s" : ""} (name-version): ${loose.join(", ")}.`)];
    });
  },
};
