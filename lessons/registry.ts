import { lesson as firstContainer } from "./01-docker-basics/01-first-container/lesson";
import type { LessonData } from "./types";

/** Every lesson, in curriculum order, with its track and its folder (for content.md). */
export const LESSONS: { track: string; dir: string; data: LessonData }[] = [
  { track: "Docker basics", dir: "01-docker-basics/01-first-container", data: firstContainer },
];
