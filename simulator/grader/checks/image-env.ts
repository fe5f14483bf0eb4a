import { z } from "zod";
import { definePredicate } from "../define";
import { formatReference } from "../context";
import { REFERENCE, requireImage } from "../params";

/** An image's Config.Env sets a variable (ENV), optionally to a value. */
export const imageEnv = definePredicate({
  kind: "image-env",
  source: "image",
  summary: "An image's configuration sets an environment variable (ENV), optionally to a value.",
  params: { reference: REFERENCE, name: z.string().min(1).describe("variable name"), value: z.string().optional().describe("exact value") },
  example: { reference: "node-app", name: "NODE_ENV", value: "production" },
  evaluate(check, ctx) {
    const found = requireImage(ctx, check.reference);
    if ("missing" in found) return found.missing;
    const entry = found.image.config.Env.find((e) => e.split("=")[0] === check.name);
    const ref = formatReference(check.reference);
    if (entry === undefined) return { passed: false, detail: `\`${ref}\` does not set ${check.name}.` };
    const value = entry.slice(check.name.length + 1);
    if (check.value !== undefined && value !== check.value) return { passed: false, detail: `\`${ref}\` sets ${check.name}=${value}, not ${check.value}.` };
    return { passed: true, detail: `\`${ref}\` sets ${check.name}=${value}.` };
  },
});
