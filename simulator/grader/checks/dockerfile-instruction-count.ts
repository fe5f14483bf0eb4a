import { z } from "zod";
import { definePredicate } from "../define";

/**
 * The Dockerfile has at most (or at least) N instructions with a keyword:
 * e.g. one combined RUN instead of several layers
 * (docs.docker.com build/building/best-practices "RUN").
 */
export const dockerfileInstructionCount = definePredicate({
  kind: "dockerfile-instruction-count",
  source: "dockerfile",
  summary: "The number of instructions with a keyword is within bounds.",
  params: {
    path: z.string().min(1).default("Dockerfile").describe("Dockerfile path in the workspace"),
    keyword: z.string().regex(/^[A-Za-z]+$/).describe("instruction keyword"),
    min: z.number().int().min(0).optional().describe("at least this many"),
    max: z.number().int().min(0).optional().describe("at most this many"),
  },
  example: { keyword: "RUN", max: 1 },
  evaluate(check, ctx) {
    const file = ctx.dockerfile(check.path);
    if (!file?.parsed) return { passed: false, detail: file ? `\`${check.path}\` does not parse: ${file.error ?? ""}` : `There is no \`${check.path}\` yet.` };
    const keyword = check.keyword.toUpperCase();
    const lines = file.parsed.instructions.filter((i) => i.keyword.toUpperCase() === keyword).map((i) => i.startLine);
    const where = lines.length > 0 ? ` (line ${lines.join(", ")})` : "";
    if (check.max !== undefined && lines.length > check.max) {
      return { passed: false, detail: `\`${check.path}\` has ${lines.length} ${keyword} instructions${where}; at most ${check.max} allowed. Combine them with \`&&\`.` };
    }
    if (check.min !== undefined && lines.length < check.min) {
      return { passed: false, detail: `\`${check.path}\` has ${lines.length} ${keyword} instruction${lines.length === 1 ? "" : "s"}${where}; at least ${check.min} needed.` };
    }
    return { passed: true, detail: `\`${check.path}\` has ${lines.length} ${keyword} instruction${lines.length === 1 ? "" : "s"}${where}.` };
  },
});
