import * as fs from "node:fs";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { CHECKS_SCHEMA } from "@/simulator";
import { ANSWERS_SCHEMA, FRONTMATTER_SCHEMA, TRACK_SCHEMA } from "./schema";
import type { ExerciseData } from "./types";

/**
 * Reads exercises from lessons/<NN-track>/<NN-slug>/ folders (Node only: the
 * index generator, lessons:check and tests; the site reads the generated index).
 */

/** Where the exercises live. */
export const LESSONS_ROOT = path.join(process.cwd(), "lessons");

/** A folder that failed to load, with every problem found. */
export interface ExerciseLoadError {
  dir: string;
  errors: string[];
}

const NUMBERED = /^\d{2}-[a-z0-9-]+$/;

function listNumbered(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && NUMBERED.test(d.name))
    .map((d) => d.name)
    .sort();
}

/** Every file under `dir` as `/relative/path` → content (sorted, so the index is stable). */
export function readTree(dir: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    const rel = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) Object.assign(out, readTree(full, rel));
    else if (entry.isFile()) out[rel] = fs.readFileSync(full, "utf8");
  }
  return out;
}

/** The commands of a script file: one per line, blank lines and `#` comments dropped. */
export function readCommands(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

/** Splits `---\nYAML\n---\nbody` into its frontmatter data and body. */
export function splitFrontmatter(text: string): { data: unknown; body: string } | { error: string } {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) return { error: "content.mdx must start with a --- frontmatter block ---" };
  try {
    return { data: parseYaml(m[1] ?? ""), body: (m[2] ?? "").replace(/^\n+/, "") };
  } catch (error) {
    return { error: `frontmatter is not YAML: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function issues(prefix: string, error: z.ZodError): string[] {
  return error.issues.map((i) => `${prefix}${i.path.length > 0 ? ` at ${i.path.join(".")}` : ""}: ${i.message}`);
}

/** A track folder's title: track.yaml `title`, or the folder name in words. */
function readTrackTitle(dir: string, name: string): string {
  const file = path.join(dir, "track.yaml");
  if (fs.existsSync(file)) {
    const parsed = TRACK_SCHEMA.safeParse(parseYaml(fs.readFileSync(file, "utf8")));
    if (parsed.success) return parsed.data.title;
  }
  const words = name.replace(/^\d{2}-/, "").replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Loads one exercise folder, validating everything. */
export function loadExercise(root: string, trackDir: string, exerciseDir: string, track: string): ExerciseData | ExerciseLoadError {
  const dir = `${trackDir}/${exerciseDir}`;
  const full = path.join(root, trackDir, exerciseDir);
  const errors: string[] = [];
  const contentFile = path.join(full, "content.mdx");
  let frontmatter: ExerciseData["frontmatter"] | undefined;
  let markdown = "";
  if (!fs.existsSync(contentFile)) errors.push("content.mdx is missing");
  else {
    const split = splitFrontmatter(fs.readFileSync(contentFile, "utf8"));
    if ("error" in split) errors.push(split.error);
    else {
      markdown = split.body;
      const parsed = FRONTMATTER_SCHEMA.safeParse(split.data);
      if (parsed.success) frontmatter = parsed.data;
      else errors.push(...issues("frontmatter", parsed.error));
    }
  }
  let checks: ExerciseData["checks"] = [];
  const checksFile = path.join(full, "checks.yaml");
  if (!fs.existsSync(checksFile)) errors.push("checks.yaml is missing");
  else {
    try {
      const parsed = CHECKS_SCHEMA.safeParse(parseYaml(fs.readFileSync(checksFile, "utf8")));
      if (parsed.success) checks = parsed.data;
      else errors.push(...issues("checks.yaml", parsed.error));
    } catch (error) {
      errors.push(`checks.yaml is not YAML: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (checks.length === 0 && errors.length === 0) errors.push("checks.yaml has no checks");
  const solutionDir = path.join(full, "solution");
  const solution = readCommands(path.join(solutionDir, "solution.sh"));
  if (!fs.existsSync(path.join(solutionDir, "solution.sh"))) errors.push("solution/solution.sh is missing");
  const solutionFiles = readTree(solutionDir);
  delete solutionFiles["/solution.sh"];
  let answers: Record<string, string> = {};
  const answersText = solutionFiles["/answers.yaml"];
  if (answersText !== undefined) {
    delete solutionFiles["/answers.yaml"];
    const parsed = ANSWERS_SCHEMA.safeParse(parseYaml(answersText));
    if (parsed.success) answers = parsed.data;
    else errors.push(...issues("solution/answers.yaml", parsed.error));
  }
  if (errors.length > 0 || !frontmatter) return { dir, errors };
  return {
    slug: exerciseDir.replace(/^\d{2}-/, ""),
    dir,
    track,
    frontmatter,
    markdown,
    files: readTree(path.join(full, "files")),
    setup: readCommands(path.join(full, "setup.sh")),
    checks,
    solutionFiles,
    solution,
    answers,
  };
}

/** Every exercise under `root`, in order, with the folders that failed to load. */
export function loadExercises(root = LESSONS_ROOT): { exercises: ExerciseData[]; failures: ExerciseLoadError[] } {
  const exercises: ExerciseData[] = [];
  const failures: ExerciseLoadError[] = [];
  for (const trackDir of listNumbered(root)) {
    const track = readTrackTitle(path.join(root, trackDir), trackDir);
    for (const exerciseDir of listNumbered(path.join(root, trackDir))) {
      const loaded = loadExercise(root, trackDir, exerciseDir, track);
      if ("errors" in loaded) failures.push(loaded);
      else exercises.push(loaded);
    }
  }
  const slugs = new Map<string, string>();
  for (const e of exercises) {
    const other = slugs.get(e.slug);
    if (other) failures.push({ dir: e.dir, errors: [`slug "${e.slug}" is also used by ${other}`] });
    slugs.set(e.slug, e.dir);
  }
  for (const e of exercises) {
    for (const p of e.frontmatter.prerequisites) if (!slugs.has(p)) failures.push({ dir: e.dir, errors: [`prerequisite "${p}" is not an exercise`] });
  }
  return { exercises, failures };
}
