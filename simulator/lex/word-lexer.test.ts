import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { WordLexer, WordLexError, envLookupFromList, type EnvLookup, type WordLexerOptions } from "./word-lexer";

// BuildKit's Dockerfile word lexer (moby/buildkit: frontend/dockerfile/shell/lex.go).
// Expected values follow upstream's behaviour; the rows marked "upstream" are a selection
// transcribed from moby/buildkit frontend/dockerfile/shell/envVarTest and lex_test.go
// (TestProcessWithMatches, TestShellParserMandatoryEnvVars); the rest are our own,
// worked out from lex.go.

function envOf(vars: Record<string, string>): EnvLookup {
  return (name) => (Object.hasOwn(vars, name) ? vars[name] : undefined);
}

const NO_ENV: EnvLookup = () => undefined;

// The environment upstream's envVarTest runs with.
const ENV = envOf({ PWD: "/home", SHELL: "bash", KOREAN: "한국어", NULL: "" });

function failure(word: string, options: WordLexerOptions = {}, env: EnvLookup = ENV): WordLexError {
  try {
    new WordLexer(options).processWord(word, env);
  } catch (err) {
    if (err instanceof WordLexError) return err;
    throw err;
  }
  throw new Error(`expected ${JSON.stringify(word)} to fail`);
}

describe("processWord: quotes, escapes and plain variables", () => {
  const lex = new WordLexer();
  const cases: Array<[string, string]> = [
    // upstream (envVarTest)
    ["hello", "hello"],
    ["he'll'o", "hello"],
    ["he\\'llo", "he'llo"],
    ["abc\\tdef", "abctdef"],
    ['"abc\\tdef"', "abc\\tdef"],
    ['"abc\\\\tdef"', "abc\\tdef"],
    ["'abc\\tdef'", "abc\\tdef"],
    ["hello\\", "hello"],
    ["hello\\\\", "hello\\"],
    ['"hel\'lo"', "hel'lo"],
    ["'hello\\'", "hello\\"],
    ["'hello\\\\there'", "hello\\\\there"],
    ['"\'\'"', "''"],
    ["$.", "$."],
    ["he$1x", "hex"],
    ["he$.x", "he$.x"],
    ["he$pwd.", "he."],
    ["he$PWD", "he/home"],
    ["he\\$PWD", "he$PWD"],
    ["he\\\\$PWD", "he\\/home"],
    ['"he\\$PWD"', "he$PWD"],
    ['"he\\\\$PWD"', "he\\/home"],
    ["\\${}aaa", "${}aaa"],
    ["he${hi}xx", "hexx"],
    ["he${PWD}", "he/home"],
    ["'he${XX}'", "he${XX}"],
    ['"he\'$PWD\'"', "he'/home'"],
    ["'\\$PWD'", "\\$PWD"],
    ["'\"hello\"'", '"hello"'],
    ["안녕$KOREAN", "안녕한국어"],
    ["안'녕'하세요", "안녕하세요"],
    ["${aaa}}", "}"],
    ["$999aaa", "aaa"],
    ["${001}aaa", "aaa"],
    ["$@@@", "@@"],
    ["$#", ""],
    ["${$}", ""],
    ["$0", ""],
    // our own
    ["$", "$"],
    ["a$", "a$"],
    ["$ x", "$ x"],
    ["$/", "$/"],
    ["x$-y", "xy"],
    ["$PWDx", ""],
    ["${PWD}x", "/homex"],
    ['"a  b"', "a  b"],
    ["a  b", "a  b"],
    ['"a\\b"', "a\\b"],
    ['"a\\"b"', 'a"b'],
    ["\\'", "'"],
    ["\\\"", '"'],
    ["'a\"b'", 'a"b'],
    ['"$NULL"x', "x"],
  ];
  it.each(cases)("%s -> %s", (input, expected) => {
    expect(lex.processWord(input, ENV).result).toBe(expected);
  });

  it("drops a byte-order mark at the very start, as Go's text/scanner does", () => {
    expect(lex.processWord("\uFEFFab\uFEFF", NO_ENV).result).toBe("ab\uFEFF");
  });

  it("reads a name made of Unicode letters and digits", () => {
    const env = envOf({ 이름: "x", "١٢": "y" });
    expect(lex.processWord("$이름.${이름}", env).result).toBe("x.x");
    expect(lex.processWord("$١٢z", env).result).toBe("yz");
  });
});

