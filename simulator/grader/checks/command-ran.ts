import { z } from "zod";
import { parseWords } from "../../dockerfile/index";
import { definePredicate } from "../define";

/** The words of a typed line, quotes removed, split at `&&`, `||`, `;` and `|`. */
function splitCommands(line: string): string[][] {
  return line
    .split(/&&|\|\||;|\|/)
    .map((part) => {
      try {
        return parseWords(part.trim(), "\\");
      } catch {
        return part.trim().split(/\s+/);
      }
    })
    .filter((words) => words.length > 0 && words[0] !== "");
}

/** Group aliases docker accepts (`docker container logs` = `docker logs`). */
const ALIASES: Record<string, string> = { container: "", image: "", ps: "ps", ls: "ps" };

/** `docker container logs -f web` → `docker logs -f web`; `docker image ls` → `docker images` words kept otherwise. */
function canonical(words: string[]): string[] {
  if (words[0] === "docker" && words[1] !== undefined && ALIASES[words[1]] === "" && words[2] !== undefined) return ["docker", words[2], ...words.slice(3)];
  return words;
}

/**
 * The learner typed a command (the shell's history, not its output): the
 * first words match `command` (`docker logs`; `docker container logs` counts
 * too), and every `args` word appears after them.
 */
export const commandRan = definePredicate({
  kind: "command-ran",
  source: "history",
  summary: "The learner typed a command whose first words are `command` (group aliases count), with optional extra words.",
  params: {
    command: z.string().min(1).describe("leading words, e.g. `docker logs`"),
    args: z.array(z.string().min(1)).optional().describe("words that must also appear, e.g. `-f`"),
    min: z.number().int().min(1).default(1).describe("at least this many times"),
  },
  example: { command: "docker logs", args: ["-f"] },
  evaluate(check, ctx) {
    const wanted = check.command.trim().split(/\s+/);
    let count = 0;
    for (const line of ctx.snapshot.history) {
      for (const words of splitCommands(line)) {
        const w = canonical(words);
        if (!wanted.every((x, i) => w[i] === x)) continue;
        const rest = w.slice(wanted.length);
        if ((check.args ?? []).every((a) => rest.includes(a) || rest.some((r) => r.startsWith(`${a}=`)))) count += 1;
      }
    }
    const what = `\`${check.command}${check.args ? ` ${check.args.join(" ")}` : ""}\``;
    if (count >= check.min) return { passed: true, detail: `You ran ${what}${count > 1 ? ` ${count} times` : ""}.` };
    return { passed: false, detail: count === 0 ? `You have not run ${what} yet.` : `You ran ${what} ${count} time${count === 1 ? "" : "s"}; ${check.min} expected.` };
  },
});
