import type { GradeContext } from "../context";

/** A misconception the engine state reveals, with a hint addressed to the learner. */
export interface Diagnostic {
  /** The detector's id (`exited-at-once`…). */
  id: string;
  /** What it is about: a container name, a port, an image reference. */
  subject: string;
  message: string;
}

/** One detector: reads the state through the grading context and reports what it finds. */
export interface DiagnosticDetector {
  id: string;
  /** What it notices, for the authoring guide. */
  summary: string;
  detect(ctx: GradeContext): Diagnostic[];
}
