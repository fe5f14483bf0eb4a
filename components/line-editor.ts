/**
 * A small readline for xterm: turns the bytes xterm reports (typed keys,
 * escape sequences, pasted text) into edits of one input line, and returns the
 * escape sequences that redraw it. It never calls the engine per keystroke;
 * only Enter runs a command.
 *
 * Cursor positions are computed from the prompt width and the terminal width,
 * so lines longer than one row wrap and can still be edited.
 */

import { commonPrefix, formatCandidateColumns } from "./terminal-completion";

export interface LineEditorHost {
  /** Current terminal width in cells. */
  columns(): number;
  /** The prompt as plain text (no escape sequences); its length is its width. */
  prompt(): string;
  /** Runs one line. Called only on Enter. */
  execute(line: string): CommandOutput;
  /**
   * Plays output that happened over time (BuildKit's live view): writes each
   * piece at its time, then what `finish()` returns. Input is ignored until then.
   */
  play?(pieces: { text: string; atMs: number }[], finish: () => string): void;
  /** Tab: what completes the word at the cursor (the engine's completion API). Absent: Tab rings the bell. */
  complete?(line: string, cursor: number): { replaceFrom: number; candidates: string[] };
  /** Ctrl+C while a command holds the foreground: its output after the interrupt (`running` if it goes on). */
  interrupt?(): CommandOutput | undefined;
  /** Ctrl+D on an empty line (ends a container's shell); undefined: nothing happens. */
  endOfInput?(): CommandOutput | undefined;
  /** The history changed (to persist it). */
  saveHistory?(history: readonly string[]): void;
  /** The terminal is attached to a container's shell: Ctrl+P Ctrl+Q (docker's detach keys) reaches `detach`. */
  attached?(): boolean;
  /** Ctrl+P Ctrl+Q: leave the container's shell running and return to the host. */
  detach?(): CommandOutput | undefined;
  /** Show the prompt uncoloured (a container's shell: TERM=xterm gets no colour prompt from Debian's bashrc). */
  plainPrompt?(): boolean;
}

export interface CommandOutput {
  /** What the command wrote, in order, with "\n" line ends. */
  text: string;
  /** Clear the screen before printing `text`. */
  clear: boolean;
  /** The shell exited. */
  exit: boolean;
  /** The same text in writes, some stamped with when they happened (ms after the command started). */
  pieces?: { text: string; atMs?: number }[];
  /** The command still holds the foreground: more output comes through `foregroundOutput`, Ctrl+C interrupts it. */
  running?: boolean;
}

const ESC = "\x1b";
const CSI = `${ESC}[`;
const MAX_HISTORY = 500;

/** "\n" to "\r\n" for a terminal without convertEol; leaves existing "\r\n" alone. */
export function toTerminalNewlines(text: string): string {
  return text.replace(/\r?\n/g, "\r\n");
}