describe("processWord: ${...} operators", () => {
  const lex = new WordLexer();
  const cases: Array<[string, Record<string, string>, string]> = [
    // upstream (envVarTest)
    ["he${XXX:-000}xx", {}, "he000xx"],
    ["he${PWD:-000}xx", { PWD: "/home" }, "he/homexx"],
    ["he${XXX:-${PWD:-yyy}}xx", { PWD: "/home" }, "he/homexx"],
    ["he${XXX:-${YYY:-yyy}}xx", {}, "heyyyxx"],
    ["he${PWD?}", { PWD: "/home" }, "he/home"],
    ["he${NULL?}", { NULL: "" }, "he"],
    ["he${PWD:+${SHELL}}xx", { PWD: "/home", SHELL: "bash" }, "hebashxx"],
    ["he${XXX:+000}xx", {}, "hexx"],
    ["he${PWD:+${PWD}:}xx", { PWD: "/home" }, "he/home:xx"],
    ["he${XXX:-\\$PWD:}xx", {}, "he$PWD:xx"],
    ["he${XXX:-\\${PWD}z}xx", {}, "he${PWDz}xx"],
    ["${aaa:-bbb}}", {}, "bbb}"],
    ["${aaa:-bbb {foo}", {}, "bbb {foo"],
    ["${1:-bbb}", {}, "bbb"],
    ["${@:+bbb}aaa", {}, "aaa"],
    // upstream (lex_test.go TestProcessWithMatches)
    ["${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}", { FOO: "xxx", BAR: "" }, "xxx  ccc"],
    ["${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}", { FOO: "xxx", BAR: "" }, "xxx bbb ccc"],
    ["${FOO+aaa} ${BAR+bbb} ${BAZ+ccc}", { FOO: "xxx", BAR: "" }, "aaa bbb "],
    ["${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}", { FOO: "xxx", BAR: "" }, "aaa  "],
    ["${BAR?bbb}", { BAR: "" }, ""],
    ["${FOO:?aaa}", { FOO: "xxx" }, "xxx"],
    ["${FOO#()[]{\\}^$.\\*\\?|\\\\}", { FOO: "()[]{}^$.*?|\\x" }, "x"],
    ["${FOO%%\\**}", { FOO: "xx**" }, "xx"],
    ["${FOO#*x*y}", { FOO: "xxyy" }, "y"],
    ["${FOO#*}", { FOO: "xxyy" }, "xxyy"],
    ["${FOO#$BAR}", { FOO: "xxyy", BAR: "x" }, "xyy"],
    ["${FOO##*x}", { FOO: "xxyy" }, "yy"],
    ["${FOO##}", { FOO: "xxyy" }, "xxyy"],
    ["${FOO#?\\?}", { FOO: "???y" }, "?y"],
    ["${ABC:-.}${FOO%x}${ABC:-.}", { FOO: "xxyy" }, ".xxyy."],
    ["${FOO%%\\**\\*}", { FOO: "a***yy*" }, "a"],
    ["${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}", { FOO: "/foo*/*/*.txt", NEEDLE: "\\*/" }, "/foo.*/*.txt - /foo..*.txt"],
    ["${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}", { FOO: "/tmp/tmp/bar.txt", NEEDLE: "/tmp" }, "/tmp/bar.txt - /bar.txt"],
    ["${FOO/$N/$R} - ${FOO//$N/$R}", { FOO: "/a/foo/b/c.txt", N: "/?/", R: "/" }, "/foo/b/c.txt - /foo/c.txt"],
    ["${FOO//\\//\\/}", { FOO: "/tmp/foo.txt" }, "\\/tmp\\/foo.txt"],
    ["${FOO/$BAR/ww}", { FOO: "xxyy", BAR: "" }, "wwxxyy"],
    ["${FOO///}", { FOO: "xxyy" }, "xxyy"],
    ["${FOO///}", {}, ""],
    [
      "something-${VERSION}.${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tar.gz",
      { VERSION: "v1.2.3", TARGETOS: "linux", TARGETARCH: "arm", TARGETVARIANT: "v7" },
      "something-v1.2.3.linux-arm-v7.tar.gz",
    ],
    // our own
    ["${X-}", { X: "" }, ""],
    ["${X:-'a  b'}", {}, "a  b"],
    ['${X:-"$Y"z}', { Y: "y" }, "yz"],
    ["${X:-a\\}b}", {}, "a}b"],
    ["${X:+set}", { X: "" }, ""],
    ["${X+set}", { X: "" }, "set"],
    ["${X:?}", { X: "v" }, "v"],
    ["${F#*.}", { F: "a.b.c" }, "b.c"],
    ["${F##*.}", { F: "a.b.c" }, "c"],
    ["${F%.*}", { F: "a.b.c" }, "a.b"],
    ["${F%%.*}", { F: "a.b.c" }, "a"],
    ["${F%\\*}", { F: "a**" }, "a*"],
    ["${F#'*'}", { F: "*a" }, "*a"], // quotes are removed before the pattern is read: `*` stays a wildcard
    ["${F#*}", { F: "line1\nline2" }, "line1\nline2"],
    ["${F##*x}", { F: "ax\nbx" }, "\nbx"], // `*` does not cross a newline (Go's `.`)
    ["${F%%?}", { F: "a😀" }, "a"],
    ["${F/o/0}", { F: "foo" }, "f0o"],
    ["${F//o/0}", { F: "foo" }, "f00"],
    ["${F//*/x}", { F: "abc" }, "x"], // Go skips the empty match right after a match
    ["${F//x*/-}", { F: "axbxc" }, "a-"],
    ["${F//\\\\/}", { F: "a\\b" }, "ab"],
    // ReplaceAll expands the replacement as a Go regexp template; a single replace does not.
    ["${F//b/$R}", { F: "abcb", R: "[$0]" }, "a[b]c[b]"],
    ["${F//b/$R}", { F: "abc", R: "${0}$$" }, "ab$c"],
    ["${F//b/$R}", { F: "abc", R: "<$1$x${y}$.>" }, "a<$.>c"],
    ["${F/b/$R}", { F: "abc", R: "[$0]" }, "a[$0]c"],
    ["${F//b/'$0'}", { F: "abc" }, "abc"],
  ];
  it.each(cases)("%s with %j -> %s", (input, vars, expected) => {
    expect(lex.processWord(input, envOf(vars)).result).toBe(expected);
  });
});

