import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { CommandList, Redirect, SimpleCommand } from "./ast";
import { expandWord, expandWordToString, type ExpansionContext } from "./expand";
import { parseShellLine, ShellSyntaxError } from "./shell-parse";

// Expected behaviour and messages are bash's (bash manual "Shell Syntax", "Quoting",
// "Redirections"; parse.y report_syntax_error for the error texts).

function fakeContext(vars: Record<string, string> = {}, substitutions: Record<string, string> = {}): ExpansionContext & { ran: string[] } {
  const ran: string[] = [];
  return {
    ran,
    lookup: (name) => (Object.hasOwn(vars, name) ? vars[name] : undefined),
    substitute: (source) => {
      ran.push(source);
      return Object.hasOwn(substitutions, source) ? (substitutions[source] as string) : "";
    },
  };
}

/** argv of every simple command, in order. */
function argvs(line: string, ctx: ExpansionContext = fakeContext()): string[][] {
  return parseShellLine(line).items.flatMap((item) =>
    item.pipeline.commands.map((command) => command.words.flatMap((word) => expandWord(word, ctx))),
  );
}

function argv(line: string, ctx: ExpansionContext = fakeContext()): string[] {
  const all = argvs(line, ctx);
  expect(all).toHaveLength(1);
  return all[0]!;
}

function only(line: string): SimpleCommand {
  const list = parseShellLine(line);
  expect(list.items).toHaveLength(1);
  expect(list.items[0]!.pipeline.commands).toHaveLength(1);
  return list.items[0]!.pipeline.commands[0]!;
}

function redirects(line: string): { fd: Redirect["fd"]; op: Redirect["op"]; target: string }[] {
  return only(line).redirects.map((r) => ({ fd: r.fd, op: r.op, target: expandWordToString(r.target, fakeContext()) }));
}

function syntaxError(line: string): string {
  try {
    parseShellLine(line);
  } catch (error) {
    expect(error).toBeInstanceOf(ShellSyntaxError);
    return (error as Error).message;
  }
  throw new Error(`expected a syntax error for ${JSON.stringify(line)}`);
}

describe("parseShellLine: words and quoting", () => {
  it("splits on blanks", () => {
    expect(argv("echo hello   world")).toEqual(["echo", "hello", "world"]);
    expect(argv("  \techo\ta  ")).toEqual(["echo", "a"]);
  });

  it("keeps single-quoted text literal", () => {
    expect(argv("echo 'a  b' '$HOME' 'x\\ny' '\"'", fakeContext({ HOME: "/h" }))).toEqual(["echo", "a  b", "$HOME", "x\\ny", '"']);
  });

  it("expands inside double quotes and honours only \\$ \\` \\\" \\\\ there", () => {
    const ctx = fakeContext({ HOME: "/h" });
    expect(argv('echo "a  $HOME" "\\$HOME" "a\\nb" "\\"" "\\\\" "\\`"', ctx)).toEqual([
      "echo", "a  /h", "$HOME", "a\\nb", '"', "\\", "`",
    ]);
  });

  it("escapes one character outside quotes", () => {
    expect(argv("echo a\\ b \\$HOME \\' \\\\", fakeContext({ HOME: "/h" }))).toEqual(["echo", "a b", "$HOME", "'", "\\"]);
  });

  it("joins adjacent quoted and unquoted parts into one word", () => {
    expect(argv(`echo a"b"'c'd`)).toEqual(["echo", "abcd"]);
  });

  it("keeps an empty quoted word as an empty argument", () => {
    expect(argv(`printf '' ""`)).toEqual(["printf", "", ""]);
  });

  it("keeps a lone or trailing $ literal", () => {
    expect(argv("echo $ a$ $/ 5$")).toEqual(["echo", "$", "a$", "$/", "5$"]);
  });

  it("treats # as a comment only at the start of a word", () => {
    expect(argv("echo a # b c")).toEqual(["echo", "a"]);
    expect(argv("echo a#b '#c' \\#d")).toEqual(["echo", "a#b", "#c", "#d"]);
    expect(parseShellLine("# just a comment").items).toEqual([]);
  });

  it("parses an empty or blank line to nothing", () => {
    expect(parseShellLine("").items).toEqual([]);
    expect(parseShellLine("   \t ").items).toEqual([]);
  });
});

