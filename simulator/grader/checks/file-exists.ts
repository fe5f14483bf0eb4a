import { z } from "zod";
import { definePredicate } from "../define";

/** A file exists in the learner's workspace (what `ls` in the workspace would show). */
export const fileExists = definePredicate({
  kind: "file-exists",
  source: "workspace",
  summary: "A file exists in the learner's workspace.",
  params: { path: z.string().min(1).describe("workspace path, e.g. `Dockerfile` or `app/requirements.txt`") },
  example: { path: ".dockerignore" },
  evaluate(check, ctx) {
    const content = ctx.readFile(check.path);
    if (content === undefined) return { passed: false, detail: `There is no \`${check.path}\` in your workspace yet.` };
    return { passed: true, detail: `\`${check.path}\` exists (${content.split("\n").length} lines).` };
  },
});
