"use client";

import { createContext, useContext } from "react";
import type { CheckResult } from "@/simulator";

/** What the lesson pane's live parts read from the workspace around them (LessonWorkspace provides it). */
export interface LessonRuntime {
  /** The latest grading (live: after each command and file save), or null before the first. */
  results: CheckResult[] | null;
  /** Times the learner pressed Check (a Solution opens after `after` of them). */
  attempts: number;
  /** Quiz answers given so far: question id → choice id (graded by quiz-answer checks). */
  quiz: Record<string, string>;
  /** Records a quiz answer where the grader reads it. */
  answerQuiz: (question: string, choice: string) => void;
}

const DEFAULT_RUNTIME: LessonRuntime = { results: null, attempts: 0, quiz: {}, answerQuiz: () => undefined };

/** The workspace's live lesson state; outside a workspace (a preview), nothing is graded. */
export const LessonRuntimeContext = createContext<LessonRuntime>(DEFAULT_RUNTIME);

/** The live lesson state of the surrounding workspace. */
export function useLessonRuntime(): LessonRuntime {
  return useContext(LessonRuntimeContext);
}