describe("parseShellLine: expansions", () => {
  it("expands $VAR and ${VAR}, dropping unset unquoted ones", () => {
    const ctx = fakeContext({ A: "1", B: "two" });
    expect(argv("echo $A ${B}x $UNSET x${A}y", ctx)).toEqual(["echo", "1", "twox", "x1y"]);
    expect(argv('echo "$UNSET"', ctx)).toEqual(["echo", ""]);
  });

  it("reads the longest name after $", () => {
    expect(argv("echo $AB_1-x", fakeContext({ A: "no", AB_1: "yes" }))).toEqual(["echo", "yes-x"]);
  });

  it("applies ${VAR:-x}, ${VAR-x}, ${VAR:+x} and ${VAR+x}", () => {
    const ctx = fakeContext({ SET: "v", EMPTY: "" });
    expect(argv("echo ${SET:-d} ${EMPTY:-d} ${NONE:-d}", ctx)).toEqual(["echo", "v", "d", "d"]);
    expect(argv('echo ${SET-d} "${EMPTY-d}" ${NONE-d}', ctx)).toEqual(["echo", "v", "", "d"]);
    expect(argv("echo ${SET:+alt} ${EMPTY:+alt} ${NONE:+alt}", ctx)).toEqual(["echo", "alt"]);
    expect(argv("echo ${SET+alt} ${EMPTY+alt} ${NONE+alt}", ctx)).toEqual(["echo", "alt", "alt"]);
  });

  it("expands special parameters: $? $$ $# $0", () => {
    const ctx = fakeContext({ "?": "127", $: "42", "#": "0", "0": "bash" });
    expect(argv('echo $? "$$" $# $0 ${?}', ctx)).toEqual(["echo", "127", "42", "0", "bash", "127"]);
  });

  it("treats $1…$9, $@ and $* as (empty) positional parameters, not literal text", () => {
    expect(argv("echo $1 $9 $@ $* x$2y")).toEqual(["echo", "xy"]);
    expect(argv("echo $10", fakeContext({ "1": "one" }))).toEqual(["echo", "one0"]);
  });

  it("runs $(cmd) through the context, unsplit in double quotes", () => {
    const ctx = fakeContext({}, { date: "Sat Mar  1\n\n", "echo a  b": "a  b\n" });
    expect(argv('echo $(date) "$(date)" "$(echo a  b)"', ctx)).toEqual(["echo", "Sat", "Mar", "1", "Sat Mar  1", "a  b"]);
    expect(ctx.ran).toEqual(["date", "date", "echo a  b"]);
  });

  it("keeps nested and quoted parentheses inside $( )", () => {
    const ctx = fakeContext();
    argv(`echo $(echo $(hostname) ')' "(" \\))`, ctx);
    expect(ctx.ran).toEqual([`echo $(hostname) ')' "(" \\)`]);
  });

  it("splits unquoted expansions on blanks", () => {
    const ctx = fakeContext({ V: " a  b ", W: "x\ty\nz" });
    expect(argv("echo $V", ctx)).toEqual(["echo", "a", "b"]);
    expect(argv('echo "$V"', ctx)).toEqual(["echo", " a  b "]);
    expect(argv("echo [${V}]", ctx)).toEqual(["echo", "[", "a", "b", "]"]);
    expect(argv("echo $W", ctx)).toEqual(["echo", "x", "y", "z"]);
  });
});

describe("parseShellLine: assignments", () => {
  it("takes NAME=value words before the command as assignments", () => {
    const command = only(`A=1 B="x y" C= env A=2`);
    const ctx = fakeContext();
    expect(command.assignments.map((a) => [a.name, expandWordToString(a.value, ctx)])).toEqual([
      ["A", "1"],
      ["B", "x y"],
      ["C", ""],
    ]);
    expect(command.words.map((w) => expandWordToString(w, ctx))).toEqual(["env", "A=2"]);
  });

  it("parses a bare assignment as a command without words", () => {
    const command = only("GREETING=hello");
    expect(command.words).toEqual([]);
    expect(command.assignments.map((a) => a.name)).toEqual(["GREETING"]);
  });

  it("does not treat quoted or invalid names as assignments", () => {
    expect(only(`"A"=1 x`).assignments).toEqual([]);
    expect(only(`1A=1 x`).assignments).toEqual([]);
    expect(only(`A\\=1 x`).assignments).toEqual([]);
    expect(only(`=1 x`).assignments).toEqual([]);
  });
});

