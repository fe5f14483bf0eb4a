import type { InstructionNode } from "../../ast";
import type { LintRule } from "../types";
import { labelPairs } from "./labels";

/** hadolint DL3050: superfluous label(s) present (hadolint: src/Hadolint/Rule/DL3050.hs). */
export const DL3050: LintRule = {
  code: "DL3050",
  severity: "info",
  title: "Label not in the schema (strict labels)",
  source: "hadolint",
  explanation: {
    why: "With strict labels on, only the labels listed in the schema are allowed, so every image carries the same, documented metadata and typos in label names are caught.",
    fix: "Remove the label, fix its name, or add it to the schema.",
    before: 'FROM alpine:3.20\nLABEL mantainer="me@example.com"',
    after: 'FROM alpine:3.20\nLABEL maintainer="me@example.com"',
  },
  check(ctx) {
    const schema = ctx.config["label-schema"] ?? {};
    if (!ctx.config["strict-labels"]) return [];
    const byNode = new Map<InstructionNode, string[]>();
    for (const p of labelPairs(ctx)) if (!(p.key in schema)) byNode.set(p.node, [...(byNode.get(p.node) ?? []), p.key]);
    return [...byNode].map(([node, keys]) => ctx.at(DL3050, node, `Label ${keys.join(", ")} is not in the label schema, and strict labels are on.`));
  },
};