/** Colours a bash-style prompt (`user@host:path$ `) the way Debian's default PS1 does. */
export function colorPrompt(prompt: string): string {
  const match = /^([^:\s]+@[^:\s]+):(.*?)([$#] ?)$/.exec(prompt);
  if (!match) return prompt;
  const [, who = "", where = "", tail = ""] = match;
  return `${CSI}1;32m${who}${CSI}0m:${CSI}1;34m${where}${CSI}0m${tail}`;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9_]/.test(ch);
}

export class LineEditor {
  private line = "";
  private cursor = 0;
  private promptWidth = 0;
  private readonly history: string[];
  /** Index into history while browsing with Up/Down; history.length means "the draft". */
  private historyIndex = 0;
  private draft = "";
  /** The last key was a Tab that listed nothing new: the next Tab lists the candidates. */
  private tabbed = false;
  /** A command holds the foreground: only Ctrl+C reaches it, other keys wait. */
  private foreground = false;
  /** Ctrl+P arrived while attached: docker holds it to see whether Ctrl+Q (detach) follows. */
  private escapePending = false;

  constructor(
    private readonly host: LineEditorHost,
    history: readonly string[] = [],
  ) {
    this.history = history.slice(-MAX_HISTORY);
    this.historyIndex = this.history.length;
  }

  /** The first prompt. */
  start(): string {
    return this.newPrompt();
  }

  /** The line being edited (for tests and debugging). */
  get current(): { line: string; cursor: number } {
    return { line: this.line, cursor: this.cursor };
  }

  /** A command's output is still being played: keystrokes are dropped, as a busy terminal would not echo them at the prompt. */
  private busy = false;

  /** Feeds what xterm's onData reported; returns what to write back. */
  feed(data: string): string {
    if (this.busy) return "";
    if (this.foreground) return data.includes("\x03") ? this.interruptForeground() : "";
    let out = "";
    let i = 0;
    while (i < data.length) {
      const ch = data[i] ?? "";
      if (this.escapePending) {
        this.escapePending = false;
        if (ch === "\x11") {
          out += this.detach();
          i++;
          continue;
        }
        // Not the detach sequence: the held Ctrl+P goes through after all (docker/cli term.EscapeProxy).
        out += this.historyUp();
      }
      if (ch === ESC) {
        const { length, action } = this.parseEscape(data, i);
        out += action();
        i += length;
        continue;
      }
      const code = ch.charCodeAt(0);
      if (code >= 0x20 && code !== 0x7f) {
        // Insert a whole run of printable text at once (fast paste).
        let j = i + 1;
        while (j < data.length) {
          const c = data.charCodeAt(j);
          if (c < 0x20 || c === 0x7f) break;
          j++;
        }
        out += this.insert(data.slice(i, j));
        i = j;
        continue;
      }
      const wasTab = ch === "\t";
      out += this.control(ch);
      if (!wasTab) this.tabbed = false;
      // A pasted "\r\n" is one line break.
      if (ch === "\r" && data[i + 1] === "\n") i++;
      i++;
    }
    return out;
  }

  private control(ch: string): string {
    switch (ch) {
      case "\r":
      case "\n":
        return this.enter();
      case "\x7f":
      case "\b":
        return this.backspace();
      case "\x03": // Ctrl+C
        return this.interrupt();
      case "\x0c": // Ctrl+L
        return this.clearScreen();
      case "\x01": // Ctrl+A
        return this.moveCursor(0);
      case "\x05": // Ctrl+E
        return this.moveCursor(this.line.length);
      case "\x02": // Ctrl+B
        return this.moveCursor(this.cursor - 1);
      case "\x06": // Ctrl+F
        return this.moveCursor(this.cursor + 1);
      case "\x10": // Ctrl+P (held while attached: the first of docker's detach keys)
        if (this.host.attached?.()) {
          this.escapePending = true;
          return "";
        }
        return this.historyUp();
      case "\x0e": // Ctrl+N
        return this.historyDown();
      case "\x15": // Ctrl+U
        return this.deleteRange(0, this.cursor);
      case "\x0b": // Ctrl+K
        return this.deleteRange(this.cursor, this.line.length);
      case "\x17": // Ctrl+W
        return this.deleteRange(this.wordStartBefore(this.cursor, true), this.cursor);
      case "\x04": // Ctrl+D: end of input on an empty line, else delete under the cursor
        return this.line === "" ? this.endOfInput() : this.deleteRange(this.cursor, this.cursor + 1);
      case "\t":
        return this.complete();
      default:
        return "";
    }
  }

  /** Parses an escape sequence starting at `i`; returns its length and what it does. */
  private parseEscape(data: string, i: number): { length: number; action: () => string } {
    const kind = data[i + 1];
    if (kind === "[") {
      let j = i + 2;
      while (j < data.length && /[0-9;]/.test(data[j] ?? "")) j++;
      const final = data[j];
      const params = data.slice(i + 2, j);
      const length = j - i + 1;
      const ctrl = params.endsWith(";5") || params.endsWith(";3");
      switch (final) {
        case "A":
          return { length, action: () => this.historyUp() };
        case "B":
          return { length, action: () => this.historyDown() };
        case "C":
          return {
            length,
            action: () => this.moveCursor(ctrl ? this.wordEndAfter(this.cursor) : this.cursor + 1),
          };
        case "D":
          return {
            length,
            action: () => this.moveCursor(ctrl ? this.wordStartBefore(this.cursor, false) : this.cursor - 1),
          };
        case "H":
          return { length, action: () => this.moveCursor(0) };
        case "F":
          return { length, action: () => this.moveCursor(this.line.length) };
        case "~": {
          const key = params.split(";")[0];
          if (key === "1" || key === "7") return { length, action: () => this.moveCursor(0) };
          if (key === "4" || key === "8") return { length, action: () => this.moveCursor(this.line.length) };
          if (key === "3") return { length, action: () => this.deleteRange(this.cursor, this.cursor + 1) };
          return { length, action: () => "" };
        }
        default:
          return { length: final === undefined ? data.length - i : length, action: () => "" };
      }
    }
    if (kind === "O") {
      const final = data[i + 2];
      const length = 3;
      switch (final) {
        case "A":
          return { length, action: () => this.historyUp() };
        case "B":
          return { length, action: () => this.historyDown() };
        case "C":
          return { length, action: () => this.moveCursor(this.cursor + 1) };
        case "D":
          return { length, action: () => this.moveCursor(this.cursor - 1) };
        case "H":
          return { length, action: () => this.moveCursor(0) };
        case "F":
          return { length, action: () => this.moveCursor(this.line.length) };
        default:
          return { length: Math.min(length, data.length - i), action: () => "" };
      }
    }
    // Alt+b / Alt+f move by word; Alt+Backspace deletes a word; anything else is ignored.
    if (kind === "b") return { length: 2, action: () => this.moveCursor(this.wordStartBefore(this.cursor, false)) };
    if (kind === "f") return { length: 2, action: () => this.moveCursor(this.wordEndAfter(this.cursor)) };
    if (kind === "\x7f") {
      return { length: 2, action: () => this.deleteRange(this.wordStartBefore(this.cursor, false), this.cursor) };
    }
    return { length: kind === undefined ? 1 : 2, action: () => "" };
  }

  // ---- editing ---------------------------------------------------------

  private insert(text: string): string {
    const at = this.cursor;
    this.line = this.line.slice(0, at) + text + this.line.slice(at);
    return this.redrawFrom(at, at + text.length);
  }

  private backspace(): string {
    if (this.cursor === 0) return "";
    return this.deleteRange(this.cursor - 1, this.cursor);
  }

  private deleteRange(from: number, to: number): string {
    const start = Math.max(0, Math.min(from, this.line.length));
    const end = Math.max(start, Math.min(to, this.line.length));
    if (start === end) return "";
    let out = this.moveTo(this.cursor, start);
    this.cursor = start;
    this.line = this.line.slice(0, start) + this.line.slice(end);
    out += this.redrawFrom(start, start);
    return out;
  }

  private replaceLine(text: string): string {
    let out = this.moveTo(this.cursor, 0);
    this.cursor = 0;
    this.line = text;
    out += this.redrawFrom(0, text.length);
    return out;
  }

  private moveCursor(target: number): string {
    const to = Math.max(0, Math.min(target, this.line.length));
    const out = this.moveTo(this.cursor, to);
    this.cursor = to;
    return out;
  }

  private wordStartBefore(pos: number, whitespaceOnly: boolean): number {
    let i = pos;
    const isWord = whitespaceOnly ? (c: string | undefined) => c !== undefined && c !== " " : isWordChar;
    while (i > 0 && !isWord(this.line[i - 1])) i--;
    while (i > 0 && isWord(this.line[i - 1])) i--;
    return i;
  }

  private wordEndAfter(pos: number): number {
    let i = pos;
    while (i < this.line.length && !isWordChar(this.line[i])) i++;
    while (i < this.line.length && isWordChar(this.line[i])) i++;
    return i;
  }

  // ---- history ---------------------------------------------------------

  private historyUp(): string {
    if (this.historyIndex === 0) return "";
    if (this.historyIndex === this.history.length) this.draft = this.line;
    this.historyIndex--;
    return this.replaceLine(this.history[this.historyIndex] ?? "");
  }

  private historyDown(): string {
    if (this.historyIndex >= this.history.length) return "";
    this.historyIndex++;
    const text = this.historyIndex === this.history.length ? this.draft : (this.history[this.historyIndex] ?? "");
    return this.replaceLine(text);
  }

  // ---- whole-line actions ----------------------------------------------

  private enter(): string {
    const line = this.line;
    let out = this.moveTo(this.cursor, line.length) + "\r\n";
    this.line = "";
    this.cursor = 0;
    if (line.trim() !== "" && this.history[this.history.length - 1] !== line) {
      this.history.push(line);
      if (this.history.length > MAX_HISTORY) this.history.shift();
      this.host.saveHistory?.(this.history);
    }
    this.historyIndex = this.history.length;
    this.draft = "";

    let result: CommandOutput;
    try {
      result = this.host.execute(line);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result = { text: `dockyard: internal error: ${message}\n`, clear: false, exit: false };
    }
    if (result.clear) out += `${CSI}H${CSI}2J${CSI}3J`;
    const pieces = result.pieces;
    const play = this.host.play;
    if (play && pieces && pieces.some((p) => p.atMs !== undefined) && !result.running) {
      let at = 0;
      const timed = pieces.map((p) => {
        at = Math.max(at, p.atMs ?? at);
        return { text: toTerminalNewlines(p.text), atMs: at };
      });
      this.busy = true;
      play.call(this.host, timed, () => {
        this.busy = false;
        let tail = result.text && !result.text.endsWith("\n") ? "\r\n" : "";
        if (result.exit) tail += `${CSI}2m[shell exited; starting a new one]${CSI}0m\r\n`;
        return tail + this.newPrompt();
      });
      return out;
    }
    if (result.text) {
      out += toTerminalNewlines(result.text);
      if (!result.text.endsWith("\n")) out += "\r\n";
    }
    if (result.exit) out += `${CSI}2m[shell exited; starting a new one]${CSI}0m\r\n`;
    if (result.running) {
      this.foreground = true;
      return out;
    }
    return out + this.newPrompt();
  }

  /** Whether a command holds the foreground (the terminal polls it). */
  get inForeground(): boolean {
    return this.foreground;
  }

  /** Output of the command holding the foreground; when it has ended, the prompt follows. */
  foregroundOutput(result: CommandOutput): string {
    if (!this.foreground) return "";
    const out = toTerminalNewlines(result.text);
    if (result.running) return out;
    this.foreground = false;
    return out + (result.text && !result.text.endsWith("\n") ? "\r\n" : "") + this.newPrompt();
  }

  private interruptForeground(): string {
    const result = this.host.interrupt?.();
    const out = "^C\r\n";
    if (!result) {
      this.foreground = false;
      return out + this.newPrompt();
    }
    return out + this.foregroundOutput(result);
  }

  private detach(): string {
    const result = this.host.detach?.();
    if (!result) return "";
    this.line = "";
    this.cursor = 0;
    this.historyIndex = this.history.length;
    this.draft = "";
    return "\r\n" + toTerminalNewlines(result.text) + this.newPrompt();
  }

  private endOfInput(): string {
    const result = this.host.endOfInput?.();
    if (!result) return "";
    return toTerminalNewlines(result.text) + this.newPrompt();
  }

  /** Tab: one candidate completes the word; several insert their common prefix, and a second Tab lists them. */
  private complete(): string {
    const found = this.host.complete?.(this.line, this.cursor);
    if (!found || found.candidates.length === 0) return "\x07";
    const from = Math.max(0, Math.min(found.replaceFrom, this.cursor));
    const typed = this.line.slice(from, this.cursor);
    const only = found.candidates.length === 1 ? (found.candidates[0] as string) : undefined;
    const insert = only !== undefined ? only + (only.endsWith("/") ? "" : " ") : commonPrefix(found.candidates);
    if (insert.length > typed.length && insert.startsWith(typed)) {
      this.tabbed = false;
      const rest = this.line.slice(this.cursor);
      let out = this.moveTo(this.cursor, from);
      this.cursor = from;
      this.line = this.line.slice(0, from) + insert + rest;
      out += this.redrawFrom(from, from + insert.length);
      return out;
    }
    if (!this.tabbed) {
      this.tabbed = true;
      return "\x07";
    }
    this.tabbed = false;
    const listing = this.moveTo(this.cursor, this.line.length) + "\r\n" + formatCandidateColumns(found.candidates, this.cols());
    const cursor = this.cursor;
    let out = listing + this.newPrompt() + this.line + this.wrapFix(this.line.length);
    out += this.moveTo(this.line.length, cursor);
    return out;
  }

  private interrupt(): string {
    // The shell behind the prompt hears it too (a container shell drops an unfinished command).
    this.host.interrupt?.();
    const out = this.moveTo(this.cursor, this.line.length) + "^C\r\n";
    this.line = "";
    this.cursor = 0;
    this.historyIndex = this.history.length;
    this.draft = "";
    return out + this.newPrompt();
  }

  /**
   * Draws the prompt and the line again from where the prompt starts, for
   * when the prompt itself changed under the line (the engine arrived with a
   * restored working directory), as readline's rl_forced_update_display does.
   */
  repaint(): string {
    let out = this.moveTo(this.cursor, -this.promptWidth) + `${CSI}J`;
    const prompt = this.host.prompt();
    this.promptWidth = prompt.length;
    out += this.paint(prompt) + this.line + this.wrapFix(this.line.length);
    out += this.moveTo(this.line.length, this.cursor);
    return out;
  }

  private clearScreen(): string {
    const prompt = this.host.prompt();
    this.promptWidth = prompt.length;
    let out = `${CSI}H${CSI}2J` + this.paint(prompt) + this.line + this.wrapFix(this.line.length);
    out += this.moveTo(this.line.length, this.cursor);
    return out;
  }

  private paint(prompt: string): string {
    return this.host.plainPrompt?.() ? prompt : colorPrompt(prompt);
  }

  private newPrompt(): string {
    const prompt = this.host.prompt();
    this.promptWidth = prompt.length;
    return this.paint(prompt) + this.wrapFix(0);
  }

  // ---- cursor arithmetic -------------------------------------------------

  private cols(): number {
    return Math.max(1, this.host.columns());
  }

  /**
   * Writes line[from..] with the terminal cursor at offset `from`, erases what
   * was left of a longer line, and puts the cursor at `cursorAfter`.
   */
  private redrawFrom(from: number, cursorAfter: number): string {
    const end = this.line.length;
    let out = this.line.slice(from) + this.wrapFix(end) + `${CSI}J`;
    out += this.moveTo(end, cursorAfter);
    this.cursor = cursorAfter;
    return out;
  }

  /**
   * After writing up to offset `offset`, a line that exactly fills a row leaves
   * xterm's cursor parked on the last column ("pending wrap"). Writing a space
   * and backing up makes the wrap real, so the cursor sits where the arithmetic
   * expects: column 0 of the next row.
   */
  private wrapFix(offset: number): string {
    const cells = this.promptWidth + offset;
    return cells > 0 && cells % this.cols() === 0 ? " \b" : "";
  }

  private moveTo(from: number, to: number): string {
    if (from === to) return "";
    const cols = this.cols();
    const a = this.promptWidth + from;
    const b = this.promptWidth + to;
    const rowDelta = Math.floor(b / cols) - Math.floor(a / cols);
    const colDelta = (b % cols) - (a % cols);
    let out = "";
    if (rowDelta < 0) out += `${CSI}${-rowDelta}A`;
    if (rowDelta > 0) out += `${CSI}${rowDelta}B`;
    if (colDelta > 0) out += `${CSI}${colDelta}C`;
    if (colDelta < 0) out += `${CSI}${-colDelta}D`;
    return out;
  }
}
