import { z } from "zod";
import type { InstructionNode } from "../../dockerfile/index";
import { definePredicate } from "../define";

const STEP = z.strictObject({
  keyword: z.string().regex(/^[A-Za-z]+$/).describe("instruction keyword"),
  contains: z.string().optional().describe("text the instruction's arguments contain"),
});

function find(instructions: readonly InstructionNode[], step: z.output<typeof STEP>): InstructionNode | undefined {
  return instructions.find((i) => i.keyword.toUpperCase() === step.keyword.toUpperCase() && (step.contains === undefined || i.original.includes(step.contains)));
}

function describe(step: z.output<typeof STEP>): string {
  return `\`${step.keyword.toUpperCase()}${step.contains !== undefined ? ` …${step.contains}…` : ""}\``;
}

/**
 * One instruction comes before another (the build cache's rule: order from
 * the least to the most often changed; docs.docker.com build/cache/optimize
 * "Order your layers"), e.g. requirements copied before `pip install`, and
 * the rest of the code copied after it.
 */
export const dockerfileInstructionOrder = definePredicate({
  kind: "dockerfile-instruction-order",
  source: "dockerfile",
  summary: "One Dockerfile instruction comes before another (first matching instruction of each).",
  params: {
    path: z.string().min(1).default("Dockerfile").describe("Dockerfile path in the workspace"),
    first: STEP.describe("the instruction that must come first"),
    then: STEP.describe("the instruction that must come after it"),
  },
  example: { first: { keyword: "COPY", contains: "requirements.txt" }, then: { keyword: "RUN", contains: "pip install" } },
  evaluate(check, ctx) {
    const file = ctx.dockerfile(check.path);
    if (!file?.parsed) return { passed: false, detail: file ? `\`${check.path}\` does not parse: ${file.error ?? ""}` : `There is no \`${check.path}\` yet.` };
    const a = find(file.parsed.instructions, check.first);
    const b = find(file.parsed.instructions, check.then);
    if (!a) return { passed: false, detail: `\`${check.path}\` has no ${describe(check.first)} instruction.` };
    if (!b) return { passed: false, detail: `\`${check.path}\` has no ${describe(check.then)} instruction.` };
    if (a.startLine < b.startLine) return { passed: true, detail: `\`${a.original}\` (line ${a.startLine}) comes before \`${b.original}\` (line ${b.startLine}).` };
    return { passed: false, detail: `\`${b.original}\` (line ${b.startLine}) comes before \`${a.original}\` (line ${a.startLine}); swap them.` };
  },
});
