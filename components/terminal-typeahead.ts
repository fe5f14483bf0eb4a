/**
 * Typeahead for a terminal whose shell is not there yet (the engine's chunk
 * still loading) or is busy (a build replaying, a command holding the
 * foreground). Like a tty's input queue under bash: keys typed early are kept
 * in order and reach the line editor once it can act on them, none lost.
 *
 * Editing keys (printable text, arrows, Backspace, history) need no engine,
 * so before it arrives they reach the editor at once and echo at the prompt;
 * from the first key that would need the engine (Enter, Tab, Ctrl+C, Ctrl+D)
 * everything waits, and is handed back one line at a time when the shell is
 * idle, so a line typed after a build still runs after it.
 */

/** What the terminal can do with input right now. */
export interface TypeaheadState {
  /** The engine (world) has arrived. */
  engine: boolean;
  /** The editor takes keys: no replay playing, no command holding the foreground. */
  idle: boolean;
}

/** Keys that run, complete, interrupt or end something: they need the engine. */
// eslint-disable-next-line no-control-regex -- Ctrl+C and Ctrl+D are exactly what is looked for
const NEEDS_ENGINE = /[\r\n\t\x03\x04]/;
/** One line's end: a pasted "\r\n" is one line break, as LineEditor reads it. */
const LINE_END = /\r\n|\r|\n/;

/** A queue of typed input between xterm and the line editor. */
export class Typeahead {
  private queue = "";

  /** Input waiting for the shell. */
  get pending(): string {
    return this.queue;
  }

  /** Takes what xterm reported; returns the part the editor may have now (the rest waits in order). */
  accept(data: string, state: TypeaheadState): string {
    // Ctrl+C reaches a busy shell at once and flushes what was typed ahead, as a tty's ISIG does (termios(3): without NOFLSH).
    const interrupt = data.lastIndexOf("\x03");
    if (state.engine && !state.idle && interrupt >= 0) {
      this.queue = data.slice(interrupt + 1);
      return "\x03";
    }
    if (this.queue !== "" || (state.engine && !state.idle)) {
      this.queue += data;
      return "";
    }
    if (state.engine) return data;
    const at = data.search(NEEDS_ENGINE);
    if (at < 0) return data;
    this.queue = data.slice(at);
    return data.slice(0, at);
  }

  /** The next piece for the editor (up to and including one line end), or undefined while it must wait. */
  next(state: TypeaheadState): string | undefined {
    if (!state.engine || !state.idle || this.queue === "") return undefined;
    const match = LINE_END.exec(this.queue);
    const end = match ? match.index + match[0].length : this.queue.length;
    const piece = this.queue.slice(0, end);
    this.queue = this.queue.slice(end);
    return piece;
  }
}
