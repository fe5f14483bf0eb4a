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

describe("LineEditor: completion, foreground commands, end of input, saved history", () => {
  function makeHost(overrides: Partial<ConstructorParameters<typeof LineEditor>[0]> = {}) {
    const saved: string[][] = [];
    const editor = new LineEditor(
      {
        columns: () => 40,
        prompt: () => "$ ",
        execute: (line): CommandOutput => ({ text: `ran ${line}\n`, clear: false, exit: false, ...(line === "serve" ? { running: true } : {}) }),
        complete: (line, cursor) => {
          const word = line.slice(0, cursor).split(" ").pop() ?? "";
          const all = ["docker", "dockerd-rootless", "start", "stats", "stop", "app/"];
          return { replaceFrom: cursor - word.length, candidates: all.filter((c) => c.startsWith(word)) };
        },
        saveHistory: (h) => saved.push([...h]),
        ...overrides,
      },
      ["older", "old"],
    );
    editor.start();
    return { editor, saved };
  }

  it("one candidate completes the word and adds a space (none after a directory)", () => {
    const { editor } = makeHost();
    editor.feed("docker sta");
    editor.feed("\t");
    expect(editor.current.line).toBe("docker sta");
    editor.feed("r\t");
    expect(editor.current.line).toBe("docker start ");
    editor.feed("ap\t");
    expect(editor.current.line).toBe("docker start app/");
  });

  it("several candidates insert their common prefix; the next Tab rings, the one after lists them", () => {
    const { editor } = makeHost();
    editor.feed("do\t");
    expect(editor.current.line).toBe("docker");
    expect(editor.feed("\t")).toBe("\x07");
    const listing = editor.feed("\t");
    expect(listing).toContain("docker            dockerd-rootless");
    expect(listing.endsWith("$ docker")).toBe(true);
    expect(editor.current.line).toBe("docker");
  });

  it("Tab with nothing to offer rings the bell and changes nothing", () => {
    const { editor } = makeHost();
    editor.feed("zz");
    expect(editor.feed("\t")).toBe("\x07");
    expect(editor.current.line).toBe("zz");
  });

  it("a running command holds the terminal: keys wait, output streams, Ctrl+C interrupts and the prompt returns", () => {
    let interrupted = 0;
    const { editor } = makeHost({
      interrupt: () => {
        interrupted++;
        return interrupted < 2 ? { text: "", clear: false, exit: false, running: true } : { text: "stopped\n", clear: false, exit: false };
      },
    });
    const started = editor.feed("serve\r");
    expect(started).toContain("ran serve");
    expect(started.endsWith("$ ")).toBe(false);
    expect(editor.inForeground).toBe(true);
    expect(editor.feed("ls")).toBe("");
    expect(editor.foregroundOutput({ text: "GET /\n", clear: false, exit: false, running: true })).toBe("GET /\r\n");
    expect(editor.feed("\x03")).toBe("^C\r\n");
    const last = editor.feed("\x03");
    expect(last).toBe("^C\r\nstopped\r\n$ ");
    expect(editor.inForeground).toBe(false);
  });

  it("a foreground command that ends by itself brings the prompt back", () => {
    const { editor } = makeHost();
    editor.feed("serve\r");
    expect(editor.foregroundOutput({ text: "bye", clear: false, exit: false })).toBe("bye\r\n$ ");
  });

  it("Ctrl+D on an empty line is end of input; on text it deletes under the cursor", () => {
    const { editor } = makeHost({ endOfInput: () => ({ text: "exit\n", clear: false, exit: false }) });
    editor.feed("ab\x1b[D\x04");
    expect(editor.current.line).toBe("a");
    editor.feed("\x7f");
    expect(editor.feed("\x04")).toBe("exit\r\n$ ");
  });

  it("starts from a saved history and reports each new entry", () => {
    const { editor, saved } = makeHost();
    editor.feed("\x1b[A");
    expect(editor.current.line).toBe("old");
    editor.feed("\x1b[A");
    expect(editor.current.line).toBe("older");
    editor.feed("\x15new\r");
    expect(saved).toEqual([["older", "old", "new"]]);
  });
});

describe("LineEditor: prompt colour", () => {
  it("colours the host's bash prompt but not a container shell's", () => {
    let inContainer = false;
    const editor = new LineEditor({
      columns: () => 80,
      prompt: () => (inContainer ? "root@0123456789ab:/# " : "learner@dockyard:~$ "),
      plainPrompt: () => inContainer,
      execute: () => {
        inContainer = true;
        return { text: "", clear: false, exit: false };
      },
    });
    expect(editor.start()).toContain("\x1b[1;32mlearner@dockyard\x1b[0m");
    expect(editor.feed("docker run -it ubuntu\r").endsWith("root@0123456789ab:/# ")).toBe(true);
  });
});

describe("LineEditor: docker's detach keys", () => {
  it("Ctrl+P Ctrl+Q detaches while attached; Ctrl+P then anything else is history-up and that key", () => {
    let attached = true;
    const editor = new LineEditor(
      {
        columns: () => 80,
        prompt: () => (attached ? "/ # " : "$ "),
        execute: () => ({ text: "", clear: false, exit: false }),
        attached: () => attached,
        detach: () => {
          attached = false;
          return { text: "", clear: false, exit: false };
        },
      },
      ["ls"],
    );
    editor.start();
    expect(editor.feed("\x10")).toBe("");
    editor.feed("x");
    expect(editor.current.line).toBe("lsx");
    editor.feed("\x15");
    const out = editor.feed("\x10\x11");
    expect(out.endsWith("$ ")).toBe(true);
    expect(attached).toBe(false);
    // At the host, Ctrl+P is plain history-up.
    editor.feed("\x10");
    expect(editor.current.line).toBe("ls");
  });
});
