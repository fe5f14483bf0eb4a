"use client";

import { useLessonRuntime } from "./lesson-runtime";

/** A task and the check that ticks it; `html` is the task text rendered inline on the server. */
export interface TaskItem {
  check: string;
  html: string;
}

/** A task list whose boxes tick themselves as the bound checks pass (live grading, no Check press needed). */
export function TaskList({ items }: { items: TaskItem[] }) {
  const { results } = useLessonRuntime();
  return (
    <ul data-testid="task-list" className="!list-none !pl-0">
      {items.map((item) => {
        const result = results?.find((r) => r.id === item.check);
        const done = result?.passed === true;
        return (
          <li key={item.check} data-testid="task" data-check={item.check} data-done={done ? "true" : "false"} className="flex items-baseline gap-2">
            <span
              role="img"
              aria-label={done ? "Done" : "Not done yet"}
              className={`inline-block h-3.5 w-3.5 shrink-0 translate-y-0.5 rounded-sm border text-center text-[10px] leading-3 ${done ? "border-emerald-400 bg-emerald-400/20 text-emerald-300" : "border-zinc-500"}`}
            >
              {done ? "✓" : ""}
            </span>
            <span className={done ? "text-zinc-400" : undefined} dangerouslySetInnerHTML={{ __html: item.html }} />
          </li>
        );
      })}
    </ul>
  );
}
