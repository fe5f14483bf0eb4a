import type { BuildRecord, BuildStepRecord, CacheMissReason } from "./record";

/**
 * Why the first missed step of a build missed, found by comparing it with
 * the same step of the previous build of the same Dockerfile: its text, the
 * files it copied, the build args it saw (docker docs: build/cache/invalidation.md).
 */
export function explainMiss(previous: BuildRecord | undefined, step: BuildStepRecord): CacheMissReason {
  if (!previous) return { kind: "first-build" };
  const before = previous.steps.find((s) => s.stage === step.stage && s.position === step.position);
  if (!before) return { kind: "instruction-changed", previous: "(no such step)" };
  if (before.instruction !== step.instruction) return { kind: "instruction-changed", previous: before.instruction };
  if (step.sources || before.sources) {
    const now = step.sources ?? {};
    const then = before.sources ?? {};
    const paths = [...new Set([...Object.keys(now), ...Object.keys(then)])].filter((p) => now[p] !== then[p]).sort();
    if (paths.length > 0) return { kind: "files-changed", paths };
  }
  const args = (step.args ?? []).filter((a) => !(before.args ?? []).includes(a)).map((a) => a.slice(0, a.indexOf("=")));
  if (args.length > 0) return { kind: "build-arg-changed", names: args };
  const baseBefore = previous.steps.find((s) => s.stage === step.stage && s.keyword === "FROM");
  if (baseBefore && !baseBefore.cached) return { kind: "base-changed" };
  return { kind: "not-cached" };
}