describe("parseShellLine: lists and pipelines", () => {
  it("joins pipelines with ; && || left to right", () => {
    const list: CommandList = parseShellLine("a; b && c || d ; e");
    expect(list.items.map((i) => i.op)).toEqual([";", ";", "&&", "||", ";"]);
  });

  it("needs no blanks around operators", () => {
    expect(argvs("a&&b||c;d|e")).toEqual([["a"], ["b"], ["c"], ["d"], ["e"]]);
    const list = parseShellLine("a&&b||c;d|e");
    expect(list.items.map((i) => i.pipeline.commands.length)).toEqual([1, 1, 1, 2]);
  });

  it("builds pipelines", () => {
    const list = parseShellLine("cat f | sort | uniq -c");
    expect(list.items).toHaveLength(1);
    expect(list.items[0]!.pipeline.commands.map((c) => c.words.length)).toEqual([2, 1, 2]);
  });

  it("allows a trailing ; after a pipeline", () => {
    expect(argvs("echo a | cat;")).toEqual([["echo", "a"], ["cat"]]);
    expect(argvs("echo a;")).toEqual([["echo", "a"]]);
  });
});

describe("parseShellLine: redirections", () => {
  it("parses > >> < 2> 2>> 2>&1 &>", () => {
    expect(redirects("cmd > out")).toEqual([{ fd: 1, op: ">", target: "out" }]);
    expect(redirects("cmd >> log")).toEqual([{ fd: 1, op: ">>", target: "log" }]);
    expect(redirects("cmd < in")).toEqual([{ fd: 0, op: "<", target: "in" }]);
    expect(redirects("cmd 2> err")).toEqual([{ fd: 2, op: ">", target: "err" }]);
    expect(redirects("cmd 2>> err")).toEqual([{ fd: 2, op: ">>", target: "err" }]);
    expect(redirects("cmd > out 2>&1")).toEqual([
      { fd: 1, op: ">", target: "out" },
      { fd: 2, op: ">&", target: "1" },
    ]);
    expect(redirects("cmd &> all")).toEqual([{ fd: "both", op: ">", target: "all" }]);
  });

  it("reads redirections glued to words, anywhere in the command", () => {
    const command = only("echo a>out b");
    expect(command.words.map((w) => expandWordToString(w, fakeContext()))).toEqual(["echo", "a", "b"]);
    expect(redirects("echo a>out b")).toEqual([{ fd: 1, op: ">", target: "out" }]);
    expect(redirects(">out echo")).toEqual([{ fd: 1, op: ">", target: "out" }]);
  });

  it("takes 2> as a redirection only at the start of a word", () => {
    expect(only("echo a2>f").words.map((w) => expandWordToString(w, fakeContext()))).toEqual(["echo", "a2"]);
    expect(redirects("echo a2>f")).toEqual([{ fd: 1, op: ">", target: "f" }]);
    expect(only("echo 2 > f").words.map((w) => expandWordToString(w, fakeContext()))).toEqual(["echo", "2"]);
  });

  it("expands quoted redirection targets as one word", () => {
    expect(redirects(`echo hi > "my file"`)).toEqual([{ fd: 1, op: ">", target: "my file" }]);
  });

  it("accepts a redirection with no command", () => {
    const command = only("> empty.txt");
    expect(command.words).toEqual([]);
    expect(command.redirects).toHaveLength(1);
  });
});

describe("parseShellLine: syntax errors in bash's words", () => {
  it("reports an operator where a command should be", () => {
    expect(syntaxError("&& echo")).toBe("syntax error near unexpected token `&&'");
    expect(syntaxError("echo a && && b")).toBe("syntax error near unexpected token `&&'");
    expect(syntaxError("|| echo")).toBe("syntax error near unexpected token `||'");
    expect(syntaxError("| echo")).toBe("syntax error near unexpected token `|'");
    expect(syntaxError("echo a | | b")).toBe("syntax error near unexpected token `|'");
    expect(syntaxError("; echo")).toBe("syntax error near unexpected token `;'");
    expect(syntaxError("echo a ; ; b")).toBe("syntax error near unexpected token `;'");
    expect(syntaxError("echo a ;; b")).toBe("syntax error near unexpected token `;;'");
  });

  it("reports a redirection without a target", () => {
    expect(syntaxError("echo >")).toBe("syntax error near unexpected token `newline'");
    expect(syntaxError("echo > | x")).toBe("syntax error near unexpected token `|'");
    expect(syntaxError("cat < && x")).toBe("syntax error near unexpected token `&&'");
  });

  it("reports input that ends after | && || as an unexpected end of file", () => {
    expect(syntaxError("echo a &&")).toBe("syntax error: unexpected end of file");
    expect(syntaxError("echo a ||")).toBe("syntax error: unexpected end of file");
    expect(syntaxError("echo a |")).toBe("syntax error: unexpected end of file");
    expect(syntaxError("echo a | # comment")).toBe("syntax error: unexpected end of file");
  });

  it("reports unterminated quotes and expansions", () => {
    expect(syntaxError("echo 'abc")).toBe("unexpected EOF while looking for matching `''");
    expect(syntaxError('echo "abc')).toBe("unexpected EOF while looking for matching `\"'");
    expect(syntaxError('echo "abc\\"')).toBe("unexpected EOF while looking for matching `\"'");
    expect(syntaxError("echo $(ls")).toBe("unexpected EOF while looking for matching `)'");
    expect(syntaxError("echo ${A")).toBe("unexpected EOF while looking for matching `}'");
  });
});