describe("processWord: matched and unmatched names", () => {
  const lex = new WordLexer();
  const cases: Array<[string, Record<string, string>, string[], string[]]> = [
    // upstream (lex_test.go TestProcessWithMatches)
    ["x", { DUMMY: "dummy" }, [], []],
    ["x ${UNUSED}", { DUMMY: "dummy" }, [], ["UNUSED"]],
    ["${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}", { FOO: "xxx", BAR: "" }, ["BAR", "FOO"], ["BAZ"]],
    ["${FOO#$BAR}", { FOO: "xxyy", BAR: "" }, ["BAR", "FOO"], []],
    ["${ABC:-.}${FOO%x}${ABC:-.}", { FOO: "xxyy" }, ["FOO"], ["ABC"]],
    ["${FOO///}", {}, [], ["FOO"]],
    // our own
    ["$A $B ${C} ${D:+$E}", { A: "1", C: "" }, ["A", "C"], ["B", "D", "E"]],
    ["$1 $@ ${#}", {}, [], ["#", "1", "@"]],
    ["'$A' \\$B", { A: "1" }, [], []],
  ];
  it.each(cases)("%s", (input, vars, matched, unmatched) => {
    const out = lex.processWord(input, envOf(vars));
    expect([...out.matched].sort()).toEqual(matched);
    expect([...out.unmatched].sort()).toEqual(unmatched);
  });
});

