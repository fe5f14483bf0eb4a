/**
 * What the engine remembers of each build, for the grader and the engine
 * view: per step, whether the cache was used and, when it was not, why.
 * Docker keeps build records too (docker/buildx: `docker buildx history`,
 * moby/buildkit: solver/llbsolver/history.go); the miss reasons are ours,
 * worked out the way docker docs explain invalidation (build/cache/invalidation.md).
 */

/** Why a step ran instead of coming from the cache. */
export type CacheMissReason =
  | { kind: "first-build" }
  | { kind: "no-cache" }
  | { kind: "instruction-changed"; previous: string }
  | { kind: "files-changed"; paths: string[] }
  | { kind: "build-arg-changed"; names: string[] }
  | { kind: "parent-changed" }
  | { kind: "base-changed" }
  | { kind: "not-cached" };

/** One step of a recorded build. */
export interface BuildStepRecord {
  /** Stage name or `stage-N`. */
  stage: string;
  /** 1-based position among the stage's counted steps (as in `[2/5]`), 0 for metadata-only steps. */
  position: number;
  /** The instruction as written (first line, continuation joined). */
  instruction: string;
  /** The instruction keyword, upper-case. */
  keyword: string;
  cached: boolean;
  reason?: CacheMissReason;
  /** The step's cache key. */
  cacheKey: string;
  /** For COPY/ADD: each copied context file and its content checksum (to explain a later miss). */
  sources?: Record<string, string>;
  /** Build args the step could see (`NAME=value`). */
  args?: string[];
  durationMs: number;
  /** Exit status of a failing RUN. */
  exitCode?: number;
}

/** One `docker build`. */
export interface BuildRecord {
  /** BuildKit's build ref (25 lower-case alphanumerics) or a classic builder's sequence id. */
  ref: string;
  builder: "buildkit" | "classic";
  startedAt: number;
  finishedAt: number;
  /** The context directory as given and the Dockerfile path inside it. */
  contextPath: string;
  dockerfilePath: string;
  /** Canonical tags given with -t. */
  tags: string[];
  target?: string;
  steps: BuildStepRecord[];
  /** The resulting image ID, if it succeeded. */
  imageId?: string;
  /** The final error line, if it failed. */
  error?: string;
}

/** A learner-facing sentence for a miss reason ("app.py changed"). */
export function formatMissReason(reason: CacheMissReason): string {
  switch (reason.kind) {
    case "first-build":
      return "not built before";
    case "no-cache":
      return "--no-cache was given";
    case "instruction-changed":
      return `the instruction changed (was: ${reason.previous})`;
    case "files-changed":
      return reason.paths.length === 1 ? `${reason.paths[0]} changed` : `${reason.paths.join(", ")} changed`;
    case "build-arg-changed":
      return `build arg ${reason.names.join(", ")} changed`;
    case "parent-changed":
      return "an earlier step was rebuilt";
    case "base-changed":
      return "the base image changed";
    case "not-cached":
      return "no cached result";
  }
}
