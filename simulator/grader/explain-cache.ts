import { formatMissReason, type BuildRecord, type BuildStepRecord } from "../build/record";
import type { GradeContext } from "./context";
import { normalizeWorkspacePath, toWorkspacePath } from "./context";

/** The Dockerfile line where a step's instruction starts, if the workspace still has that Dockerfile. */
function findLine(ctx: GradeContext, build: BuildRecord, step: BuildStepRecord): number | undefined {
  const candidates = [toWorkspacePath(build.dockerfilePath), normalizeWorkspacePath(`${toWorkspacePath(build.contextPath)}/${build.dockerfilePath}`)];
  for (const path of candidates) {
    const parsed = ctx.dockerfile(path)?.parsed;
    const hit = parsed?.instructions.find((i) => i.original.trim() === step.instruction.trim());
    if (hit) return hit.startLine;
  }
  return undefined;
}

/**
 * Why a step of a build ran instead of coming from the cache, in the
 * learner's terms: when an earlier step's changed files invalidated it, names
 * that step, its line and the files ("because `COPY . .` (line 3) comes
 * before it and app.py changed"), following BuildKit's rule that a cache
 * miss invalidates every later step (docs.docker.com build/cache/invalidation).
 */
export function explainCacheMiss(ctx: GradeContext, build: BuildRecord, step: BuildStepRecord): string {
  const reason = step.reason ?? { kind: "not-cached" as const };
  if (reason.kind !== "parent-changed") return formatMissReason(reason);
  const index = build.steps.indexOf(step);
  const culprit = build.steps.slice(0, index).find((s) => s.stage === step.stage && !s.cached && s.reason?.kind !== "parent-changed");
  if (!culprit) return formatMissReason(reason);
  const line = findLine(ctx, build, culprit);
  const at = line !== undefined ? ` (line ${line})` : "";
  if (culprit.reason?.kind === "files-changed") {
    const files = culprit.reason.paths.map((p) => p.replace(/^\//, ""));
    const shown = files.length > 3 ? `${files.slice(0, 3).join(", ")} and ${files.length - 3} more` : files.join(", ");
    return `\`${culprit.instruction}\`${at} comes before it and ${shown} changed`;
  }
  return `\`${culprit.instruction}\`${at} ran before it (${formatMissReason(culprit.reason ?? { kind: "not-cached" })})`;
}
