import type { LessonData } from "../../types";

/** Lesson 1: run hello-world, then look at what that left behind. */
export const lesson: LessonData = {
  slug: "first-container",
  title: "Run your first container",
  summary: "Start a container from the hello-world image and see the container and image it leaves behind.",
  minutes: 5,
  files: {},
  checks: [
    {
      id: "hello-ran",
      title: "A container ran from hello-world and exited cleanly",
      kind: "container-ran",
      image: "hello-world",
      exitCode: 0,
    },
    {
      id: "hello-image",
      title: "The hello-world image is stored locally",
      kind: "image-present",
      reference: "hello-world:latest",
    },
  ],
  solution: ["docker run hello-world", "docker ps -a", "docker images"],
};