describe("errors", () => {
  const cases: Array<[string, string]> = [
    // upstream (envVarTest, lex_test.go): these must fail; the wording is lex.go's
    ["he'llo", "unexpected end of statement while looking for matching single-quote"],
    ["he\\\\'llo", "unexpected end of statement while looking for matching single-quote"],
    ['"hello', "unexpected end of statement while looking for matching double-quote"],
    ['"hello\\"', "unexpected end of statement while looking for matching double-quote"],
    ["${}", "syntax error: bad substitution"],
    ["he${}xx", "syntax error: bad substitution"],
    ["${{aaa}", "syntax error: bad substitution"],
    ["${:-bbb}", "syntax error: bad substitution"],
    ["he${.}", "unsupported modifier (.) in substitution"],
    ["he${XXX:YYY}", "unsupported modifier (:Y) in substitution"],
    ["he${PWD:=000}xx", "unsupported modifier (:=) in substitution"],
    ["${FOO=aaa}", "unsupported modifier (=) in substitution"],
    ["${FOO:#}", "unsupported modifier (:#) in substitution"],
    ["${FOO:%%}", "unsupported modifier (:%) in substitution"],
    ["he${XXX?}", "XXX: is not allowed to be unset"],
    ["he${XXX:?}", "XXX: is not allowed to be unset"],
    ["he${NULL:?}", "NULL: is not allowed to be empty"],
    ["${aaa:-bbb", "syntax error: missing '}'"],
    ["${aaa:-bbb ${foo}", "syntax error: missing '}'"],
    ["${FOO//ww}", "syntax error: missing '/' in ${}"],
    ["${FOO//}", "syntax error: missing '/' in ${}"],
    // At the end of input lex.go reads EOF as the operator, and Go prints it as U+FFFD.
    ["he${PWD", "unsupported modifier (\uFFFD) in substitution"],
    // our own
    ["${", "syntax error: missing '}'"],
    ["${X:", "syntax error: missing '}'"],
    ["${X/a", "syntax error: missing '/' in ${}"],
    ["${X/a/b", "syntax error: missing '}'"],
    ["${X/a\\/}", "syntax error: missing '/' in ${}"], // `\/` is an escaped slash
    ["${#X}", "unsupported modifier (X) in substitution"],
    ["${X:-'abc}", "syntax error: missing '}'"], // an inner error at the end of input
    ["${X:-${B?oops}", "syntax error: missing '}'"],
    ["${X:-${}}", "syntax error: bad substitution"], // an inner error before the end passes through
    ["${X:-${B?oops}}", "B: oops"],
    ["${PWD#\\x}", "invalid pattern (\\x) in substitution: invalid escape '\\x'"],
    ["${PWD%a\\x}", "invalid pattern (\\xa) in substitution: invalid escape '\\x'"], // the reversed pattern
    ["${PWD/\\a/b}", "invalid pattern (\\a) in substitution: invalid escape '\\a'"],
  ];
  it.each(cases)("%s fails with: %s", (input, reason) => {
    const err = failure(input);
    expect(err.reason).toBe(reason);
    expect(err.source).toBe(input);
    expect(err.message.endsWith(`: ${reason}`)).toBe(true);
  });

  it("words the whole message as BuildKit does, quoting the word like Go's %q", () => {
    expect(failure("${foo").message).toBe('failed to process "${foo": unsupported modifier (\uFFFD) in substitution');
    expect(failure('x\t"${}').message).toBe('failed to process "x\\t\\"${}": syntax error: bad substitution');
    expect(failure("a\\${}\n\u00a0\u200b\x01${}").message).toBe(
      'failed to process "a\\\\${}\\n\\u00a0\\u200b\\x01${}": syntax error: bad substitution',
    );
    expect(failure("한😀${}").message).toBe('failed to process "한😀${}": syntax error: bad substitution');
    expect(failure("${VAR:?message here$ARG}", {}, envLookupFromList(["VAR=", "ARG=x"])).message).toBe(
      'failed to process "${VAR:?message here$ARG}": VAR: message herex',
    );
  });

  it("reports a pattern that ends in a lone escape (only reachable through a variable)", () => {
    expect(failure("${V#$P}", {}, envOf({ V: "a", P: "a\\" })).reason).toBe(
      "invalid pattern (a\\) in substitution: invalid escape '\\\uFFFD'",
    );
  });

  it("fails the same way in processWords", () => {
    expect(() => new WordLexer().processWords('a "b', NO_ENV)).toThrow(WordLexError);
    expect(() => new WordLexer().processWords("${X:?}", NO_ENV)).toThrow("X: is not allowed to be unset");
  });

  it("upstream's mandatory-variable cases (lex_test.go TestShellParserMandatoryEnvVars)", () => {
    const lex = new WordLexer();
    const set = envLookupFromList(["VAR=plain", "ARG=x"]);
    const empty = envLookupFromList(["VAR=", "ARG=x"]);
    const unset = envLookupFromList(["ARG=x"]);
    expect(lex.processWord("${VAR:?message here$ARG}", set).result).toBe("plain");
    expect(() => lex.processWord("${VAR:?message here$ARG}", empty)).toThrow("message herex");
    expect(() => lex.processWord("${VAR:?message here$ARG}", unset)).toThrow("message herex");
    expect(lex.processWord("${VAR?message here$ARG}", set).result).toBe("plain");
    expect(lex.processWord("${VAR?message here$ARG}", empty).result).toBe("");
    expect(() => lex.processWord("${VAR?message here$ARG}", unset)).toThrow("message herex");
  });
});

