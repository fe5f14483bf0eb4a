import { z } from "zod";
import { definePredicate } from "../define";
import { formatReference } from "../context";
import { explainCacheMiss } from "../explain-cache";
import { REFERENCE } from "../params";

/**
 * In the latest successful build of `reference`, the first step whose
 * instruction starts with `instruction` came from the cache (BuildKit's
 * `CACHED`) or ran, with the reason it ran (docs.docker.com build/cache).
 */
export const buildStepCached = definePredicate({
  kind: "build-step-cached",
  source: "build",
  summary: "In the latest build of an image, a step came from the cache (or ran, with `cached: false`).",
  params: {
    reference: REFERENCE,
    instruction: z.string().min(1).describe("start of the instruction, e.g. `RUN pip install`"),
    cached: z.boolean().default(true).describe("true: the step must be CACHED"),
  },
  example: { reference: "python-helloworld", instruction: "RUN pip install", cached: true },
  evaluate(check, ctx) {
    const build = ctx.latestBuild(check.reference);
    const ref = formatReference(check.reference);
    if (!build) return { passed: false, detail: `No successful \`docker build\` has tagged \`${ref}\` yet.` };
    const wanted = check.instruction.trim().toLowerCase();
    const step = build.steps.find((s) => s.instruction.trim().toLowerCase().startsWith(wanted));
    if (!step) return { passed: false, detail: `The last build of \`${ref}\` has no step \`${check.instruction}\`.` };
    if (step.cached === check.cached) {
      return { passed: true, detail: step.cached ? `\`${step.instruction}\` came from the cache.` : `\`${step.instruction}\` ran: ${explainCacheMiss(ctx, build, step)}.` };
    }
    if (step.cached) return { passed: false, detail: `\`${step.instruction}\` came from the cache; it was meant to run.` };
    if (step.reason?.kind === "first-build") {
      return { passed: false, detail: `\`${step.instruction}\` ran because this was the first build; change a source file and build again to see the cache at work.` };
    }
    return { passed: false, detail: `Your rebuild re-ran \`${step.instruction}\` because ${explainCacheMiss(ctx, build, step)}.` };
  },
});
