import type { CaseItem, Command, CompoundCommand, Program, Word } from "./ast";
import type { ShellFlavor } from "./errors";
import { Lexer, type LexerHooks, type Token } from "./lexer";
import { NAME_RE, ParserCore } from "./parse-core";

/**
 * A recursive-descent parser for the POSIX shell grammar (XCU §2.10), shaped
 * like dash's src/parser.c (list, andor, pipeline, command, simplecmd) so that
 * syntax errors name the same token. `next()` returns one complete command
 * line at a time, as dash and bash parse `-c` strings and scripts: earlier
 * lines run before a later line's syntax error is found. This half parses
 * the compound commands.
 */
export class PosixParser extends ParserCore {
  constructor(source: string | Lexer, flavor: ShellFlavor, startLine = 1) {
    super(typeof source === "string" ? new Lexer(source, flavor, makeHooks(flavor), startLine) : source, flavor);
  }

  protected compound(tok: Token): CompoundCommand | undefined {
    const line = tok.line;
    switch (tok.kind === "word" ? tok.plain : undefined) {
      case "if": {
        this.take();
        const clauses: { cond: Program; body: Program }[] = [];
        let elseBody: Program | undefined;
        for (;;) {
          const cond = this.compoundList();
          this.expectKeyword("then");
          const body = this.compoundList();
          clauses.push({ cond, body });
          const next = this.peek();
          if (this.isKeyword(next, "elif")) {
            this.take();
            continue;
          }
          if (this.isKeyword(next, "else")) {
            this.take();
            elseBody = this.compoundList();
          }
          this.expectKeyword("fi");
          return { type: "if", clauses, elseBody, redirects: [], line };
        }
      }
      case "while":
      case "until": {
        this.take();
        const cond = this.compoundList();
        this.expectKeyword("do");
        const body = this.compoundList();
        this.expectKeyword("done");
        return { type: "loop", until: tok.kind === "word" && tok.plain === "until", cond, body, redirects: [], line };
      }
      case "for":
        return this.forLoop(line);
      case "case":
        return this.caseCommand(line);
      case "{": {
        this.take();
        const body = this.compoundList();
        this.expectKeyword("}");
        return { type: "group", body, redirects: [], line };
      }
      default:
        return undefined;
    }
  }

  private forLoop(line: number): CompoundCommand {
    this.take();
    const nameTok = this.take();
    if (nameTok.kind !== "word") return this.unexpected(nameTok);
    const name = nameTok.plain ?? nameTok.raw;
    if (!NAME_RE.test(name) && this.flavor !== "bash") this.fail({ kind: "for-var" }, false, nameTok.line);
    this.skipNewlines();
    let words: Word[] | undefined;
    if (this.isKeyword(this.peek(), "in")) {
      this.take();
      words = [];
      for (let tok = this.peek(); tok.kind === "word"; tok = this.peek()) words.push((this.take() as Token & { kind: "word" }).word);
      const sep = this.peek();
      if (sep.kind === "op" && sep.op === ";") this.take();
      else if (sep.kind !== "newline") this.unexpected(sep, '"do"');
      this.skipNewlines();
    } else {
      const sep = this.peek();
      if (sep.kind === "op" && sep.op === ";") this.take();
      this.skipNewlines();
    }
    this.expectKeyword("do");
    const body = this.compoundList();
    this.expectKeyword("done");
    return { type: "for", name, words, body, redirects: [], line };
  }

  private caseCommand(line: number): CompoundCommand {
    this.take();
    const wordTok = this.take();
    if (wordTok.kind !== "word") return this.unexpected(wordTok);
    this.skipNewlines();
    this.expectKeyword("in");
    const items: CaseItem[] = [];
    for (;;) {
      this.skipNewlines();
      const tok = this.peek();
      if (this.isKeyword(tok, "esac")) {
        this.take();
        break;
      }
      if (tok.kind === "op" && tok.op === "(") this.take();
      const patterns: Word[] = [];
      for (;;) {
        const p = this.take();
        if (p.kind !== "word") return this.unexpected(p, p.kind === "eof" ? '")"' : undefined, patterns.length > 0);
        patterns.push(p.word);
        const sep = this.peek();
        if (sep.kind === "op" && sep.op === "|") {
          this.take();
          continue;
        }
        if (sep.kind === "op" && sep.op === ")") {
          this.take();
          break;
        }
        return this.unexpected(sep, '")"', true);
      }
      const body = this.compoundList(true);
      const end = this.peek();
      if (end.kind === "op" && (end.op === ";;" || end.op === ";&" || end.op === ";;&")) {
        this.take();
        items.push({ patterns, body, fallthrough: end.op === ";&" });
        continue;
      }
      items.push({ patterns, body, fallthrough: false });
      this.expectKeyword("esac");
      break;
    }
    return { type: "case", word: wordTok.word, items, redirects: [], line };
  }

  /** bash's and ash's `function name { …; }` (and `function name() …`). */
  protected functionKeyword(): Command {
    const kw = this.take();
    const nameTok = this.take();
    if (nameTok.kind !== "word") return this.unexpected(nameTok);
    const next = this.peek();
    if (next.kind === "op" && next.op === "(") {
      this.take();
      this.expectOp(")", true);
    }
    this.skipNewlines();
    return { type: "function", name: nameTok.raw, body: this.functionBody(), line: kw.line };
  }

  protected functionBody(): Command {
    const tok = this.peek();
    const compound = tok.kind === "op" && tok.op === "(";
    const keyword = tok.kind === "word" && (tok.plain === "{" || tok.plain === "if" || tok.plain === "while" || tok.plain === "until" || tok.plain === "for" || tok.plain === "case");
    if (this.flavor === "bash" && !compound && !keyword) this.unexpected(tok);
    return this.command();
  }

  /** bash's `[[ … ]]`: words up to `]]`, with `&& || ( ) < >` taken as plain words. */
  protected doubleBracket(): CompoundCommand {
    const open = this.take();
    const words: Word[] = [];
    for (;;) {
      const t = this.take();
      if (t.kind === "word" && t.plain === "]]") break;
      if (t.kind === "word") words.push(t.word);
      else if (t.kind === "op" && ["&&", "||", "(", ")", "<", ">"].includes(t.op) && t.fd === undefined) words.push({ parts: [{ type: "lit", text: t.op, quoted: false }] });
      else return this.unexpected(t, undefined, true);
    }
    return { type: "dbracket", words, redirects: [], line: open.line };
  }

}

/** The lexer hooks that parse `$(…)` and backquote bodies with a nested parser. */
function makeHooks(flavor: ShellFlavor): LexerHooks {
  const hooks: LexerHooks = {
    parseSubstitution: (lexer) => new PosixParser(lexer, flavor).parseSubstitution(),
    parseString: (text, line) => new PosixParser(new Lexer(text, flavor, hooks, line), flavor).parseAll(),
  };
  return hooks;
}

/** Parses a whole script (all lines); throws PosixSyntaxError on the first error. */
export function parsePosixScript(source: string, flavor: ShellFlavor): Program {
  return new PosixParser(source, flavor).parseAll();
}
