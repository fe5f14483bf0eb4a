import type { GradableSnapshot } from "../checks";
import { GradeContext } from "../context";
import { boundToLoopback } from "./bound-to-loopback";
import { exitedAtOnce } from "./exited-at-once";
import { portConflict } from "./port-conflict";
import { pulledUnpushed } from "./pulled-unpushed";
import type { Diagnostic, DiagnosticDetector } from "./types";

export type { Diagnostic, DiagnosticDetector } from "./types";

/** The misconception detectors, in the order their hints are shown. */
export const DIAGNOSTICS: readonly DiagnosticDetector[] = [exitedAtOnce, portConflict, boundToLoopback, pulledUnpushed];

/**
 * Hints that fire on what the engine state reveals, whatever the exercise:
 * a container that exited at once, a port already allocated, an app bound to
 * 127.0.0.1, a pull of an image never pushed. Pure, like the grader.
 */
export function calculateDiagnostics(snapshot: GradableSnapshot): Diagnostic[] {
  const ctx = new GradeContext(snapshot);
  return DIAGNOSTICS.flatMap((d) => {
    try {
      return d.detect(ctx);
    } catch {
      return [];
    }
  });
}
