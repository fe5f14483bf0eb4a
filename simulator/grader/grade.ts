import { getOwn } from "../core/own";
import type { Check, CheckResult, GradableSnapshot, Predicate, Verdict } from "./checks";
import { GradeContext } from "./context";
import { PREDICATES_BY_KIND } from "./vocabulary";

/** Evaluates one predicate; combinators combine their parts' verdicts and sentences. */
export function evaluatePredicate(predicate: Predicate, ctx: GradeContext): Verdict {
  const of: unknown = predicate.of;
  const combinator = predicate.kind === "all" || predicate.kind === "any" || predicate.kind === "not";
  if (combinator && (predicate.kind === "not" ? typeof of !== "object" || of === null || Array.isArray(of) : !Array.isArray(of))) {
    return { passed: false, detail: `This check is malformed (${predicate.kind}): \`of\` must be ${predicate.kind === "not" ? "a predicate" : "a list of predicates"}.` };
  }
  switch (predicate.kind) {
    case "all": {
      const parts = (predicate.of as Predicate[]).map((p) => evaluatePredicate(p, ctx));
      const failed = parts.filter((p) => !p.passed);
      if (failed.length === 0) return { passed: true, detail: parts.map((p) => p.detail).join(" ") };
      return { passed: false, detail: failed.map((p) => p.detail).join(" ") };
    }
    case "any": {
      const parts = (predicate.of as Predicate[]).map((p) => evaluatePredicate(p, ctx));
      const hit = parts.find((p) => p.passed);
      if (hit) return hit;
      return { passed: false, detail: parts.map((p) => p.detail).join(" Or: ") };
    }
    case "not": {
      const inner = evaluatePredicate(predicate.of as Predicate, ctx);
      return { passed: !inner.passed, detail: inner.detail };
    }
    default: {
      const def = getOwn(PREDICATES_BY_KIND, predicate.kind);
      if (!def) return { passed: false, detail: `Unknown check kind "${predicate.kind}".` };
      try {
        return def.evaluate(predicate as Record<string, unknown>, ctx);
      } catch (error) {
        return { passed: false, detail: `This check could not be evaluated (${error instanceof Error ? error.message : String(error)}).` };
      }
    }
  }
}

/**
 * Grades checks against a snapshot. Pure: it reads engine state (a copy, for
 * the questions only a live engine answers), never terminal text, and gives
 * the same verdicts for the same snapshot.
 */
export function gradeChecks(checks: readonly Check[], snapshot: GradableSnapshot): CheckResult[] {
  const ctx = new GradeContext(snapshot);
  return checks.map((check) => {
    const { id, title, points, hints, failMessage, ...predicate } = check;
    const verdict = evaluatePredicate(predicate as Predicate, ctx);
    const maxPoints = points ?? 1;
    return {
      id,
      title,
      passed: verdict.passed,
      detail: !verdict.passed && failMessage ? `${failMessage} ${verdict.detail}` : verdict.detail,
      points: verdict.passed ? maxPoints : 0,
      maxPoints,
      hints: verdict.passed ? [] : (hints ?? []).slice(0, 3),
    };
  });
}

/** Points earned and available over a set of results. */
export function calculateScore(results: readonly CheckResult[]): { points: number; maxPoints: number } {
  return results.reduce((s, r) => ({ points: s.points + r.points, maxPoints: s.maxPoints + r.maxPoints }), { points: 0, maxPoints: 0 });
}
