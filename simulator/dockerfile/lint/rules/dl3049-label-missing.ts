import { stageChain } from "../context";
import type { LintContext, LintRule } from "../types";
import { copyFrom } from "./copy-from";
import { labelPairs } from "./labels";

/** Stages that build on or copy from each stage. */
function users(ctx: LintContext): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const add = (used: number | undefined, by: number): void => {
    if (used !== undefined && used !== by) out.set(used, [...(out.get(used) ?? []), by]);
  };
  for (const stage of ctx.stages) {
    add(stage.base, stage.index);
    for (const item of stage.items) {
      const from = item.keyword === "COPY" ? copyFrom(item) : undefined;
      if (from === undefined) continue;
      const byName = ctx.stages.find((s) => s.index < stage.index && s.alias?.toLowerCase() === from.toLowerCase());
      add(byName?.index ?? (/^\d+$/.test(from) ? Number(from) + 1 : undefined), stage.index);
    }
  }
  return out;
}

/** hadolint DL3049: label is missing (hadolint: src/Hadolint/Rule/DL3049.hs). */
export const DL3049: LintRule = {
  code: "DL3049",
  severity: "info",
  title: "Required label missing",
  source: "hadolint",
  explanation: {
    why: "Your team's label schema lists labels every image must carry (maintainer, source URL, version…), so images can be traced and audited. A stage that ships without them is harder to manage.",
    fix: "Add the missing LABEL to the stage (labels are inherited by stages built FROM it).",
    before: "FROM alpine:3.20\nCMD [\"./app\"]",
    after: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://example.com/repo"\nCMD ["./app"]',
  },
  check(ctx) {
    const required = Object.keys(ctx.config["label-schema"] ?? {});
    if (required.length === 0) return [];
    const labels = labelPairs(ctx);
    const used = users(ctx);
    const has = (stage: number, key: string): boolean => stageChain(ctx, stage).some((s) => labels.some((l) => l.stage === s.index && l.key === key));
    const covered = (stage: number, key: string, seen: Set<number>): boolean => {
      if (seen.has(stage)) return false;
      seen.add(stage);
      return has(stage, key) || (used.get(stage) ?? []).some((u) => covered(u, key, seen));
    };
    return ctx.stages.flatMap((stage) =>
      stage.from ? required.filter((key) => !covered(stage.index, key, new Set())).map((key) => ctx.at(DL3049, stage.from as NonNullable<typeof stage.from>, `This stage has no "${key}" label, which the label schema requires.`)) : [],
    );
  },
};