describe("processWords", () => {
  const lex = new WordLexer();
  const env = envOf({ hi: "hi", space: "abc  def", leading: "  ab c", trailing: "ab c   ", nel: "a\u0085b", bom: "a\uFEFFb" });
  const cases: Array<[string, string[]]> = [
    ["hello", ["hello"]],
    ["hello${hi}bye", ["hellohibye"]],
    ["hello${space}bye", ["helloabc", "defbye"]],
    ['hello"${space}"bye', ["helloabc  defbye"]],
    ['hello "${space}"bye', ["hello", "abc  defbye"]],
    ["hello${leading}def", ["hello", "ab", "cdef"]],
    ['hello"${leading}" def', ["hello  ab c", "def"]],
    ["hello${trailing}d", ["helloab", "c", "d"]],
    ['hel"lo${trailing}"', ["helloab c   "]],
    ["hello there     ", ["hello", "there"]],
    ["  a \t b\n c  ", ["a", "b", "c"]],
    ["hello\\ there", ["hello there"]],
    ['hello\\" there', ['hello"', "there"]],
    ["hello'$there'", ["hello$there"]],
    ["'a b' \"c d\"", ["a b", "c d"]],
    ['"" a \'\'', ["a"]],
    ["''", []],
    ["", []],
    ["$nel", ["a", "b"]], // Go's unicode.IsSpace includes U+0085 …
    ["$bom", ["a\uFEFFb"]], // … but not U+FEFF
    // Upstream shares one words buffer between nested reads, so the text before a
    // `${NAME<op>...}` in the same word is lost from the words (but not from processWord).
    ["a${X:-b}c d", ["bc", "d"]],
    ['x"${X:-b}"y', ["by"]],
    ["a ${X:-b}", ["a", "b"]],
  ];
  it.each(cases)("%j -> %j", (input, expected) => {
    expect(lex.processWords(input, env)).toEqual(expected);
  });

  it("keeps the full text of such a word in processWord", () => {
    expect(lex.processWord("a${X:-b}c d", env).result).toBe("abc d");
  });
});

describe("options", () => {
  const env = envOf({ A: "1", E: "" });

  it("escapeToken: a backtick escapes, a backslash is literal", () => {
    const lex = new WordLexer({ escapeToken: "`" });
    expect(lex.processWord("a`$A\\b", env).result).toBe("a$A\\b");
    expect(lex.processWord('"`"`$A``x`y"', env).result).toBe('"$A`x`y');
    expect(lex.processWord("C:\\path\\$A", env).result).toBe("C:\\path\\1");
    expect(lex.processWords("a` b c", env)).toEqual(["a b", "c"]);
    expect(lex.processWord("ab`", env).result).toBe("ab");
  });

  it("rawQuotes keeps quote characters", () => {
    const lex = new WordLexer({ rawQuotes: true });
    expect(lex.processWord("'a $A'\"b $A\"c", env).result).toBe("'a $A'\"b 1\"c");
    expect(lex.processWords("x 'a b' \"\"", env)).toEqual(["x", "'a b'", '""']);
  });

  it("rawEscapes keeps escape characters (an unknown escape inside double quotes doubles)", () => {
    const lex = new WordLexer({ rawEscapes: true });
    expect(lex.processWord("a\\ b\\$A", env).result).toBe("a\\ b\\$A");
    expect(lex.processWord("ab\\", env).result).toBe("ab\\");
    expect(lex.processWord('"\\"\\$A\\x"', env).result).toBe('\\"\\$A\\\\x');
    expect(lex.processWords("a\\ b c", env)).toEqual(["a\\ b", "c"]);
    // Operator words other than patterns are read without raw escapes.
    expect(lex.processWord("${U:-x\\y}", env).result).toBe("xy");
  });

  it("skipUnsetEnv leaves unset references as written", () => {
    const lex = new WordLexer({ skipUnsetEnv: true });
    expect(lex.processWord("$U ${U} $A ${E}", env).result).toBe("$U ${U} 1 ");
    expect(lex.processWord("${U:-x} ${U-$A} ${A:-x} ${E:-x}", env).result).toBe("${U:-x} ${U-1} 1 x");
    expect(lex.processWord("${U?no} ${U:?} ${U#a}", env).result).toBe("${U?no} ${U:?} ${U#a}");
    // Upstream writes `//` back as `/`, and an unknown operator passes for an unset name.
    expect(lex.processWord("${U//a/b} ${U:YYY}", env).result).toBe("${U/a/b} ${U:YYY}");
    expect(() => lex.processWord("${A:YYY}", env)).toThrow("unsupported modifier (:Y) in substitution");
    expect(lex.processWord("$U", env).unmatched).toEqual(new Set(["U"]));
  });

  it("skipProcessQuotes treats quotes as ordinary characters", () => {
    const lex = new WordLexer({ skipProcessQuotes: true });
    expect(lex.processWord("'$A' \"$A\"", env).result).toBe("'1' \"1\"");
    expect(lex.processWords('"a b" \'c', env)).toEqual(['"a', 'b"', "'c"]);
    expect(lex.processWord("${U:-'x}", env).result).toBe("'x");
  });

  it("finds heredoc words the way the Dockerfile parser asks (raw quotes and escapes, no variables)", () => {
    const lex = new WordLexer({ rawQuotes: true, rawEscapes: true });
    expect(lex.processWords("cat <<EOF >/out", NO_ENV)).toEqual(["cat", "<<EOF", ">/out"]);
    expect(lex.processWords("cat <<-\"EOF\" <<'E O F' <<\\END", NO_ENV)).toEqual(["cat", '<<-"EOF"', "<<'E O F'", "<<\\END"]);
  });
});

