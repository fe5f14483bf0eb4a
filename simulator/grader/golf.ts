import type { GradableSnapshot } from "./checks";
import { GradeContext } from "./context";

/** What a challenge's reference solution measured (lessons:check records it). */
export interface GolfTarget {
  commands: number;
  image?: { reference: string; size: number };
}

/** The learner's golf figures against the reference: lower is better, 1.0 means par. */
export interface GolfResult {
  commands: { used: number; reference: number; ratio: number };
  image?: { reference: string; size: number | null; referenceSize: number; ratio: number | null };
  /** A sentence for the results pane. */
  summary: string;
}

/**
 * Golf scoring for challenges (Learn Git Branching's "you solved it in N
 * commands, the best is M"): commands typed at the shell against the
 * reference solution's count, and the named image's size against the
 * reference's. Pure, like the grader.
 */
export function calculateGolf(snapshot: GradableSnapshot, target: GolfTarget): GolfResult {
  const used = snapshot.history.filter((l) => l.trim() !== "" && !l.trim().startsWith("#")).length;
  const commands = { used, reference: target.commands, ratio: target.commands > 0 ? used / target.commands : 1 };
  const parts = [`${used} command${used === 1 ? "" : "s"} (reference: ${target.commands})`];
  let image: GolfResult["image"];
  if (target.image) {
    const record = new GradeContext(snapshot).findImage(target.image.reference);
    const size = record ? record.size : null;
    image = { reference: target.image.reference, size, referenceSize: target.image.size, ratio: size === null ? null : size / target.image.size };
    const mb = (n: number): string => `${(n / 1e6).toFixed(1)}MB`;
    parts.push(size === null ? `no ${target.image.reference} image yet (reference: ${mb(target.image.size)})` : `${target.image.reference} is ${mb(size)} (reference: ${mb(target.image.size)})`);
  }
  return { commands, ...(image ? { image } : {}), summary: parts.join("; ") };
}
