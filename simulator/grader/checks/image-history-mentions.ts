import { definePredicate } from "../define";
import { formatReference } from "../context";
import { describeMatch, matchesText, REFERENCE, requireImage, TEXT_MATCH } from "../params";

/**
 * An image's history (`docker history --no-trunc` CREATED BY) mentions some
 * text: how ARG and ENV values and RUN commands stay readable by anyone
 * holding the image (docs.docker.com build/building/secrets).
 */
export const imageHistoryMentions = definePredicate({
  kind: "image-history-mentions",
  source: "image",
  summary: "An image's history (`docker history --no-trunc`) mentions some text.",
  params: { reference: REFERENCE, ...TEXT_MATCH },
  example: { reference: "leaky", contains: "API_TOKEN" },
  evaluate(check, ctx) {
    const found = requireImage(ctx, check.reference);
    if ("missing" in found) return found.missing;
    const ref = formatReference(check.reference);
    const hit = found.image.history.find((h) => matchesText(h.createdBy, check));
    if (hit) return { passed: true, detail: `\`${ref}\`'s history shows \`${hit.createdBy.slice(0, 120)}\`.` };
    return { passed: false, detail: `No step in \`${ref}\`'s history does ${describeMatch(check)}.` };
  },
});
