import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { LineEditor, type CommandOutput } from "./line-editor";
import { Typeahead, type TypeaheadState } from "./terminal-typeahead";

/** A terminal whose engine arrives late: keys go through Typeahead into a LineEditor. */
function makeTerminal() {
  const ran: string[] = [];
  let engine = false;
  let prompt = "a$ ";
  const editor = new LineEditor({
    columns: () => 80,
    prompt: () => prompt,
    execute: (line): CommandOutput => {
      if (!engine) throw new Error(`ran ${line} before the engine arrived`);
      ran.push(line);
      return { text: "", clear: false, exit: false };
    },
  });
  const typeahead = new Typeahead();
  const state = (): TypeaheadState => ({ engine, idle: !editor.inForeground });
  let screen = editor.start();
  const drain = () => {
    for (let piece = typeahead.next(state()); piece !== undefined; piece = typeahead.next(state())) screen += editor.feed(piece);
  };
  return {
    ran,
    editor,
    typeahead,
    get screen() {
      return screen;
    },
    type(data: string) {
      screen += editor.feed(typeahead.accept(data, state()));
      drain();
    },
    arrive(nextPrompt = prompt) {
      engine = true;
      prompt = nextPrompt;
      screen += editor.repaint();
      drain();
    },
  };
}

describe("Typeahead before the engine arrives", () => {
  it("echoes editing keys at once and runs nothing until the engine comes", () => {
    const t = makeTerminal();
    t.type("docker ps");
    expect(t.screen).toContain("docker ps");
    expect(t.typeahead.pending).toBe("");
    t.type("\rdocker images\r");
    expect(t.ran).toEqual([]);
    expect(t.typeahead.pending).toBe("\rdocker images\r");
    t.arrive();
    expect(t.ran).toEqual(["docker ps", "docker images"]);
    expect(t.typeahead.pending).toBe("");
  });

  it("redraws the line under the prompt the engine brings", () => {
    const t = makeTerminal();
    t.type("ls");
    t.arrive("b$ ");
    expect(t.screen.endsWith("\x1b[J" + "b$ ls")).toBe(true);
    expect(t.editor.current).toEqual({ line: "ls", cursor: 2 });
  });

  it("keeps lines typed during a foreground command until it ends; Ctrl+C goes straight through", () => {
    const q = new Typeahead();
    const busy = { engine: true, idle: false };
    expect(q.accept("ls\r", busy)).toBe("");
    expect(q.next(busy)).toBeUndefined();
    expect(q.next({ engine: true, idle: true })).toBe("ls\r");
    expect(q.accept("\x03", busy)).toBe("\x03");
  });

  it("Ctrl+C during a foreground command flushes the lines typed ahead, as a tty does", () => {
    const q = new Typeahead();
    const busy = { engine: true, idle: false };
    q.accept("docker ps\r", busy);
    expect(q.accept("\x03", busy)).toBe("\x03");
    expect(q.pending).toBe("");
    expect(q.accept("a\x03ls", busy)).toBe("\x03");
    expect(q.pending).toBe("ls");
  });

  it("takes a pasted \\r\\n as one line end", () => {
    const q = new Typeahead();
    expect(q.accept("a\r\nb\r\n", { engine: false, idle: true })).toBe("a");
    const idle = { engine: true, idle: true };
    expect([q.next(idle), q.next(idle), q.next(idle)]).toEqual(["\r\n", "b\r\n", undefined]);
  });

  it("loses no keystroke and runs every line in order, however the input is split (property)", () => {
    const word = fc.stringMatching(/^[a-z ]{0,6}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(40), { maxLength: 6 }), fc.nat(6), (lines, cuts, arriveAfter) => {
        const input = lines.map((l) => `${l}\r`).join("");
        const points = [...new Set(cuts.map((c) => c % (input.length + 1)))].sort((a, b) => a - b);
        const chunks: string[] = [];
        let from = 0;
        for (const p of [...points, input.length]) {
          chunks.push(input.slice(from, p));
          from = p;
        }
        const t = makeTerminal();
        chunks.forEach((chunk, i) => {
          if (i === arriveAfter) t.arrive();
          t.type(chunk);
        });
        t.arrive();
        expect(t.ran).toEqual(lines);
        expect(t.typeahead.pending).toBe("");
      }),
    );
  });
});
