import { formatMissReason, type BuildRecord, type EngineState } from "@/simulator";

/** One step of the last build, ready to draw. */
export interface BuildStepView {
  /** `[2/5]`-style position within its stage, or "" for metadata-only steps. */
  label: string;
  stage: string;
  instruction: string;
  status: "cached" | "ran" | "failed";
  /** Why it ran ("app.py changed"), for steps that did not come from the cache. */
  why?: string;
  durationMs: number;
}

/** The last `docker build`, as the engine view's build panel shows it. */
export interface LastBuildView {
  ref: string;
  builder: BuildRecord["builder"];
  tags: string[];
  ok: boolean;
  error?: string;
  cachedCount: number;
  ranCount: number;
  steps: BuildStepView[];
}

function countsInStage(record: BuildRecord): Map<string, number> {
  const counts = new Map<string, number>();
  for (const step of record.steps) counts.set(step.stage, Math.max(counts.get(step.stage) ?? 0, step.position));
  return counts;
}

/**
 * The engine's record of the most recent build, step by step: which came
 * from the cache and, for each that ran, the reason the cache missed, in the
 * words of Docker's cache invalidation rules (docs.docker.com/build/cache/invalidation;
 * simulator/build/record.ts formatMissReason). Undefined before any build.
 */
export function calculateLastBuild(state: EngineState): LastBuildView | undefined {
  const record = state.builds.at(-1);
  if (!record) return undefined;
  const totals = countsInStage(record);
  const steps = record.steps.map((step): BuildStepView => {
    const status = step.exitCode !== undefined && step.exitCode !== 0 ? "failed" : step.cached ? "cached" : "ran";
    const total = totals.get(step.stage) ?? 0;
    const view: BuildStepView = {
      label: step.position > 0 ? `[${step.position}/${total}]` : "",
      stage: step.stage,
      instruction: step.instruction,
      status,
      durationMs: step.durationMs,
    };
    if (!step.cached && step.reason) view.why = formatMissReason(step.reason);
    return view;
  });
  const view: LastBuildView = {
    ref: record.ref,
    builder: record.builder,
    tags: record.tags.map((t) => t.replace(/^docker\.io\/library\//, "").replace(/^docker\.io\//, "")),
    ok: record.imageId !== undefined && record.error === undefined,
    cachedCount: steps.filter((s) => s.status === "cached").length,
    ranCount: steps.filter((s) => s.status !== "cached").length,
    steps,
  };
  if (record.error !== undefined) view.error = record.error;
  return view;
}
