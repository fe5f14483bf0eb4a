import type { Word } from "../ast";
import type { ShellCore } from "../core";
import { expandPattern, expandString } from "../expand";
import { matchPattern } from "../glob";
import { traceCompound } from "../exec";
import type { Io } from "../io";
import { binaryTest, evaluateTest, TestError, unaryTest, type TestEnv } from "../test-expr";
import type { BuiltinCall } from "./types";

function testEnv(core: ShellCore): TestEnv {
  return { fs: core.fs, cwd: core.state.cwd, user: core.user, flavor: core.flavor };
}

/**
 * `test` and `[` (and ash's `[[`): status 0, 1, or 2 with dash `[: missing ]`,
 * ash `missing ]` and bash "[: missing `]'" (dash: src/bltin/test.c).
 */
export function runTestBuiltin(call: BuiltinCall): number {
  const core = call.core;
  const name = call.argv[0] as string;
  let args = call.argv.slice(1);
  const closer = name === "[" ? "]" : name === "[[" ? "]]" : undefined;
  const report = (message: string): number => {
    if (core.flavor === "ash") core.err(call.io, `${core.diag.name}: ${message}\n`);
    else call.error(message);
    return 2;
  };
  if (closer) {
    if (args[args.length - 1] !== closer) return report(core.flavor === "bash" ? `missing \`${closer}'` : `missing ${closer}`);
    args = args.slice(0, -1);
  }
  try {
    return evaluateTest(args, { ...testEnv(core), patterns: name === "[[" });
  } catch (e) {
    if (e instanceof TestError) return report(e.message);
    throw e;
  }
}

/**
 * bash's `[[ … ]]`: no field splitting or globbing; `==`/`!=` match a
 * pattern, `=~` an extended regular expression (BASH_REMATCH), `&&`, `||`,
 * `!` and parentheses combine (bash: execute_cmd.c execute_cond_node).
 */
export function evaluateDoubleBracket(core: ShellCore, words: Word[], io: Io): number {
  const host = core.expandHost(io);
  const env = testEnv(core);
  traceCompound(core, io, () => `[[ ${words.map((w) => expandString(w, host)).join(" ")} ]]`);
  const plain = words.map((w) => (w.parts.length === 1 && w.parts[0]?.type === "lit" && !w.parts[0].quoted ? w.parts[0].text : undefined));
  let pos = 0;
  const text = (i: number): string => expandString(words[i] as Word, host);
  const primary = (): boolean => {
    const op = plain[pos];
    if (op === "!") {
      pos++;
      return !primary();
    }
    if (op === "(") {
      pos++;
      const v = orExpr();
      pos++;
      return v;
    }
    const binop = plain[pos + 1];
    if (binop !== undefined && ["==", "=", "!=", "=~", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef"].includes(binop) && pos + 2 < words.length) {
      const left = text(pos);
      const rightWord = words[pos + 2] as Word;
      pos += 3;
      if (binop === "==" || binop === "=" || binop === "!=") {
        const m = matchPattern(expandPattern(rightWord, host), left);
        return binop === "!=" ? !m : m;
      }
      if (binop === "=~") {
        let re: RegExp;
        try {
          re = new RegExp(expandString(rightWord, host));
        } catch {
          throw new TestError("invalid regular expression");
        }
        const m = re.exec(left);
        core.state.set("BASH_REMATCH", m ? m[0] : "");
        return m !== null;
      }
      return binaryTest(left, binop, expandString(rightWord, host), env);
    }
    if (op !== undefined && /^-[a-zA-Z]$/.test(op) && pos + 1 < words.length) {
      pos += 2;
      return unaryTest(op, text(pos - 1), env);
    }
    pos++;
    return text(pos - 1) !== "";
  };
  const andExpr = (): boolean => {
    let v = primary();
    while (plain[pos] === "&&") {
      pos++;
      const r = primary();
      v = v && r;
    }
    return v;
  };
  const orExpr = (): boolean => {
    let v = andExpr();
    while (plain[pos] === "||") {
      pos++;
      const r = andExpr();
      v = v || r;
    }
    return v;
  };
  try {
    return orExpr() ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    core.err(io, `${core.diag.prefix(core.line)}${e.message}\n`);
    return 2;
  }
}
