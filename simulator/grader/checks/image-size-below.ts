import { definePredicate } from "../define";
import { formatReference } from "../context";
import { formatSize, HUMAN_SIZE, parseHumanSize, REFERENCE, requireImage } from "../params";

/** An image's size, as the SIZE column of `docker images` reports it (decimal units), is below a bound. */
export const imageSizeBelow = definePredicate({
  kind: "image-size-below",
  source: "image",
  summary: "An image's size (the SIZE column of `docker images`) is below a bound.",
  params: { reference: REFERENCE, max: HUMAN_SIZE.describe("bound, e.g. `100MB`") },
  example: { reference: "slim-app", max: "200MB" },
  evaluate(check, ctx) {
    const found = requireImage(ctx, check.reference);
    if ("missing" in found) return found.missing;
    const max = parseHumanSize(check.max) ?? 0;
    const size = found.image.size;
    const ref = formatReference(check.reference);
    if (size < max) return { passed: true, detail: `\`${ref}\` is ${formatSize(size)}, under ${check.max}.` };
    return { passed: false, detail: `\`${ref}\` is ${formatSize(size)}; it must be under ${check.max}. Its base image is most of that: try a slim or alpine variant.` };
  },
});