describe("parseShellLine properties", () => {
  const onlySyntaxErrors = (line: string): void => {
    try {
      parseShellLine(line);
    } catch (error) {
      if (!(error instanceof ShellSyntaxError)) throw error;
      if (error.message === "") throw new Error("empty syntax error message", { cause: error });
    }
  };

  it("throws nothing but ShellSyntaxError on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), onlySyntaxErrors), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), onlySyntaxErrors), { numRuns: 300 });
  });

  const meta = fc.constantFrom(
    " ", "'", '"', "\\", "$", "$(", "${", "}", ")", "(", "&&", "||", "|", ";", ";;", "&", ">", ">>", "<", "2>", "2>&1",
    "&>", "#", "=", "A=", "\n", "\t", "`", "a", "echo", "$?", "$1", ":-", ":+",
  );

  it("throws nothing but ShellSyntaxError on strings built from shell metacharacters", () => {
    fc.assert(fc.property(fc.array(meta, { maxLength: 20 }).map((p) => p.join("")), onlySyntaxErrors), { numRuns: 2000 });
  });

  const realistic = [
    "docker run -d -p 8080:80 --name web nginx",
    "echo \"hello $USER\" > greeting.txt && cat greeting.txt",
    "A=1 B='two words' env | sort",
    "docker ps -a --format '{{.ID}}\\t{{.Names}}' 2>&1 | cat",
    "ls -la ~/workspace || echo \"no dir\"; pwd",
    "curl -s localhost:8080 &> out.log",
    "echo ${NAME:-world} $(date +%s) # trailing comment",
    "cat < in.txt >> out.txt 2> err.txt",
  ];

  it("throws nothing but ShellSyntaxError on mutated realistic lines", () => {
    const mutation = fc.tuple(fc.nat(), fc.nat(3), meta);
    fc.assert(
      fc.property(fc.constantFrom(...realistic), fc.array(mutation, { minLength: 1, maxLength: 5 }), (line, edits) => {
        let text = line;
        for (const [position, kind, insert] of edits) {
          const at = text.length === 0 ? 0 : position % (text.length + 1);
          if (kind === 0) text = text.slice(0, at) + insert + text.slice(at);
          else if (kind === 1) text = text.slice(0, at) + text.slice(at + 1);
          else if (kind === 2) text = text.slice(0, at) + insert + text.slice(at + 1);
          else text = text.slice(0, at);
        }
        onlySyntaxErrors(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("parses every realistic line without error", () => {
    for (const line of realistic) expect(() => parseShellLine(line)).not.toThrow();
  });

  it("single-quoting any text (with '\\'' for quotes) gives it back as one argument", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const quoted = `'${text.replace(/'/g, "'\\''")}'`;
        expect(argv(`echo ${quoted}`, fakeContext({ HOME: "/h" }))).toEqual(["echo", text]);
      }),
      { numRuns: 1000 },
    );
  });

  it("double-quoting any text with \\ before $ ` \" \\ gives it back as one argument", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const quoted = `"${text.replace(/[$`"\\]/g, "\\$&")}"`;
        expect(argv(`echo ${quoted}`, fakeContext({ HOME: "/h" }))).toEqual(["echo", text]);
      }),
      { numRuns: 1000 },
    );
  });

  it("plain words separated by blanks come back unchanged", () => {
    const word = fc.stringMatching(/^[A-Za-z0-9_./:@%+,-]{1,10}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (words) => {
        expect(argvs(words.join(" "))).toEqual([words]);
      }),
      { numRuns: 1000 },
    );
  });
});
