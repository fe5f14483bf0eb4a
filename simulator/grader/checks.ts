import type { EngineState } from "../engine/engine";
import type { ClusterState } from "../k8s/store/store";

/**
 * The grader's data model. A check is plain data from a fixed vocabulary
 * (grader/vocabulary.ts), so a shared exercise can never run code: a leaf
 * predicate (`kind` plus its parameters, one file per kind under
 * grader/checks/) or a combinator (`all`, `any`, `not`) over predicates.
 */

/** A leaf predicate as data: its kind and parameters (validated by the kind's zod schema before it is evaluated). */
export interface LeafPredicate {
  kind: string;
  [param: string]: unknown;
}

/** Every predicate of `of` holds. */
export interface AllPredicate {
  kind: "all";
  of: Predicate[];
}

/** At least one predicate of `of` holds. */
export interface AnyPredicate {
  kind: "any";
  of: Predicate[];
}

/** The predicate `of` does not hold. */
export interface NotPredicate {
  kind: "not";
  of: Predicate;
}

/** A predicate: a leaf from the vocabulary, or a combinator over predicates. */
export type Predicate = LeafPredicate | AllPredicate | AnyPredicate | NotPredicate;

/**
 * One check of an exercise: a predicate with a title the learner reads,
 * points for partial credit (1 by default), up to three progressive hints
 * and, optionally, a message to show instead of the computed one when it fails.
 */
export type Check = Predicate & {
  id: string;
  title: string;
  points?: number;
  hints?: string[];
  /** Shown when the check fails, before the computed detail (e.g. what the exercise wants). */
  failMessage?: string;
};

/** What a predicate says about a snapshot: whether it holds, and a sentence computed from the learner's state. */
export interface Verdict {
  passed: boolean;
  detail: string;
}

/** One check's verdict, with a sentence about this learner's state. */
export interface CheckResult {
  id: string;
  title: string;
  passed: boolean;
  detail: string;
  /** Points earned (all or nothing per check) and available. */
  points: number;
  maxPoints: number;
  /** The check's hints, in the order to reveal them (empty when it passed). */
  hints: string[];
}

/** What the grader reads: engine state, the workspace files and the commands typed. World snapshots are these. */
export interface GradableSnapshot {
  engine: EngineState;
  /** Workspace path (absolute, `/app.py`) → content. */
  workspace: Record<string, string>;
  /** Every line typed at the host shell, oldest first. */
  history: string[];
  /** The virtual clock (world snapshots carry it; HTTP checks settle the engine at this time). */
  clockMs?: number;
  /** The ID generator's state (world snapshots carry it). */
  ids?: [number, number, number, number];
  /** Quiz answers: question id → the answer id the learner chose (filled by the lesson page). */
  quiz?: Record<string, string>;
  /** The Kubernetes API store as kubectl last settled it (world snapshots carry it once kubectl was used). */
  cluster?: { store: ClusterState };
}
