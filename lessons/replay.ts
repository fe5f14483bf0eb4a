import { createMemoryFs, createWorld, gradeChecks, type CheckResult, type World } from "@/simulator";
import type { ExerciseData } from "./types";

/** A command that failed while replaying setup or a solution. */
export interface ReplayFailure {
  line: string;
  exitCode: number;
  output: string;
}

/** The world a learner starts in: the starting files, then setup.sh replayed. */
export function createStartWorld(exercise: Pick<ExerciseData, "files" | "setup">): { world: World; failures: ReplayFailure[] } {
  const world = createWorld({ workspace: createMemoryFs(exercise.files) });
  const failures = replay(world, exercise.setup);
  return { world, failures };
}

/** Runs lines at the host shell, collecting those that exit non-zero (a solution may expect some: prefix them with `! `). */
export function replay(world: World, lines: readonly string[]): ReplayFailure[] {
  const failures: ReplayFailure[] = [];
  for (const raw of lines) {
    const expectFailure = raw.startsWith("! ");
    const line = expectFailure ? raw.slice(2) : raw;
    const result = world.run(line);
    if ((result.exitCode !== 0) !== expectFailure) {
      failures.push({ line: raw, exitCode: result.exitCode, output: `${result.stdout}${result.stderr}`.trim().split("\n").slice(-3).join("\n") });
    }
  }
  return failures;
}

/** Writes the solution files over the workspace and replays solution.sh. */
export function applySolution(world: World, exercise: Pick<ExerciseData, "solutionFiles" | "solution">): ReplayFailure[] {
  for (const [path, content] of Object.entries(exercise.solutionFiles)) {
    const dir = path.slice(0, path.lastIndexOf("/"));
    if (dir !== "") world.workspace.mkdir(dir, { recursive: true });
    world.workspace.writeFile(path, content);
  }
  return replay(world, exercise.solution);
}

/** Grades an exercise's checks on a world (with quiz answers, if given). */
export function gradeWorld(exercise: Pick<ExerciseData, "checks">, world: World, answers: Record<string, string> = {}): CheckResult[] {
  return gradeChecks(exercise.checks, { ...world.snapshot(), quiz: answers });
}
