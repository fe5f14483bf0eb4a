import { calculateShortId } from "../../core/ids";
import { definePredicate } from "../define";
import { formatReference } from "../context";
import { REFERENCE, requireImage } from "../params";

/** The local image store holds a reference (what `docker images` lists). */
export const imagePresent = definePredicate({
  kind: "image-present",
  source: "image",
  summary: "The local image store holds a reference (`docker images` lists it).",
  params: { reference: REFERENCE },
  example: { reference: "python-helloworld:latest" },
  evaluate(check, ctx) {
    const found = requireImage(ctx, check.reference);
    if ("missing" in found) return found.missing;
    return { passed: true, detail: `\`${formatReference(check.reference)}\` is stored locally as image ${calculateShortId(found.image.id)}.` };
  },
});
