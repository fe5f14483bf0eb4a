import { z } from "zod";
import { definePredicate } from "../define";
import { describeMatch, matchesText, TEXT_MATCH } from "../params";

/** A workspace file's content contains text or matches a pattern (what `cat` or `grep` would show). */
export const fileContains = definePredicate({
  kind: "file-contains",
  source: "workspace",
  summary: "A workspace file contains some text or matches a regular expression.",
  params: { path: z.string().min(1).describe("workspace path"), ...TEXT_MATCH },
  example: { path: ".dockerignore", contains: ".git" },
  evaluate(check, ctx) {
    const content = ctx.readFile(check.path);
    if (content === undefined) return { passed: false, detail: `There is no \`${check.path}\` in your workspace yet.` };
    if (matchesText(content, check)) return { passed: true, detail: `\`${check.path}\` does ${describeMatch(check)}.` };
    return { passed: false, detail: `\`${check.path}\` does not ${describeMatch(check)} yet.` };
  },
});
