import type { PosixCommandContext } from "../commands/types";

/** The languages whose print statements {@link runLiteralProgram} understands. */
export type LiteralLanguage = "python" | "javascript" | "go";

/** Decodes a quoted literal's backslash escapes (\n, \t, \\, \", \', \uXXXX), as all three languages do for these. */
function unescape(body: string): string {
  return body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) => {
    if (e.length > 1) return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    return ({ n: "\n", t: "\t", r: "\r", "0": "\0", a: "\x07", b: "\b", f: "\f", v: "\v" } as Record<string, string>)[e] ?? e;
  });
}

/** One string literal: "…", '…' (not Go), `…` (JS without ${}, Go raw), Python f-strings without braces. */
function parseLiteral(text: string, language: LiteralLanguage): string | undefined {
  const t = text.trim();
  const m = /^(f|r|rf|fr|b)?(["'`])([\s\S]*)\2$/i.exec(t);
  if (!m) return /^-?\d+(\.\d+)?$/.test(t) ? t : undefined;
  const prefix = (m[1] ?? "").toLowerCase();
  const quote = m[2] as string;
  const body = m[3] as string;
  if (language === "go" && quote === "'") return undefined;
  if (language !== "python" && prefix) return undefined;
  if (quote === "`" && (language === "python" || body.includes("${"))) return undefined;
  if (prefix.includes("f") && /[{}]/.test(body.replace(/\{\{|\}\}/g, ""))) return undefined;
  if (new RegExp(`(^|[^\\\\])${quote === "`" ? "`" : quote}`).test(body)) return undefined;
  if (prefix.includes("r") || (language === "go" && quote === "`")) return body;
  const value = unescape(body);
  return prefix.includes("f") ? value.replace(/\{\{/g, "{").replace(/\}\}/g, "}") : value;
}

/** Splits call arguments at top-level commas (outside quotes). */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      cur += c;
      if (c === "\\") cur += text[++i] ?? "";
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'" || c === "`") {
      quote = c;
      cur += c;
    } else if (c === ",") {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  if (cur.trim() !== "" || out.length > 0) out.push(cur);
  return out;
}

/** Splits source into lines, and for Python also at `;` outside string literals. */
function splitStatements(source: string, semicolons: boolean): string[] {
  const out: string[] = [];
  let cur = "";
  let quote = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (quote) {
      cur += c;
      if (c === "\\") cur += source[++i] ?? "";
      else if (c === quote) quote = "";
      else if (c === "\n") quote = "";
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    if (c === "\n" || (semicolons && c === ";")) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** What one recognised statement does: text for fd 1 or 2, or nothing. */
type Effect = { fd: 1 | 2; text: string } | null;

function parseStatement(line: string, language: LiteralLanguage): Effect | undefined {
  const s = line.trim().replace(/;$/, "").trim();
  if (s === "") return null;
  if (language === "python") {
    if (/^(import|from)\s+[\w.]+(\s+import\s+[\w, ]+)?$/.test(s) || s === "pass") return null;
    const m = /^print\(([\s\S]*)\)$/.exec(s);
    if (!m) return undefined;
    const args = splitArgs(m[1] as string);
    let sep = " ";
    let end = "\n";
    let fd: 1 | 2 = 1;
    const values: string[] = [];
    for (const arg of args) {
      const kw = /^\s*(sep|end|file|flush)\s*=\s*([\s\S]*)$/.exec(arg);
      if (!kw) {
        const v = parseLiteral(arg, language);
        if (v === undefined) return undefined;
        values.push(v);
        continue;
      }
      const value = (kw[2] as string).trim();
      if (kw[1] === "file") {
        if (value !== "sys.stderr" && value !== "sys.stdout") return undefined;
        fd = value === "sys.stderr" ? 2 : 1;
      } else if (kw[1] === "sep" || kw[1] === "end") {
        const v = parseLiteral(value, language);
        if (v === undefined) return undefined;
        if (kw[1] === "sep") sep = v;
        else end = v;
      }
    }
    return { fd, text: values.join(sep) + end };
  }
  if (language === "javascript") {
    if (/^['"]use strict['"]$/.test(s)) return null;
    const m = /^console\.(log|info|error|warn)\(([\s\S]*)\)$/.exec(s);
    if (!m) return undefined;
    const values = splitArgs(m[2] as string).map((a) => parseLiteral(a, language));
    if (values.some((v) => v === undefined)) return undefined;
    return { fd: m[1] === "error" || m[1] === "warn" ? 2 : 1, text: values.join(" ") + "\n" };
  }
  if (/^package\s+main$/.test(s) || /^import\s+(\(\s*)?"fmt"(\s*\))?$/.test(s) || /^func\s+main\(\)\s*\{$/.test(s) || s === "}" || s === "(" || s === ")" || s === '"fmt"') return null;
  const m = /^fmt\.(Println|Print)\(([\s\S]*)\)$/.exec(s);
  if (!m) return undefined;
  const values = splitArgs(m[2] as string).map((a) => parseLiteral(a, language));
  if (values.some((v) => v === undefined)) return undefined;
  return { fd: 1, text: m[1] === "Println" ? values.join(" ") + "\n" : values.join("") };
}

/**
 * Runs a program made only of print statements with literal arguments:
 * Python `print("…")`, JavaScript `console.log("…")`, Go `fmt.Println("…")`,
 * plus the imports and boilerplate around them.
 * Simplification: Dockyard does not interpret these languages; any other
 * statement means the program is not run, and a note on stderr says so.
 * Returns the exit status (0 either way, so a build step goes on).
 */
export function runLiteralProgram(ctx: PosixCommandContext, source: string, language: LiteralLanguage, what: string): number {
  const statements = splitStatements(source, language === "python");
  const effects: Effect[] = [];
  let inComment = false;
  for (const raw of statements) {
    let line = raw;
    if (language !== "python") {
      if (inComment) {
        if (!line.includes("*/")) continue;
        line = line.slice(line.indexOf("*/") + 2);
        inComment = false;
      }
      if (line.trim().startsWith("/*")) {
        inComment = !line.includes("*/");
        continue;
      }
      if (line.trim().startsWith("//") || line.trim().startsWith("#!")) continue;
    } else if (line.trim().startsWith("#")) continue;
    const effect = parseStatement(line, language);
    if (effect === undefined) {
      const name = language === "python" ? "print()" : language === "javascript" ? "console.log()" : "fmt.Println()";
      ctx.out.err(`${ctx.argv[0] ?? language}: note: Dockyard simulates only ${name} of literal text; ${what} was not run\n`);
      return 0;
    }
    effects.push(effect);
  }
  for (const e of effects) {
    if (e?.fd === 1) ctx.out.out(e.text);
    else if (e) ctx.out.err(e.text);
  }
  return 0;
}
