import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Word, WordPart } from "./ast";
import { expandWord, expandWordToString, type ExpansionContext } from "./expand";

// Word expansion as bash does it for a simple command (bash manual, "Shell Parameter
// Expansion", "Command Substitution", "Word Splitting"). Words are built by hand here so
// these tests do not depend on the parser.

const lit = (text: string, quoted = false): WordPart => ({ kind: "literal", text, quoted });
const param = (name: string, quoted = false): WordPart => ({ kind: "param", name, quoted });
const subst = (source: string, quoted = false): WordPart => ({ kind: "subst", source, quoted });
const word = (...parts: WordPart[]): Word => ({ parts });

function context(vars: Record<string, string>, outputs: Record<string, string> = {}): ExpansionContext {
  return {
    lookup: (name) => (Object.hasOwn(vars, name) ? vars[name] : undefined),
    substitute: (source) => outputs[source] ?? "",
  };
}

const CTX = context(
  { A: "1", SPACED: "  a   b  ", EMPTY: "", TABS: "x\ty\nz", "?": "0" },
  { "echo hi": "hi\n", lines: "one\ntwo\n\n\n", inner: "a\n\nb", blank: "\n\n" },
);

describe("expandWord", () => {
  it("returns literal text as one field, unsplit even with blanks", () => {
    expect(expandWord(word(lit("a b", true)), CTX)).toEqual(["a b"]);
    expect(expandWord(word(lit("plain")), CTX)).toEqual(["plain"]);
  });

  it("keeps an empty quoted word as one empty field", () => {
    expect(expandWord(word(lit("", true)), CTX)).toEqual([""]);
    expect(expandWord(word(param("UNSET", true)), CTX)).toEqual([""]);
    expect(expandWord(word(param("EMPTY", true)), CTX)).toEqual([""]);
  });

  it("removes an unquoted expansion that is empty or unset", () => {
    expect(expandWord(word(param("UNSET")), CTX)).toEqual([]);
    expect(expandWord(word(param("EMPTY")), CTX)).toEqual([]);
    expect(expandWord(word(subst("blank")), CTX)).toEqual([]);
  });

  it("splits unquoted expansions on spaces, tabs and newlines, trimming the ends", () => {
    expect(expandWord(word(param("SPACED")), CTX)).toEqual(["a", "b"]);
    expect(expandWord(word(param("TABS")), CTX)).toEqual(["x", "y", "z"]);
  });

  it("joins split pieces with the text around them", () => {
    expect(expandWord(word(lit("pre"), param("SPACED"), lit("post")), CTX)).toEqual(["pre", "a", "b", "post"]);
    expect(expandWord(word(lit("pre"), param("A"), lit("post")), CTX)).toEqual(["pre1post"]);
    expect(expandWord(word(lit("x", true), param("SPACED"), lit("", true)), CTX)).toEqual(["x", "a", "b", ""]);
  });

  it("does not split quoted expansions", () => {
    expect(expandWord(word(param("SPACED", true)), CTX)).toEqual(["  a   b  "]);
    expect(expandWord(word(subst("inner", true)), CTX)).toEqual(["a\n\nb"]);
  });

  it("drops only the trailing newlines of a command substitution", () => {
    expect(expandWord(word(subst("echo hi")), CTX)).toEqual(["hi"]);
    expect(expandWord(word(subst("lines", true)), CTX)).toEqual(["one\ntwo"]);
    expect(expandWord(word(subst("lines")), CTX)).toEqual(["one", "two"]);
  });

  it("applies ${NAME:-word} and friends", () => {
    const one = (name: string) => expandWord(word(param(name, true)), CTX)[0];
    expect(one("A:-d")).toBe("1");
    expect(one("EMPTY:-d")).toBe("d");
    expect(one("UNSET:-d")).toBe("d");
    expect(one("EMPTY-d")).toBe("");
    expect(one("UNSET-d")).toBe("d");
    expect(one("A:+alt")).toBe("alt");
    expect(one("EMPTY:+alt")).toBe("");
    expect(one("EMPTY+alt")).toBe("alt");
    expect(one("UNSET+alt")).toBe("");
    expect(one("UNSET:=d")).toBe("d");
    expect(one("A:?oops")).toBe("1");
    expect(one("?:-x")).toBe("0");
  });

  it("splits a default word when unquoted", () => {
    expect(expandWord(word(param("UNSET:-a b")), CTX)).toEqual(["a", "b"]);
  });
});

describe("tilde expansion", () => {
  const home = context({ HOME: "/home/learner space" });

  it("turns a leading unquoted ~ or ~/ into $HOME, as one unsplit field", () => {
    expect(expandWord(word(lit("~")), home)).toEqual(["/home/learner space"]);
    expect(expandWord(word(lit("~/src")), home)).toEqual(["/home/learner space/src"]);
    expect(expandWord(word(lit("~/"), param("A", true)), context({ HOME: "/h", A: "x" }))).toEqual(["/h/x"]);
    expect(expandWordToString(word(lit("~/log")), home)).toBe("/home/learner space/log");
  });

  it("leaves quoted, embedded and ~user tildes alone", () => {
    expect(expandWord(word(lit("~", true)), home)).toEqual(["~"]);
    expect(expandWord(word(lit("x~")), home)).toEqual(["x~"]);
    expect(expandWord(word(lit("~root")), home)).toEqual(["~root"]);
    expect(expandWord(word(lit("~"), lit("x", true)), home)).toEqual(["~x"]);
    expect(expandWord(word(lit("~")), context({}))).toEqual(["~"]);
  });
});

describe("expandWordToString", () => {
  it("joins every part without splitting (assignments, redirection targets)", () => {
    expect(expandWordToString(word(param("SPACED"), lit("-"), subst("lines")), CTX)).toBe("  a   b  -one\ntwo");
    expect(expandWordToString(word(param("UNSET")), CTX)).toBe("");
    expect(expandWordToString(word(), CTX)).toBe("");
  });
});

describe("expandWord properties", () => {
  it("a quoted parameter always expands to exactly its value", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (value) => {
        expect(expandWord(word(param("V", true)), context({ V: value }))).toEqual([value]);
      }),
      { numRuns: 1000 },
    );
  });

  it("an unquoted parameter splits into its blank-free pieces", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (value) => {
        const fields = expandWord(word(param("V")), context({ V: value }));
        expect(fields).toEqual(value.split(/[ \t\n]+/).filter((f) => f !== ""));
        for (const f of fields) expect(f).not.toMatch(/[ \t\n]/);
      }),
      { numRuns: 1000 },
    );
  });

  it("the joined fields never gain characters that were not in the value", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (a, b) => {
        const fields = expandWord(word(lit("<", true), param("A"), param("B", true), lit(">", true)), context({ A: a, B: b }));
        expect(fields.join(" ").replace(/[ \t\n]/g, "")).toBe(`<${a}${b}>`.replace(/[ \t\n]/g, ""));
      }),
      { numRuns: 1000 },
    );
  });
});
