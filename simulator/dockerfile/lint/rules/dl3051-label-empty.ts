import type { InstructionNode } from "../../ast";
import type { LintRule } from "../types";
import { labelPairs } from "./labels";

/** hadolint DL3051: label is empty (hadolint: src/Hadolint/Rule/DL3051.hs). */
export const DL3051: LintRule = {
  code: "DL3051",
  severity: "warning",
  title: "Required label is empty",
  source: "hadolint",
  explanation: {
    why: "A label from the schema that is present but empty satisfies the letter of the rule but carries no information.",
    fix: "Give the label a real value (a build argument works well for versions and dates).",
    before: 'FROM alpine:3.20\nLABEL version=""',
    after: 'FROM alpine:3.20\nARG VERSION=1.4.2\nLABEL version="$VERSION"',
  },
  check(ctx) {
    const schema = ctx.config["label-schema"] ?? {};
    const byNode = new Map<InstructionNode, string[]>();
    for (const p of labelPairs(ctx)) if (p.key in schema && p.value === "") byNode.set(p.node, [...(byNode.get(p.node) ?? []), p.key]);
    return [...byNode].map(([node, keys]) => ctx.at(DL3051, node, `Label ${keys.join(", ")} is empty; give it a value.`));
  },
};
