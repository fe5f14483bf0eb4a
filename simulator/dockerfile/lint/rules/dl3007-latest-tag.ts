import { stageByAlias } from "../helpers";
import { splitImage } from "../image-ref";
import type { LintRule } from "../types";

/** hadolint DL3007: using `latest` is error-prone; pin a version (hadolint: src/Hadolint/Rule/DL3007.hs). */
export const DL3007: LintRule = {
  code: "DL3007",
  severity: "warning",
  title: "Avoid the latest tag",
  source: "hadolint",
  explanation: {
    why: "`latest` is just a moving label, not 'the newest stable version'. Builds that use it are not repeatable and can break when the image is updated.",
    fix: "Replace `latest` with the specific version you want.",
    before: "FROM nginx:latest",
    after: "FROM nginx:1.27-alpine",
  },
  check(ctx) {
    return ctx.stages.flatMap((stage) => {
      if (!stage.from || stageByAlias(ctx, stage.image, stage.index) !== undefined) return [];
      const parts = splitImage(stage.image);
      if (parts.tag !== "latest" || parts.digest !== undefined) return [];
      return [ctx.at(DL3007, stage.from, `${stage.image} uses the moving "latest" tag; pin a specific version so rebuilds give the same image.`)];
    });
  },
};
