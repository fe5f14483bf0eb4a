import { finalStage } from "../context";
import { chainHas } from "../helpers";
import type { LintRule } from "../types";

/** hadolint DL3057 (off by default): HEALTHCHECK instruction missing (hadolint: src/Hadolint/Rule/DL3057.hs). */
export const DL3057: LintRule = {
  code: "DL3057",
  severity: "ignore",
  title: "No HEALTHCHECK in the image",
  source: "hadolint",
  explanation: {
    why: "Without a HEALTHCHECK, Docker only knows whether the main process is running, not whether it still answers. Orchestrators then keep sending traffic to a stuck container.",
    fix: "Add a HEALTHCHECK that probes the service (or HEALTHCHECK NONE to say explicitly that none is wanted).",
    before: 'FROM nginx:1.27\nCOPY site /usr/share/nginx/html',
    after: 'FROM nginx:1.27\nCOPY site /usr/share/nginx/html\nHEALTHCHECK CMD curl -fs http://localhost/ || exit 1',
  },
  check(ctx) {
    const final = finalStage(ctx);
    if (!final.from || chainHas(ctx, final.index, (i) => i.keyword === "HEALTHCHECK" && !i.onbuild)) return [];
    return [ctx.at(DL3057, final.from, "The final image has no HEALTHCHECK, so Docker cannot tell when the service stops responding.")];
  },
};
