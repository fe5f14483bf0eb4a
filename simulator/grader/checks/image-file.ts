import { z } from "zod";
import { UnionView } from "../../vfs/union-view";
import { definePredicate } from "../define";
import { formatReference } from "../context";
import { REFERENCE, requireImage } from "../params";

/**
 * A file is (or is not) in an image: in the final filesystem a container
 * sees, or in any layer. A file deleted by a later step is gone from the
 * final view (an overlay whiteout) but its bytes stay in the earlier layer
 * (opencontainers/image-spec layer.md "Whiteouts"; docs.docker.com
 * build/building/secrets), which `where: any-layer` finds.
 */
export const imageFile = definePredicate({
  kind: "image-file",
  source: "image",
  summary: "A path is present (or absent) in an image's final filesystem, or in any of its layers.",
  params: {
    reference: REFERENCE,
    path: z.string().regex(/^\//, "an absolute path").describe("absolute path in the image"),
    where: z.enum(["final", "any-layer"]).default("final").describe("final filesystem, or any layer"),
    present: z.boolean().default(true).describe("false: the path must be absent"),
  },
  example: { reference: "leaky", path: "/app/.env", where: "any-layer", present: false },
  evaluate(check, ctx) {
    const found = requireImage(ctx, check.reference);
    if ("missing" in found) return found.missing;
    const ref = formatReference(check.reference);
    const layers = ctx.layers(found.image);
    if (!layers) return { passed: false, detail: `The layers of \`${ref}\` are not available to inspect.` };
    const path = check.path.replace(/\/+$/, "") || "/";
    let where: string | undefined;
    if (check.where === "final") {
      where = new UnionView(layers).stat(path) ? "in its filesystem" : undefined;
    } else {
      const index = layers.findIndex((l) => {
        const entry = l.entries.get(path);
        return entry !== undefined && entry.type !== "whiteout";
      });
      if (index >= 0) {
        const step = found.image.history.filter((h) => !h.emptyLayer)[index]?.createdBy ?? "";
        where = `in layer ${index + 1} of ${layers.length}${step ? ` (made by \`${step.slice(0, 80)}\`)` : ""}`;
      }
    }
    if (check.present) {
      return where ? { passed: true, detail: `\`${path}\` is ${where} of \`${ref}\`.` } : { passed: false, detail: `\`${path}\` is not in ${check.where === "final" ? "the filesystem" : "any layer"} of \`${ref}\`.` };
    }
    if (!where) return { passed: true, detail: `\`${path}\` is not in ${check.where === "final" ? "the filesystem" : "any layer"} of \`${ref}\`.` };
    const extra = check.where === "any-layer" && !new UnionView(layers).stat(path) ? " Deleting it in a later step hides it, but the layer that added it still holds it." : "";
    return { passed: false, detail: `\`${path}\` is still ${where} of \`${ref}\`.${extra}` };
  },
});
