import { parseDockerfile, type CheckResult } from "@/simulator";
import { applySolution, createStartWorld, gradeWorld } from "./replay";
import type { ExerciseData, GolfReference } from "./types";
import { flattenBlocks, listRunnableCommands, parseLessonMarkup } from "@/components/lesson/parse-lesson-markup";

/** What lessons:check found for one exercise. */
export interface ExerciseReport {
  dir: string;
  slug: string;
  kind: string;
  checks: number;
  /** Checks passing at the start (must be fewer than all). */
  startPassed: number;
  /** Checks passing after the reference solution (must be all). */
  solvedPassed: number;
  dockerfileBlocks: number;
  consoleCommands: number;
  golf?: GolfReference;
  problems: string[];
}

/** Stderr that means the terminal did not know a command or flag (host shell, docker CLI). */
const UNKNOWN = /command not found|is not a docker command|unknown flag|unknown shorthand flag|unknown command/;

/** The bodies of fenced blocks with a given info string. */
export function extractBlocks(markdown: string, lang: string): string[] {
  const re = new RegExp("^```" + lang + "[^\\n]*\\n([\\s\\S]*?)^```", "gm");
  return [...markdown.matchAll(re)].map((m) => m[1] ?? "");
}

/** The commands of a ```console block: one per line, an optional `$ ` prompt removed, comments skipped. */
export function extractConsoleCommands(markdown: string): string[] {
  return extractBlocks(markdown, "console")
    .flatMap((b) => b.split("\n"))
    .map((l) => l.replace(/^\$\s+/, "").trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

/**
 * What is wrong with an exercise's lesson components (components/lesson/parse-lesson-markup.ts):
 * malformed markup, task lists bound to check ids that checks.yaml does not have, and quizzes
 * that disagree with the quiz-answer checks grading them.
 */
export function calculateMarkupProblems(exercise: Pick<ExerciseData, "markdown" | "checks">): string[] {
  const { blocks, problems } = parseLessonMarkup(exercise.markdown);
  const out = problems.map((p) => `content.mdx: ${p}`);
  const ids = new Set(exercise.checks.map((c) => c.id));
  const all = flattenBlocks(blocks);
  for (const block of all) {
    if (block.kind === "tasks") for (const item of block.items) if (!ids.has(item.check)) out.push(`content.mdx: task "${item.text}" is bound to {check=${item.check}}, which checks.yaml does not define`);
  }
  const quizzes = new Map(all.flatMap((b) => (b.kind === "quiz" ? [[b.id, b] as const] : [])));
  for (const check of exercise.checks) {
    const c = check as { kind?: unknown; question?: unknown; answer?: unknown };
    if (c.kind !== "quiz-answer" || typeof c.question !== "string") continue;
    const quiz = quizzes.get(c.question);
    if (!quiz) out.push(`checks.yaml: ${check.id} grades question ${c.question}, but content.mdx has no <Quiz id="${c.question}">`);
    else if (!quiz.options.some((o) => o.id === c.answer)) out.push(`checks.yaml: ${check.id} expects answer ${String(c.answer)}, which <Quiz id="${c.question}"> does not offer`);
    else if (quiz.answer !== undefined && quiz.answer !== c.answer) out.push(`content.mdx: <Quiz id="${c.question}" answer="${quiz.answer}"> disagrees with ${check.id} (answer ${String(c.answer)})`);
  }
  return out;
}

function failing(results: CheckResult[]): string {
  return results
    .filter((r) => !r.passed)
    .map((r) => `${r.id}: ${r.detail}`)
    .join("\n      ");
}

/**
 * Verifies one exercise the way lessons:check does: the starting state (files
 * plus setup.sh) fails at least one check; the reference solution passes all
 * of them; every ```dockerfile block parses; every ```console command is one
 * the terminal knows. Measures the golf references on the way.
 */
export function verifyExercise(exercise: ExerciseData): ExerciseReport {
  const problems: string[] = [];
  const { world, failures: setupFailures } = createStartWorld(exercise);
  for (const f of setupFailures) problems.push(`setup: \`${f.line}\` exited ${f.exitCode}: ${f.output}`);
  const start = gradeWorld(exercise, world);
  const startPassed = start.filter((r) => r.passed).length;
  if (startPassed === start.length) problems.push("the starting state already passes every check");

  const solutionFailures = applySolution(world, exercise);
  for (const f of solutionFailures) problems.push(`solution: \`${f.line}\` exited ${f.exitCode}: ${f.output}`);
  const solved = gradeWorld(exercise, world, exercise.answers);
  const solvedPassed = solved.filter((r) => r.passed).length;
  if (solvedPassed < solved.length) problems.push(`the solution fails:\n      ${failing(solved)}`);

  let golf: GolfReference | undefined;
  if (exercise.frontmatter.golf) {
    golf = { commands: exercise.solution.length };
    const image = exercise.frontmatter.golf.image;
    if (image !== undefined) {
      const ref = world.engine.parseReference(image);
      const record = ref.ok ? world.engine.findImage(image, ref.value) : undefined;
      if (record) golf.image = { reference: image, size: record.size };
      else problems.push(`golf: the solution leaves no image ${image}`);
    }
  }

  if (!exercise.markdown.startsWith(`# ${exercise.frontmatter.title}\n`)) problems.push(`content.mdx: the text must start with the heading \`# ${exercise.frontmatter.title}\``);
  const dockerfiles = extractBlocks(exercise.markdown, "dockerfile");
  dockerfiles.forEach((text, i) => {
    try {
      parseDockerfile(text);
    } catch (error) {
      problems.push(`dockerfile block ${i + 1} does not parse: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  problems.push(...calculateMarkupProblems(exercise));
  // Every command a Run button or a ```console line would type (hints and solutions included).
  const commands = listRunnableCommands(parseLessonMarkup(exercise.markdown).blocks);
  for (const line of commands) {
    const result = world.run(line);
    if (UNKNOWN.test(result.stderr)) problems.push(`console/Run: \`${line}\`: ${result.stderr.trim().split("\n")[0]}`);
  }
  return {
    dir: exercise.dir,
    slug: exercise.slug,
    kind: exercise.frontmatter.kind,
    checks: exercise.checks.length,
    startPassed,
    solvedPassed,
    dockerfileBlocks: dockerfiles.length,
    consoleCommands: commands.length,
    ...(golf ? { golf } : {}),
    problems,
  };
}

/** The table lessons:check prints: one row per exercise. */
export function formatReportTable(reports: readonly ExerciseReport[]): string {
  const header = ["exercise", "kind", "checks", "start", "solved", "dockerfile", "console", "golf", "result"];
  const rows = reports.map((r) => [
    r.dir,
    r.kind,
    String(r.checks),
    `${r.startPassed}/${r.checks}`,
    `${r.solvedPassed}/${r.checks}`,
    String(r.dockerfileBlocks),
    String(r.consoleCommands),
    r.golf ? `${r.golf.commands} cmds${r.golf.image ? `, ${(r.golf.image.size / 1e6).toFixed(1)}MB` : ""}` : "",
    r.problems.length === 0 ? "ok" : `FAIL (${r.problems.length})`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}
