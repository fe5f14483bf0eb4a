import { definePredicate } from "../define";
import { formatReference } from "../context";
import { REFERENCE, requireImage } from "../params";

/** An image declares a HEALTHCHECK that is not NONE (Config.Healthcheck.Test). */
export const imageHealthcheck = definePredicate({
  kind: "image-healthcheck",
  source: "image",
  summary: "An image declares a HEALTHCHECK (not NONE).",
  params: { reference: REFERENCE },
  example: { reference: "python-helloworld" },
  evaluate(check, ctx) {
    const found = requireImage(ctx, check.reference);
    if ("missing" in found) return found.missing;
    const test = found.image.config.Healthcheck?.Test ?? [];
    const ref = formatReference(check.reference);
    if (test.length === 0 || test[0] === "NONE") return { passed: false, detail: `\`${ref}\` has no HEALTHCHECK, so docker cannot tell a hung app from a healthy one.` };
    return { passed: true, detail: `\`${ref}\` checks its health with ${JSON.stringify(test.slice(1))}.` };
  },
});
