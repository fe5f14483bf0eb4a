import type { Output } from "../../core/io";
import type { ComposeContext } from "./command";

/** One resource's state in the progress display. */
interface Entry {
  id: string;
  status: string;
  done: boolean;
  startMs: number;
  endMs: number;
}

/**
 * Compose v2's progress writer (docker/compose pkg/progress): events go to
 * stderr. In plain mode (no TTY, `--progress=plain`) each event is a line,
 * ` <ID> <Text> <Status>` with an empty text, so two spaces
 * (` Container myapp-web-1  Started`); in TTY mode the final frame is
 * `[+] <Title> n/n` and one line per resource, ` ✔ <ID><pad> <Status>`
 * with its time right-aligned to the width (fidelity-reference §6.2).
 * Simplification: the TTY view prints only its final frame.
 */
export class ComposeProgress {
  private readonly entries: Entry[] = [];

  constructor(
    private readonly out: Output,
    private readonly mode: "plain" | "tty" | "quiet",
    private readonly now: () => number,
    private readonly columns = 80,
  ) {}

  /**
   * Records an event: `working` statuses (`Creating`) and done ones
   * (`Created`). A pull's event carries its status as the text, one space
   * after the service name (` db Pulling`).
   */
  event(id: string, status: string, done: boolean, asText = false): void {
    if (this.mode === "plain") this.out.err(` ${id}${asText ? " " : "  "}${status}\n`);
    const found = this.entries.find((e) => e.id === id);
    if (found) {
      found.status = status;
      found.done = done;
      found.endMs = this.now();
    } else {
      this.entries.push({ id, status, done, startMs: this.now(), endMs: this.now() });
    }
  }

  /** Working then done (`Creating` → `Created`). */
  step(id: string, working: string, done: string): void {
    this.event(id, working, false);
    this.event(id, done, true);
  }

  /** Prints the TTY view's final frame under `[+] <title> n/n`. */
  finish(title: string): void {
    if (this.mode !== "tty" || this.entries.length === 0) return;
    const done = this.entries.filter((e) => e.done).length;
    const pad = Math.max(...this.entries.map((e) => e.id.length + 1));
    let text = `[+] ${title} ${done}/${this.entries.length}\n`;
    for (const e of this.entries) {
      const txt = `${e.id} `;
      const line = ` ${e.done ? "✔" : "✘"} ${txt}${" ".repeat(pad - txt.length)} ${e.status}`;
      const timer = `${((e.endMs - e.startMs) / 1000).toFixed(1)}s `;
      text += `${line}${" ".repeat(Math.max(1, this.columns - line.length - timer.length))}${timer}\n`;
    }
    this.out.err(text);
  }
}

/** The display mode from `--progress` and the terminal (compose cmd/compose/compose.go). */
export function calculateProgressMode(progress: string, tty: boolean): "plain" | "tty" | "quiet" {
  if (progress === "quiet") return "quiet";
  if (progress === "plain" || progress === "json") return "plain";
  if (progress === "tty") return "tty";
  return tty ? "tty" : "plain";
}

/** A progress writer for a verb, from `--progress` and the terminal. */
export function createComposeProgress(ctx: ComposeContext): ComposeProgress {
  return new ComposeProgress(ctx.out, calculateProgressMode(ctx.globals.progress, ctx.host.tty), () => ctx.engine.clock.now(), ctx.host.columns);
}
