/**
 * What `npm run lesson:new <track> <name>` writes: a complete exercise that
 * already passes lessons:check (its start fails the one check, its solution
 * passes it), for the author to rewrite.
 */

/** Names are kebab-case words: they become URL slugs. */
export const NAME_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The folder name for the next exercise or track: the next two-digit number, then the name. */
export function calculateNextFolder(existing: readonly string[], name: string): string {
  const numbers = existing.map((d) => Number(/^(\d{2})-/.exec(d)?.[1] ?? 0));
  const next = Math.max(0, ...numbers) + 1;
  return `${String(next).padStart(2, "0")}-${name}`;
}

/** The track folder a user's word names: an existing `NN-word` folder, or undefined. */
export function findTrack(existing: readonly string[], track: string): string | undefined {
  return existing.find((d) => d === track || d.replace(/^\d{2}-/, "") === track);
}

/** `my-new-lesson` → `My new lesson`. */
function titleOf(name: string): string {
  const words = name.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The files of a new exercise, by path inside its folder. */
export function createScaffold(name: string, kind: "lesson" | "challenge" | "quiz" = "lesson"): Record<string, string> {
  const title = titleOf(name);
  return {
    "content.mdx": [
      "---",
      `title: ${title}`,
      "summary: One or two sentences that tell a learner what they will do and why it matters.",
      "objectives:",
      "  - Something the learner can do after this exercise",
      "minutes: 10",
      "level: beginner",
      `kind: ${kind}`,
      "prerequisites: []",
      ...(kind === "challenge" ? ["golf:", "  commands: true"] : []),
      "---",
      "",
      `# ${title}`,
      "",
      "Explain the idea in your own words, then give the learner something to type:",
      "",
      "```console",
      "docker run hello-world",
      "```",
      "",
      "Every command in a console block must be one the simulated terminal knows, and every",
      "dockerfile block must parse: `npm run lessons:check` verifies both.",
      "",
    ].join("\n"),
    "checks.yaml": [
      "# Checks from the vocabulary in lessons/CHECKS.md. The starting state must fail at least one;",
      "# the reference solution (solution/) must pass them all.",
      "- id: hello-ran",
      "  title: A container ran from hello-world and exited cleanly",
      "  kind: container-ran",
      "  image: hello-world",
      "  exitCode: 0",
      "  hints:",
      "    - Type `docker run hello-world` in the terminal.",
      "",
    ].join("\n"),
    "solution/solution.sh": ["# The commands a learner would type, one per line (solution files are written first).", "docker run hello-world", ""].join("\n"),
    "files/README.md": `Starting workspace for "${title}". Files here are what the learner sees first; delete this one if the exercise needs none.\n`,
  };
}
