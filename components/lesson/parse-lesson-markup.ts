/**
 * The lesson pane's markup: Markdown plus a few MDX-style components, each on
 * lines of its own (lessons/README.md, "Components"):
 *
 *   <Run>docker ps -a</Run>                      a button that runs the command in the terminal
 *   <Hint>…</Hint>, <Hint title="…">…</Hint>     a disclosure widget
 *   <Solution after="2">…</Solution>             revealed after N Check presses, or on demand
 *   <Quiz id="q1" answer="b"> question… <Option id="a">…</Option> … </Quiz>
 *   - [ ] Run hello-world {check=ran-hello}      a task bound to a check id, ticked live
 *
 * ```console blocks become one Run button per command. Pure: text in, blocks
 * out, problems listed instead of thrown, so lessons:check and the page agree.
 */

/** One line of a ```console block: its text and, unless it is a comment, the command it runs. */
export interface ConsoleLine {
  text: string;
  command?: string;
}

/** A quiz choice. */
export interface QuizOption {
  id: string;
  text: string;
}

/** A piece of the lesson pane. */
export type LessonBlock =
  | { kind: "markdown"; text: string }
  | { kind: "console"; lines: ConsoleLine[] }
  | { kind: "run"; command: string }
  | { kind: "hint"; title: string; blocks: LessonBlock[] }
  | { kind: "solution"; after: number; blocks: LessonBlock[] }
  | { kind: "quiz"; id: string; answer?: string; question: string; options: QuizOption[] }
  | { kind: "tasks"; items: { check: string; text: string; done: boolean }[] };

/** The parsed pane and what is wrong with its markup (line numbers are 1-based). */
export interface LessonMarkup {
  blocks: LessonBlock[];
  problems: string[];
}

/** The Solution's default: revealed after this many Check presses. */
export const SOLUTION_AFTER_DEFAULT = 2;

