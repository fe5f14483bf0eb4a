import { installedWithoutCleanup, mountsAt, removes, runsUsing } from "../helpers";
import type { LintRule } from "../types";
import { fillsRpmCache, rpmCleanAll } from "./rpm";

const CACHES = ["/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5"];

/** hadolint DL3040: `dnf clean all` missing after dnf command (hadolint: src/Hadolint/Rule/DL3040.hs). */
export const DL3040: LintRule = {
  code: "DL3040",
  severity: "warning",
  title: "Run dnf clean all after installing",
  source: "hadolint",
  explanation: {
    why: "dnf keeps metadata and downloaded packages in its cache directory. Unless they are removed in the same RUN, they stay in the image layer.",
    fix: "End the same RUN with `dnf clean all` (`microdnf clean all` for microdnf), or use a cache mount.",
    before: "FROM fedora:40\nRUN dnf install -y httpd-2.4.62",
    after: "FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all",
  },
  check(ctx) {
    return runsUsing(ctx, "dnf", "microdnf")
      .filter(({ info }) => !mountsAt(info, ...CACHES))
      .filter(({ info }) => ["dnf", "microdnf"].some((tool) => installedWithoutCleanup(info.script.commands, (c) => fillsRpmCache(c, tool), (c) => rpmCleanAll(c, tool) || removes(c, ...CACHES))))
      .map(({ item }) => ctx.at(DL3040, item.node, "dnf leaves its cache in this layer: end the RUN with `dnf clean all` (or `microdnf clean all`)."));
  },
};
