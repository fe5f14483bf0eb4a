import { z } from "zod";
import { definePredicate } from "../define";
import { formatReference } from "../context";
import { REFERENCE, requireImage } from "../params";
import { getOwn } from "../../core/own";

/** An image carries a label (LABEL; `docker inspect -f '{{json .Config.Labels}}'`). */
export const imageLabel = definePredicate({
  kind: "image-label",
  source: "image",
  summary: "An image has a label, optionally with a given value.",
  params: { reference: REFERENCE, name: z.string().min(1).describe("label key"), value: z.string().optional().describe("exact value") },
  example: { reference: "python-helloworld", name: "maintainer" },
  evaluate(check, ctx) {
    const found = requireImage(ctx, check.reference);
    if ("missing" in found) return found.missing;
    const labels = found.image.config.Labels ?? {};
    const value = getOwn(labels, check.name);
    const ref = formatReference(check.reference);
    if (value === undefined) {
      const keys = Object.keys(labels);
      return { passed: false, detail: `\`${ref}\` has no label \`${check.name}\`${keys.length > 0 ? ` (it has: ${keys.join(", ")})` : " (it has no labels)"}.` };
    }
    if (check.value !== undefined && value !== check.value) return { passed: false, detail: `\`${ref}\` has ${check.name}="${value}", not "${check.value}".` };
    return { passed: true, detail: `\`${ref}\` has ${check.name}="${value}".` };
  },
});
