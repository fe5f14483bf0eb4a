import { z } from "zod";
import { definePredicate } from "../define";
import { formatReference } from "../context";
import { REFERENCE, requireImage } from "../params";

/** An image has at most N layers (RootFS.Layers; `docker history` rows with a size, excluding metadata-only steps). */
export const imageLayerCount = definePredicate({
  kind: "image-layer-count",
  source: "image",
  summary: "An image has at most `max` filesystem layers (metadata-only steps do not count).",
  params: { reference: REFERENCE, max: z.number().int().min(1).describe("most layers allowed") },
  example: { reference: "tidy-app", max: 8 },
  evaluate(check, ctx) {
    const found = requireImage(ctx, check.reference);
    if ("missing" in found) return found.missing;
    const count = found.image.layers.length;
    const ref = formatReference(check.reference);
    if (count <= check.max) return { passed: true, detail: `\`${ref}\` has ${count} layers (at most ${check.max}).` };
    return { passed: false, detail: `\`${ref}\` has ${count} layers; at most ${check.max} allowed. Each RUN, COPY and ADD adds one: combine RUN steps with \`&&\`.` };
  },
});
