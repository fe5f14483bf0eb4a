import { z } from "zod";
import { definePredicate } from "../define";
import { describeMatch, matchesText, TEXT_MATCH } from "../params";

/**
 * The Dockerfile has an instruction with this keyword whose text (after the
 * keyword, continuation lines joined as BuildKit's parser joins them)
 * contains or matches the given text.
 */
export const dockerfileHasInstruction = definePredicate({
  kind: "dockerfile-has-instruction",
  source: "dockerfile",
  summary: "The Dockerfile has an instruction (keyword, optionally with matching arguments).",
  params: {
    path: z.string().min(1).default("Dockerfile").describe("Dockerfile path in the workspace"),
    keyword: z.string().regex(/^[A-Za-z]+$/).describe("instruction keyword, e.g. `WORKDIR`"),
    ...TEXT_MATCH,
  },
  example: { keyword: "WORKDIR", contains: "/app" },
  evaluate(check, ctx) {
    const file = ctx.dockerfile(check.path);
    if (!file?.parsed) return { passed: false, detail: file ? `\`${check.path}\` does not parse: ${file.error ?? ""}` : `There is no \`${check.path}\` yet.` };
    const keyword = check.keyword.toUpperCase();
    const same = file.parsed.instructions.filter((i) => i.keyword.toUpperCase() === keyword);
    const hit = same.find((i) => matchesText(i.original.replace(/^\s*\S+\s*/, ""), check));
    if (hit) return { passed: true, detail: `Line ${hit.startLine}: \`${hit.original}\`.` };
    if (same.length === 0) return { passed: false, detail: `\`${check.path}\` has no ${keyword} instruction yet.` };
    return {
      passed: false,
      detail: `\`${check.path}\` has ${same.length} ${keyword} instruction${same.length === 1 ? "" : "s"} (line ${same.map((i) => i.startLine).join(", ")}), but none does ${describeMatch(check)}.`,
    };
  },
});
