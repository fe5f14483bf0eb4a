import { z } from "zod";
import { definePredicate } from "../define";
import { getOwn } from "../../core/own";

/** A quiz question was answered with the expected choice (the lesson page records answers in the snapshot's `quiz`). */
export const quizAnswer = definePredicate({
  kind: "quiz-answer",
  source: "quiz",
  summary: "A quiz question was answered with the expected choice.",
  params: { question: z.string().min(1).describe("question id"), answer: z.string().min(1).describe("the right choice's id") },
  example: { question: "isolation", answer: "namespaces" },
  evaluate(check, ctx) {
    const given = getOwn(ctx.snapshot.quiz ?? {}, check.question);
    if (given === undefined) return { passed: false, detail: `Question ${check.question} is not answered yet.` };
    if (given === check.answer) return { passed: true, detail: `Question ${check.question}: right.` };
    return { passed: false, detail: `Question ${check.question}: "${given}" is not right; read the section again.` };
  },
});