const RUN = /^<Run>(.*)<\/Run>$/;
const TASK = /^- \[( |x|X)\] (.*?)\s*\{check=([^}\s]*)\}$/;
const OPTION = /^<Option((?:\s+[A-Za-z]+="[^"]*")*)\s*>(.*)<\/Option>$/;
const OPEN = /^<(Hint|Solution|Quiz)((?:\s+[A-Za-z]+="[^"]*")*)\s*>$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;
const FENCE = /^```/;

/** `a="1" b="2"` → {a: "1", b: "2"} (no prototype keys: a null-prototype record). */
function parseAttributes(text: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const m of text.matchAll(/([A-Za-z]+)="([^"]*)"/g)) out[m[1] ?? ""] = m[2] ?? "";
  return out;
}

function checkAttributes(tag: string, attrs: Record<string, string>, allowed: readonly string[], where: string, problems: string[]): void {
  for (const key of Object.keys(attrs)) if (!allowed.includes(key)) problems.push(`${where}: <${tag}> has no attribute ${key}`);
}

/** The command of one console line: a leading `$ ` dropped; none for blank and `#` comment lines (as lessons:check reads them). */
export function parseConsoleLine(text: string): ConsoleLine {
  const command = text.replace(/^\$\s+/, "").trim();
  return command === "" || command.startsWith("#") ? { text } : { text, command };
}

/** Parses lesson markup into blocks; never throws. */
export function parseLessonMarkup(text: string): LessonMarkup {
  const problems: string[] = [];
  const blocks = parseLines(text.split("\n"), 0, problems, 0);
  return { blocks, problems };
}

function parseLines(lines: readonly string[], offset: number, problems: string[], depth: number): LessonBlock[] {
  const blocks: LessonBlock[] = [];
  let markdown: string[] = [];
  const flush = () => {
    const joined = markdown.join("\n");
    if (joined.trim() !== "") blocks.push({ kind: "markdown", text: joined });
    markdown = [];
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    const where = `line ${offset + i + 1}`;
    const trimmed = line.trim();
    if (FENCE.test(line)) {
      let end = i + 1;
      while (end < lines.length && !FENCE.test(lines[end] ?? "")) end++;
      if (end >= lines.length) problems.push(`${where}: a \`\`\` block is never closed`);
      const info = line.slice(3).trim().split(/\s+/)[0] ?? "";
      if (info === "console" && end < lines.length) {
        flush();
        blocks.push({ kind: "console", lines: lines.slice(i + 1, end).map(parseConsoleLine) });
      } else markdown.push(...lines.slice(i, end + 1));
      i = end + 1;
      continue;
    }
    const run = RUN.exec(trimmed);
    if (run) {
      flush();
      const command = (run[1] ?? "").trim();
      if (command === "" || command.includes("<")) problems.push(`${where}: <Run> needs one command as its text`);
      else blocks.push({ kind: "run", command });
      i++;
      continue;
    }
    if (TASK.test(trimmed)) {
      flush();
      const items: { check: string; text: string; done: boolean }[] = [];
      while (i < lines.length) {
        const m = TASK.exec((lines[i] ?? "").trim());
        if (!m) break;
        const check = m[3] ?? "";
        if (!ID.test(check)) problems.push(`line ${offset + i + 1}: {check=${check}} is not a check id`);
        items.push({ check, text: m[2] ?? "", done: m[1] !== " " });
        i++;
      }
      blocks.push({ kind: "tasks", items });
      continue;
    }
    const open = OPEN.exec(trimmed);
    if (open) {
      const tag = open[1] ?? "";
      const attrs = parseAttributes(open[2] ?? "");
      let end = i + 1;
      while (end < lines.length && (lines[end] ?? "").trim() !== `</${tag}>`) end++;
      if (end >= lines.length) {
        problems.push(`${where}: <${tag}> is never closed (</${tag}> on a line of its own)`);
        markdown.push(line);
        i++;
        continue;
      }
      flush();
      const body = lines.slice(i + 1, end);
      if (depth > 0) problems.push(`${where}: <${tag}> cannot sit inside another component`);
      else if (tag === "Quiz") blocks.push(parseQuiz(attrs, body, offset + i + 1, problems));
      else if (tag === "Hint") {
        checkAttributes(tag, attrs, ["title"], where, problems);
        blocks.push({ kind: "hint", title: attrs.title ?? "Hint", blocks: parseLines(body, offset + i + 1, problems, depth + 1) });
      } else {
        checkAttributes(tag, attrs, ["after"], where, problems);
        const after = attrs.after === undefined ? SOLUTION_AFTER_DEFAULT : Number(attrs.after);
        if (!Number.isInteger(after) || after < 0 || after > 20) problems.push(`${where}: <Solution after="${attrs.after ?? ""}"> needs a whole number 0-20`);
        blocks.push({ kind: "solution", after: Number.isInteger(after) && after >= 0 ? after : SOLUTION_AFTER_DEFAULT, blocks: parseLines(body, offset + i + 1, problems, depth + 1) });
      }
      i = end + 1;
      continue;
    }
    if (/^<\/?(Run|Hint|Solution|Quiz|Option)\b/.test(trimmed) || /<Run>/.test(line)) problems.push(`${where}: misplaced component markup: ${trimmed.slice(0, 60)}`);
    markdown.push(line);
    i++;
  }
  flush();
  return blocks;
}

function parseQuiz(attrs: Record<string, string>, body: readonly string[], at: number, problems: string[]): LessonBlock {
  const where = `line ${at}`;
  checkAttributes("Quiz", attrs, ["id", "answer"], where, problems);
  const id = attrs.id ?? "";
  if (!ID.test(id)) problems.push(`${where}: <Quiz> needs an id="…" (lowercase letters, digits, dashes)`);
  const options: QuizOption[] = [];
  const question: string[] = [];
  body.forEach((line, n) => {
    const m = OPTION.exec(line.trim());
    if (!m) {
      if (options.length > 0 && line.trim() !== "") problems.push(`line ${at + n + 1}: text after the options of <Quiz id="${id}">`);
      question.push(line);
      return;
    }
    const optionAttrs = parseAttributes(m[1] ?? "");
    const optionId = optionAttrs.id ?? "";
    if (!ID.test(optionId)) problems.push(`line ${at + n + 1}: <Option> needs an id="…"`);
    else if (options.some((o) => o.id === optionId)) problems.push(`line ${at + n + 1}: option ${optionId} appears twice`);
    options.push({ id: optionId, text: (m[2] ?? "").trim() });
  });
  if (options.length < 2) problems.push(`${where}: <Quiz id="${id}"> needs at least two <Option>s`);
  const answer = attrs.answer;
  if (answer !== undefined && !options.some((o) => o.id === answer)) problems.push(`${where}: <Quiz id="${id}"> answer "${answer}" is not one of its options`);
  const text = question.join("\n").trim();
  if (text === "") problems.push(`${where}: <Quiz id="${id}"> has no question`);
  return { kind: "quiz", id, ...(answer !== undefined ? { answer } : {}), question: text, options };
}

/** Every command the pane can run (Run buttons and console lines), in order, nested ones included. */
export function listRunnableCommands(blocks: readonly LessonBlock[]): string[] {
  return blocks.flatMap((b): string[] => {
    if (b.kind === "run") return [b.command];
    if (b.kind === "console") return b.lines.flatMap((l) => (l.command === undefined ? [] : [l.command]));
    if (b.kind === "hint" || b.kind === "solution") return listRunnableCommands(b.blocks);
    return [];
  });
}

/** Every block of the pane, nested ones included, depth first. */
export function flattenBlocks(blocks: readonly LessonBlock[]): LessonBlock[] {
  return blocks.flatMap((b) => (b.kind === "hint" || b.kind === "solution" ? [b, ...flattenBlocks(b.blocks)] : [b]));
}
