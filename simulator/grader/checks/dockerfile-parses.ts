import { z } from "zod";
import { definePredicate } from "../define";

/** The workspace Dockerfile parses as BuildKit's parser reads it (moby/buildkit: frontend/dockerfile/parser). */
export const dockerfileParses = definePredicate({
  kind: "dockerfile-parses",
  source: "dockerfile",
  summary: "The Dockerfile exists and parses (BuildKit's parser).",
  params: { path: z.string().min(1).default("Dockerfile").describe("Dockerfile path in the workspace") },
  example: { path: "Dockerfile" },
  evaluate(check, ctx) {
    const file = ctx.dockerfile(check.path);
    if (!file) return { passed: false, detail: `There is no \`${check.path}\` in your workspace yet.` };
    if (file.error !== undefined) return { passed: false, detail: `\`${check.path}\` does not parse: ${file.error}` };
    return { passed: true, detail: `\`${check.path}\` parses: ${file.parsed?.instructions.length ?? 0} instructions.` };
  },
});
