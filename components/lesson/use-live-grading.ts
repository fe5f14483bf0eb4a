"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Check, CheckResult, GradableSnapshot, World } from "@/simulator";
import { dispatchResults, loadProgress, saveProgress } from "../progress/progress";
import { dispatchQuizAnswer, parseQuizAnswers, quizStorageKey } from "./quiz-answers";

/** How long after the last command or file save the checks are re-graded (off the keystroke path). */
export const LIVE_GRADE_DELAY_MS = 400;

/**
 * Grades a lesson's checks live: shortly after each command, undo and file
 * save (`version` changes), and after each quiz answer, with the quiz answers
 * merged into the snapshot. Saves per-check results with the lesson's progress
 * (not counted as attempts). Also owns the workspace's quiz answers.
 */
export function useLiveGrading(scope: string, slug: string | undefined, checks: readonly Check[], world: World | null, version: number) {
  const [live, setLive] = useState<CheckResult[] | null>(null);
  const [quiz, setQuiz] = useState<Record<string, string>>(() => parseQuizAnswers(null));
  const quizRef = useRef(quiz);

  useEffect(() => {
    const saved = parseQuizAnswers(window.localStorage.getItem(quizStorageKey(scope)));
    quizRef.current = saved;
    setQuiz(saved);
  }, [scope]);

  /** The snapshot the grader reads: the world's, with this workspace's quiz answers. */
  const snapshotOf = useCallback((w: World): GradableSnapshot => ({ ...w.snapshot(), quiz: { ...quizRef.current } }), []);

  useEffect(() => {
    if (!world || checks.length === 0) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      void import("@/simulator").then((engine) => {
        if (cancelled) return;
        const graded = engine.gradeChecks(checks, snapshotOf(world));
        setLive(graded);
        if (slug) {
          const byId = Object.fromEntries(graded.map((r) => [r.id, r.passed]));
          saveProgress(window.localStorage, dispatchResults(loadProgress(window.localStorage), slug, byId, Date.now()));
        }
      });
    }, LIVE_GRADE_DELAY_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [world, version, quiz, checks, slug, snapshotOf]);

  const answerQuiz = useCallback(
    (question: string, choice: string) => {
      const next = dispatchQuizAnswer(quizRef.current, question, choice);
      quizRef.current = next;
      setQuiz(next);
      try {
        window.localStorage.setItem(quizStorageKey(scope), JSON.stringify(next));
      } catch {
        // Storage off or full: the answer still counts for this visit.
      }
    },
    [scope],
  );

  return { live, quiz, answerQuiz, snapshotOf };
}
