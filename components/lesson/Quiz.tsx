"use client";

import { useId, useState } from "react";
import { useLessonRuntime } from "./lesson-runtime";

/** A choice, its text already rendered to inline HTML on the server. */
export interface QuizChoice {
  id: string;
  html: string;
}

/**
 * A multiple-choice question: radio buttons, Submit records the answer where
 * the grader reads it (the snapshot's `quiz`, graded by quiz-answer checks)
 * and says whether it was right when the lesson gave `answer`.
 */
export function Quiz({ id, questionHtml, choices, answer }: { id: string; questionHtml: string; choices: QuizChoice[]; answer?: string }) {
  const runtime = useLessonRuntime();
  const saved = Object.hasOwn(runtime.quiz, id) ? runtime.quiz[id] : undefined;
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [submitted, setSubmitted] = useState<string | undefined>(undefined);
  const name = useId();
  const choice = picked ?? saved;
  const given = submitted ?? saved;
  const feedback =
    given === undefined ? null : answer === undefined ? "Answer recorded." : given === answer ? "Right." : "Not quite: read the section again and try another answer.";
  return (
    <form
      data-testid="quiz"
      data-quiz={id}
      className="rounded-md border border-[var(--panel-border)] px-4 py-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice === undefined) return;
        setSubmitted(choice);
        runtime.answerQuiz(id, choice);
      }}
    >
      <fieldset>
        <legend className="text-sm font-medium text-zinc-100" dangerouslySetInnerHTML={{ __html: questionHtml }} />
        <div className="mt-2 space-y-1">
          {choices.map((c) => (
            <label key={c.id} className="flex cursor-pointer items-baseline gap-2 text-sm text-zinc-300">
              <input type="radio" name={name} value={c.id} checked={choice === c.id} onChange={() => setPicked(c.id)} />
              <span dangerouslySetInnerHTML={{ __html: c.html }} />
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-2 flex items-center gap-3">
        <button
          type="submit"
          disabled={choice === undefined}
          className="rounded bg-sky-400 px-3 py-1 text-xs font-semibold text-zinc-950 hover:bg-sky-300 focus-visible:ring-2 focus-visible:ring-sky-200 focus-visible:outline-none disabled:opacity-50"
        >
          Submit
        </button>
        {feedback ? (
          <p role="status" data-testid="quiz-feedback" data-correct={answer !== undefined && given === answer ? "true" : "false"} className={`text-xs ${answer !== undefined && given === answer ? "text-emerald-300" : "text-amber-200"}`}>
            {feedback}
          </p>
        ) : null}
      </div>
    </form>
  );
}