describe("envLookupFromList", () => {
  it("behaves as BuildKit's EnvsFromSlice: a bare key is empty, the last entry wins", () => {
    const env = envLookupFromList(["foo", "car=hat", "a=b=c", "car=bike"]);
    expect(env("foo")).toBe("");
    expect(env("car")).toBe("bike");
    expect(env("a")).toBe("b=c");
    expect(env("nope")).toBeUndefined();
  });
});

describe("properties", () => {
  const options = fc.record({
    escapeToken: fc.constantFrom<"\\" | "`">("\\", "`"),
    rawQuotes: fc.boolean(),
    rawEscapes: fc.boolean(),
    skipUnsetEnv: fc.boolean(),
    skipProcessQuotes: fc.boolean(),
  });
  const env = envOf({ A: "1", E: "", S: "a b", P: "a\\", Q: "*", R: "$0$$${1}", N: "\n" });
  // Mostly the characters the lexer cares about, so the syntax gets exercised.
  const syntax = fc.string({
    unit: fc.constantFrom(..."${}:-+?#%/\\`'\" \t\naAEPQRSN_1@*.[]()|^=\u0085\uFEFF한".split(""), "😀"),
    maxLength: 40,
  });
  const anyText = fc.oneof(syntax, fc.string({ unit: "binary", maxLength: 40 }), fc.string({ maxLength: 40 }));

  it("only ever throws WordLexError", () => {
    fc.assert(
      fc.property(anyText, options, (word, opts) => {
        const lex = new WordLexer(opts);
        for (const run of [() => lex.processWord(word, env), () => lex.processWords(word, env)]) {
          try {
            run();
          } catch (err) {
            if (!(err instanceof WordLexError)) throw err;
          }
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("returns text without $, quotes or the escape character unchanged (and splits it on Go whitespace)", () => {
    const goSpace = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u;
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string()), options, (raw, opts) => {
        const forbidden = opts.escapeToken === "\\" ? /[$'"\\]/g : /[$'"`]/g;
        // A leading byte-order mark is dropped by Go's scanner, so it is left out here.
        const word = raw.replace(forbidden, "x").replace(/^\uFEFF+/, "");
        const lex = new WordLexer(opts);
        const out = lex.processWord(word, NO_ENV);
        expect(out.result).toBe(word);
        expect(out.matched.size + out.unmatched.size).toBe(0);
        expect(lex.processWords(word, NO_ENV)).toEqual(word.split(goSpace).filter((w) => w !== ""));
      }),
      { numRuns: 5000 },
    );
  });
});
