import { stageByAlias } from "../helpers";
import { splitImage } from "../image-ref";
import type { InstructionNode } from "../../ast";
import type { LintContext, LintRule } from "../types";
import { copyFrom } from "./copy-from";

function registryOf(image: string): string {
  const registry = splitImage(image).registry ?? "docker.io";
  return registry === "index.docker.io" || registry === "registry-1.docker.io" ? "docker.io" : registry;
}

function trusted(registry: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => new RegExp(`^${p.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`, "i").test(registry));
}

/** Image names a stage may pull: FROM images, COPY --from images and RUN --mount from= images (stage names excluded). */
function pulledImages(ctx: LintContext): { image: string; node: InstructionNode }[] {
  const out: { image: string; node: InstructionNode }[] = [];
  for (const item of ctx.items) {
    const node = item.node;
    const images: string[] = [];
    if (item.keyword === "FROM") images.push(ctx.stages[item.stage]?.image ?? "");
    else if (item.keyword === "COPY") images.push(copyFrom(item) ?? "");
    else if (item.keyword === "RUN") for (const m of ctx.run(item)?.mounts ?? []) images.push(m.from ?? "");
    for (const image of images) {
      if (image === "" || image.includes("$") || image.toLowerCase() === "scratch" || /^\d+$/.test(image)) continue;
      if (stageByAlias(ctx, image, item.keyword === "FROM" ? item.stage : item.stage + 1) !== undefined) continue;
      if (item.keyword !== "FROM" && !/[:/.]/.test(image)) continue;
      out.push({ image, node });
    }
  }
  return out;
}

/** hadolint DL3026: use only an allowed registry in the FROM image (hadolint: src/Hadolint/Rule/DL3026.hs). */
export const DL3026: LintRule = {
  code: "DL3026",
  severity: "error",
  title: "Image from a registry that is not trusted",
  source: "hadolint",
  explanation: {
    why: "Many teams only allow images from registries they control or trust, to avoid pulling tampered or unvetted software. This rule is active when a list of trusted registries is configured.",
    fix: "Use an image from one of the trusted registries (or ask for the registry to be added to the list).",
    before: "FROM randomhub.example/python:3.12",
    after: "FROM docker.io/library/python:3.12",
  },
  check(ctx) {
    const patterns = ctx.config.trustedRegistries;
    if (!patterns || patterns.length === 0) return [];
    return pulledImages(ctx)
      .filter(({ image }) => !trusted(registryOf(image), patterns))
      .map(({ image, node }) => ctx.at(DL3026, node, `${image} comes from ${registryOf(image)}, which is not in the trusted registries (${patterns.join(", ")}).`));
  },
};
