import { installedWithoutCleanup, mountsAt, removes, runsUsing } from "../helpers";
import type { LintRule } from "../types";
import { fillsRpmCache, rpmCleanAll } from "./rpm";

/** hadolint DL3032: `yum clean all` missing after yum command (hadolint: src/Hadolint/Rule/DL3032.hs). */
export const DL3032: LintRule = {
  code: "DL3032",
  severity: "warning",
  title: "Run yum clean all after yum install",
  source: "hadolint",
  explanation: {
    why: "yum keeps downloaded packages and metadata in /var/cache/yum. Unless you clean it in the same RUN, those files stay in the image layer for ever.",
    fix: "Finish the same RUN with `yum clean all` (after the install).",
    before: "FROM centos:7\nRUN yum install -y httpd-2.4.6",
    after: "FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all",
  },
  check(ctx) {
    return runsUsing(ctx, "yum")
      .filter(({ info }) => !mountsAt(info, "/var/cache/yum"))
      .filter(({ info }) => installedWithoutCleanup(info.script.commands, (c) => fillsRpmCache(c, "yum"), (c) => rpmCleanAll(c, "yum") || removes(c, "/var/cache/yum")))
      .map(({ item }) => ctx.at(DL3032, item.node, "yum leaves its cache in this layer: end the RUN with `yum clean all`."));
  },
};
