import { z } from "zod";

/** How hard an exercise is. */
export const LEVELS = ["beginner", "intermediate", "advanced"] as const;

/** What an exercise is: a guided lesson, a goal-only challenge, or a quiz. */
export const KINDS = ["lesson", "challenge", "quiz"] as const;

/**
 * The frontmatter of an exercise's content.mdx, validated when the exercise
 * is loaded (lessons:check, the index generator) and when a shared exercise
 * is opened.
 */
export const FRONTMATTER_SCHEMA = z.strictObject({
  title: z.string().min(3).max(80).describe("shown in lists and as the page title"),
  summary: z.string().min(10).max(240).describe("one or two sentences for the lesson list"),
  objectives: z.array(z.string().min(3)).min(1).max(8).describe("what the learner can do afterwards"),
  minutes: z.number().int().min(1).max(120).describe("estimated time"),
  level: z.enum(LEVELS),
  kind: z.enum(KINDS),
  prerequisites: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]).describe("slugs of exercises to do first"),
  golf: z
    .strictObject({
      commands: z.boolean().default(true).describe("score commands typed against the reference solution's count"),
      image: z.string().min(1).optional().describe("score this image's size against the reference solution's"),
    })
    .optional()
    .describe("challenges: what is compared with the reference solution"),
});

/** Parsed frontmatter. */
export type Frontmatter = z.output<typeof FRONTMATTER_SCHEMA>;

/** A track's track.yaml. */
export const TRACK_SCHEMA = z.strictObject({ title: z.string().min(1), summary: z.string().optional() });

/** Quiz answers a solution gives (solution/answers.yaml): question id → choice id. */
export const ANSWERS_SCHEMA = z.record(z.string().min(1), z.string().min(1));
