import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Command, Program } from "./ast";
import { formatSyntaxError, PosixSyntaxError, type ShellFlavor } from "./errors";
import { parsePosixScript, PosixParser } from "./parser";

/** The parser's tree shapes (XCU §2.10), and that it fails only with PosixSyntaxError. */
const first = (p: Program): Command => p.items[0]?.command as Command;

describe("PosixParser", () => {
  it("parses simple commands with assignments, words and redirections", () => {
    const cmd = first(parsePosixScript("A=1 B=$x cmd arg >out 2>&1 <in 3>>log", "dash"));
    expect(cmd).toMatchObject({
      type: "simple",
      assigns: [{ name: "A" }, { name: "B" }],
      words: [{ parts: [{ type: "lit", text: "cmd" }] }, { parts: [{ type: "lit", text: "arg" }] }],
      redirects: [
        { fd: 1, op: ">" },
        { fd: 2, op: ">&", target: { parts: [{ type: "lit", text: "1" }] } },
        { fd: 0, op: "<" },
        { fd: 3, op: ">>" },
      ],
    });
  });

  it("builds pipelines, and-or lists, ! and background items", () => {
    const p = parsePosixScript("! a | b && c || d & e", "dash");
    expect(p.items.map((i) => i.async)).toEqual([true, false]);
    expect(first(p)).toMatchObject({ type: "andor", first: { type: "pipeline", bang: true, commands: [{ type: "simple" }, { type: "simple" }] }, rest: [{ op: "&&" }, { op: "||" }] });
  });

  it("parses compound commands and function definitions", () => {
    const p = parsePosixScript("if a; then b; elif c; then d; else e; fi\nwhile x; do y; done\nfor i in 1 2; do :; done\ncase $v in a|b) x;; *) y;; esac\nf() { g; }\n(sub)", "dash");
    expect(p.items.map((i) => i.command.type)).toEqual(["if", "loop", "for", "case", "function", "subshell"]);
    expect(p.items[3]?.command).toMatchObject({ items: [{ patterns: [{}, {}] }, { patterns: [{}] }] });
  });

  it("reads here-documents after the line that opens them, quoted delimiters keeping the body literal", () => {
    const p = parsePosixScript("cat <<A <<'B'\nx $y\nA\n$z\nB\necho", "dash");
    const redirects = (first(p) as Command & { type: "simple" }).redirects;
    expect(redirects[0]?.heredoc).toMatchObject({ quoted: false, body: { parts: [{ type: "lit", text: "x " }, { type: "param", name: "y" }, { type: "lit", text: "\n" }] } });
    expect(redirects[1]?.heredoc).toEqual({ quoted: true, body: { parts: [{ type: "lit", text: "$z\n", quoted: true }] } });
    expect(p.items).toHaveLength(2);
  });

  it("parses $(…) (with a case inside), backquotes, ${…} operators and $((…)) into word parts", () => {
    const w = (first(parsePosixScript("echo $(case a in a) b;; esac) `x` ${v:-d} ${#v} ${v##*/} $((1+2))", "bash")) as Command & { type: "simple" }).words;
    expect(w.slice(1).map((x) => x.parts[0]?.type)).toEqual(["cmd", "cmd", "param", "param", "param", "arith"]);
    expect(w[3]?.parts[0]).toMatchObject({ op: ":-" });
    expect(w[4]?.parts[0]).toMatchObject({ op: "len" });
    expect(w[5]?.parts[0]).toMatchObject({ op: "##" });
  });

  it("returns one complete command line at a time, so earlier lines run before a later error", () => {
    const parser = new PosixParser("echo a\nfi\n", "dash");
    expect(parser.next()).not.toBeNull();
    expect(() => parser.next()).toThrow(PosixSyntaxError);
  });

  it("marks errors that more input could fix as incomplete (PS2)", () => {
    const incomplete = (s: string): boolean | undefined => {
      try {
        parsePosixScript(s, "bash");
        return undefined;
      } catch (e) {
        return e instanceof PosixSyntaxError ? e.incomplete : undefined;
      }
    };
    expect(incomplete("if true; then")).toBe(true);
    expect(incomplete("echo 'x")).toBe(true);
    expect(incomplete("echo $(")).toBe(true);
    expect(incomplete("fi")).toBe(false);
  });

  it("words errors per shell, as dash, BusyBox ash and bash do (verified)", () => {
    const error = (flavor: ShellFlavor, s: string): string => {
      try {
        parsePosixScript(s, flavor);
      } catch (e) {
        if (e instanceof PosixSyntaxError) return formatSyntaxError(e, flavor, flavor === "bash" ? "bash" : "/bin/sh", "c");
      }
      return "";
    };
    expect(error("dash", "if true; then fi")).toBe('/bin/sh: 1: Syntax error: "fi" unexpected');
    expect(error("ash", "if true; then fi")).toBe('/bin/sh: syntax error: unexpected "fi"');
    expect(error("bash", "if true; then fi")).toBe("bash: -c: line 1: syntax error near unexpected token `fi'\nbash: -c: line 1: `if true; then fi'");
    expect(error("dash", "for x in a; echo; done")).toBe('/bin/sh: 1: Syntax error: word unexpected (expecting "do")');
  });
});

const FLAVORS: ShellFlavor[] = ["dash", "ash", "bash"];

/** Only PosixSyntaxError may escape the parser, whatever the input. */
function parsesOrSyntaxError(source: string): void {
  for (const flavor of FLAVORS) {
    try {
      parsePosixScript(source, flavor);
    } catch (e) {
      if (!(e instanceof PosixSyntaxError)) throw e;
    }
  }
}

const SHELLISH = fc.constantFrom(
  "if", "then", "elif", "else", "fi", "while", "until", "for", "in", "do", "done", "case", "esac", "function", "{", "}", "!", "[[", "]]",
  "(", ")", "|", "||", "&", "&&", ";", ";;", ";&", "\n", " ", "\t", "<", ">", ">>", "<<", "<<-", "<&", ">&", "2>", "&>", "<>",
  "$", "${", "$(", "$((", "))", "`", "'", '"', "\\", "#", "=", "x", "EOF", "*", "?", "[", "]", "~", ":-", "#", "%%", "/", "a=b", "1", "-",
);

describe("the parser on arbitrary input", () => {
  it("throws nothing but PosixSyntaxError for arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), parsesOrSyntaxError), { numRuns: 3000 });
  });

  it("throws nothing but PosixSyntaxError for shell-like token soup", () => {
    fc.assert(fc.property(fc.array(SHELLISH, { maxLength: 30 }).map((t) => t.join("")), parsesOrSyntaxError), { numRuns: 3000 });
  });
});
