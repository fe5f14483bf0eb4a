import { z } from "zod";
import type { Verdict } from "./checks";
import type { GradeContext } from "./context";

/** A predicate's category, for the vocabulary reference (lessons/CHECKS.md). */
export type PredicateSource =
  | "workspace"
  | "dockerfile"
  | "build"
  | "image"
  | "container"
  | "registry"
  | "volume"
  | "network"
  | "http"
  | "kubernetes"
  | "compose"
  | "history"
  | "quiz";

/** One entry of the check vocabulary: its kind, documentation, parameter schema and evaluator. */
export interface PredicateDefinition {
  kind: string;
  source: PredicateSource;
  /** One sentence for the vocabulary reference. */
  summary: string;
  /** An example as YAML-ready data (without `kind`). */
  example: Record<string, unknown>;
  /** The whole leaf's schema, `kind` included (strict: unknown parameters are errors). */
  schema: z.ZodType<Record<string, unknown>>;
  /** Evaluates data already accepted by `schema`; invalid data gives a failing verdict, never a throw. */
  evaluate(check: Record<string, unknown>, ctx: GradeContext): Verdict;
}

/**
 * Declares a predicate: the parameters' zod shape types the evaluator, and the
 * evaluator only ever sees data the schema accepted.
 */
export function definePredicate<K extends string, S extends z.ZodRawShape>(def: {
  kind: K;
  source: PredicateSource;
  summary: string;
  params: S;
  example: Omit<z.input<z.ZodObject<S>>, "kind">;
  evaluate(check: z.output<z.ZodObject<S>>, ctx: GradeContext): Verdict;
}): PredicateDefinition {
  const schema = z.strictObject({ kind: z.literal(def.kind), ...def.params });
  const params = z.strictObject(def.params);
  return {
    kind: def.kind,
    source: def.source,
    summary: def.summary,
    example: def.example as Record<string, unknown>,
    schema: schema as unknown as z.ZodType<Record<string, unknown>>,
    evaluate(check, ctx) {
      const { kind: _kind, ...rest } = check;
      const parsed = params.safeParse(rest);
      if (!parsed.success) return { passed: false, detail: `This check is malformed (${def.kind}): ${z.prettifyError(parsed.error)}` };
      return def.evaluate(parsed.data, ctx);
    },
  };
}
