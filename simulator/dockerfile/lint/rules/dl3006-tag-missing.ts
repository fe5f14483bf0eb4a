import { stageByAlias } from "../helpers";
import { splitImage } from "../image-ref";
import type { LintRule } from "../types";

/** hadolint DL3006: always tag the version of an image explicitly (hadolint: src/Hadolint/Rule/DL3006.hs). */
export const DL3006: LintRule = {
  code: "DL3006",
  severity: "warning",
  title: "Tag the image version explicitly",
  source: "hadolint",
  explanation: {
    why: "Without a tag Docker pulls `latest`, which moves whenever the publisher releases something new. The same Dockerfile then builds different images on different days, and a working build can break overnight.",
    fix: "Add a tag naming the version you tested with (or pin a digest with @sha256:…).",
    before: "FROM python\nCOPY app.py .",
    after: "FROM python:3.12-slim\nCOPY app.py .",
  },
  check(ctx) {
    return ctx.stages.flatMap((stage) => {
      if (!stage.from) return [];
      const image = stage.image;
      if (image === "" || image.toLowerCase() === "scratch" || image.includes("$")) return [];
      if (stageByAlias(ctx, image, stage.index) !== undefined) return [];
      const parts = splitImage(image);
      if (parts.tag !== undefined || parts.digest !== undefined) return [];
      return [ctx.at(DL3006, stage.from, `No tag on ${image}: Docker will use :latest, which changes over time. Pin a version, e.g. ${image}:<version>.`)];
    });
  },
};
