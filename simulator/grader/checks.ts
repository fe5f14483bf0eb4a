import type { EngineState } from "../engine/engine";

/**
 * The check vocabulary: predicates over an engine snapshot, declared as data
 * so a lesson can never run code. The lessons issue grows this list.
 */
export type Check =
  | {
      id: string;
      title: string;
      /** A container created from `image` has run (and, if given, exited with `exitCode`). */
      kind: "container-ran";
      image: string;
      exitCode?: number;
    }
  | {
      id: string;
      title: string;
      /** The image store holds `reference` (a `name[:tag]`). */
      kind: "image-present";
      reference: string;
    }
  | {
      id: string;
      title: string;
      /** A `docker build` that succeeded tagged `reference`. */
      kind: "image-built";
      reference: string;
    }
  | {
      id: string;
      title: string;
      /**
       * In the latest successful build tagged `reference`, the step whose
       * instruction starts with `instruction` came from the cache (`cached: true`)
       * or ran (`cached: false`).
       */
      kind: "build-step-cached";
      reference: string;
      instruction: string;
      cached: boolean;
    }
  | {
      id: string;
      title: string;
      /** A registry (Docker Hub or a private registry:2) holds `reference` after a push. */
      kind: "image-pushed";
      reference: string;
    };

/** One check's verdict, with a sentence about this learner's state. */
export interface CheckResult {
  id: string;
  title: string;
  passed: boolean;
  detail: string;
}

/** What the grader reads: engine state, the workspace files and the commands typed. World snapshots are these. */
export interface GradableSnapshot {
  engine: EngineState;
  workspace: Record<string, string>;
  history: string[];
}
