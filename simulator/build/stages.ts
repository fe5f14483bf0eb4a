import type { EvaluatedStage } from "../dockerfile/evaluate";
import { parseImageReference } from "../image/reference";

/** The stage a name refers to: a stage name (case-insensitive) or a numeric index, as `FROM` and `COPY --from` resolve it. */
export function findStage(stages: readonly EvaluatedStage[], name: string, before: number): EvaluatedStage | undefined {
  const lower = name.toLowerCase();
  const byName = stages.find((s) => s.index < before && s.name !== "" && s.name === lower);
  if (byName) return byName;
  return /^\d+$/.test(name) && Number(name) < before ? stages[Number(name)] : undefined;
}

/**
 * The stages a build runs: the target (`--target`, default the last) and
 * everything it needs through `FROM <stage>` and `COPY --from=<stage>`, in
 * Dockerfile order; BuildKit skips the rest (docker docs: build/building/multi-stage.md).
 * An unknown target: `target stage "x" could not be found`.
 */
export function calculateStageOrder(stages: readonly EvaluatedStage[], target: string | undefined): { stages: number[] } | { error: string } {
  let targetIndex = stages.length - 1;
  if (target !== undefined && target !== "") {
    const found = stages.find((s) => s.name === target.toLowerCase());
    if (!found) return { error: `target stage "${target}" could not be found` };
    targetIndex = found.index;
  }
  const needed = new Set<number>();
  const visit = (index: number): void => {
    if (needed.has(index)) return;
    needed.add(index);
    const stage = stages[index];
    if (!stage) return;
    const parent = findStage(stages, stage.baseName, index);
    if (parent) visit(parent.index);
    for (const step of stage.steps) {
      if (step.instruction.kind === "copy" && step.instruction.from !== "") {
        const from = findStage(stages, step.instruction.from, index);
        if (from) visit(from.index);
      }
    }
  };
  visit(targetIndex);
  return { stages: [...needed].sort((a, b) => a - b) };
}

/** An external image a build needs: a stage base or a `COPY --from=<image>`. */
export interface ImageNeed {
  reference: string;
  canonical: string;
  stageIndex: number;
}

/** The normalized reference BuildKit shows (`docker.io/library/python:3.8`), or the text itself if it does not parse. */
export function formatBuildReference(reference: string): string {
  try {
    const ref = parseImageReference(reference);
    return `${ref.domain}/${ref.path}${ref.tag || !ref.digest ? `:${ref.tag ?? "latest"}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
  } catch {
    return reference;
  }
}

/** The external images the chosen stages need, each once, in first-use order (`[internal] load metadata for …`). */
export function calculateImageStages(stages: readonly EvaluatedStage[], order: readonly number[]): ImageNeed[] {
  const out: ImageNeed[] = [];
  const add = (reference: string, stageIndex: number): void => {
    if (reference.toLowerCase() === "scratch" || out.some((n) => n.reference === reference)) return;
    out.push({ reference, canonical: formatBuildReference(reference), stageIndex });
  };
  for (const index of order) {
    const stage = stages[index] as EvaluatedStage;
    if (!findStage(stages, stage.baseName, index)) add(stage.baseName, index);
    for (const step of stage.steps) {
      if (step.instruction.kind === "copy" && step.instruction.from !== "" && !findStage(stages, step.instruction.from, index)) add(step.instruction.from, index);
    }
  }
  return out;
}

/** The vertex prefix of a stage: its name, else `stage-N` when the Dockerfile has several stages (moby/buildkit: convert.go prefixCommand). */
export function calculateStageLabel(stage: EvaluatedStage, multiStage: boolean): string {
  if (stage.name !== "") return stage.name;
  return multiStage ? `stage-${stage.index}` : "";
}
