import { describe, expect, it } from "vitest";
import { LineEditor, toTerminalNewlines, type CommandOutput } from "./line-editor";

function makeEditor() {
  const ran: string[] = [];
  const editor = new LineEditor({
    columns: () => 80,
    prompt: () => "$ ",
    execute: (line): CommandOutput => {
      ran.push(line);
      return { text: `ran ${line}\n`, clear: false, exit: false };
    },
  });
  editor.start();
  return { editor, ran };
}

describe("LineEditor (the terminal's readline)", () => {
  it("runs the typed line on Enter and only then", () => {
    const { editor, ran } = makeEditor();
    editor.feed("docker ps");
    expect(ran).toEqual([]);
    const out = editor.feed("\r");
    expect(ran).toEqual(["docker ps"]);
    expect(out).toContain("ran docker ps\r\n");
  });

  it("edits in the middle of the line with arrows, Home/End, Backspace and Ctrl keys", () => {
    const { editor } = makeEditor();
    editor.feed("docker ps");
    editor.feed("\x1b[D\x1b[D\x1b[D"); // three lefts: cursor before " ps"
    editor.feed(" -a");
    expect(editor.current.line).toBe("docker -a ps");
    editor.feed("\x1b[H"); // Home
    expect(editor.current.cursor).toBe(0);
    editor.feed("\x1b[F\x7f\x7f"); // End, two backspaces
    expect(editor.current.line).toBe("docker -a ");
    editor.feed("\x17"); // Ctrl+W deletes the word before the cursor
    expect(editor.current.line).toBe("docker ");
    editor.feed("\x15"); // Ctrl+U clears to the start
    expect(editor.current.line).toBe("");
  });

  it("walks history with Up and Down, keeping the draft", () => {
    const { editor } = makeEditor();
    editor.feed("one\r");
    editor.feed("two\r");
    editor.feed("dra");
    editor.feed("\x1b[A");
    expect(editor.current.line).toBe("two");
    editor.feed("\x1b[A");
    expect(editor.current.line).toBe("one");
    editor.feed("\x1b[B\x1b[B");
    expect(editor.current.line).toBe("dra");
  });

  it("Ctrl+C drops the line without running it", () => {
    const { editor, ran } = makeEditor();
    editor.feed("rm -rf x");
    const out = editor.feed("\x03");
    expect(out).toContain("^C");
    expect(editor.current.line).toBe("");
    expect(ran).toEqual([]);
  });

  it("a pasted block runs each line", () => {
    const { editor, ran } = makeEditor();
    editor.feed("echo a\r\necho b\r");
    expect(ran).toEqual(["echo a", "echo b"]);
  });

  it("converts line ends for xterm", () => {
    expect(toTerminalNewlines("a\nb\r\nc")).toBe("a\r\nb\r\nc");
  });
});

describe("LineEditor replaying timed output", () => {
  it("hands timed pieces to the host, drops keystrokes until the replay ends, then shows the prompt", () => {
    let played: { text: string; atMs: number }[] = [];
    let finish: () => string = () => "";
    const editor = new LineEditor({
      columns: () => 80,
      prompt: () => "$ ",
      execute: (): CommandOutput => ({ text: "frame1\nframe2\ndone", clear: false, exit: false, pieces: [{ text: "frame1\n", atMs: 0 }, { text: "frame2\n", atMs: 500 }, { text: "done" }] }),
      play: (pieces, done) => {
        played = pieces;
        finish = done;
      },
    });
    editor.start();
    editor.feed("docker build .");
    const out = editor.feed("\r");
    expect(out).not.toContain("frame1");
    expect(played).toEqual([
      { text: "frame1\r\n", atMs: 0 },
      { text: "frame2\r\n", atMs: 500 },
      { text: "done", atMs: 500 },
    ]);
    expect(editor.feed("x")).toBe("");
    expect(finish()).toBe("\r\n$ ");
    editor.feed("ls");
    expect(editor.current.line).toBe("ls");
  });

  it("writes untimed output at once", () => {
    const { editor } = makeEditor();
    editor.feed("docker ps");
    expect(editor.feed("\r")).toContain("ran docker ps");
  });
});
