/** The awk lexer (XCU awk "Lexical Conventions"), for lib/awk-parse.ts. */

/** One awk token; `func` is a name directly followed by "(". */
export type Tok = { t: "num" | "str" | "re" | "name" | "func" | "op" | "nl" | "eof"; v: string };

const OPS = ["+=", "-=", "*=", "/=", "%=", "^=", "==", "!=", "<=", ">=", "&&", "||", "++", "--", "!~", "{", "}", "(", ")", "[", "]", ";", ",", "+", "-", "*", "/", "%", "^", "!", "<", ">", "~", "?", ":", "=", "$"];

/** Splits awk source into tokens (XCU awk "Lexical Conventions"): a `/` where an operand may start opens a regular expression. */
export function lexAwk(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const regexAllowed = (): boolean => {
    const last = out[out.length - 1];
    return !last || (last.t === "op" && !/^[)\]$]$/.test(last.v) && last.v !== "++" && last.v !== "--") || last.t === "nl";
  };
  while (i < src.length) {
    const c = src[i] as string;
    if (c === " " || c === "\t") i++;
    else if (c === "\\" && src[i + 1] === "\n") i += 2;
    else if (c === "\n") {
      out.push({ t: "nl", v: "\n" });
      i++;
    }
    else if (c === "#") while (i < src.length && src[i] !== "\n") i++;
    else if (c === '"') {
      let s = "";
      i++;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === "\\") {
          const n = src[i + 1] ?? "";
          s += ({ n: "\n", t: "\t", r: "\r", "\\": "\\", '"': '"', "/": "/" } as Record<string, string>)[n] ?? `\\${n}`;
          i += 2;
        } else s += src[i++];
      }
      i++;
      out.push({ t: "str", v: s });
    } else if (c === "/" && regexAllowed()) {
      let s = "";
      i++;
      while (i < src.length && src[i] !== "/") {
        const n = src[i] === "\\" ? (src[i + 1] === "/" ? "/" : src.slice(i, i + 2)) : (src[i] as string);
        s += n;
        i += src[i] === "\\" ? 2 : 1;
      }
      i++;
      out.push({ t: "re", v: s });
    } else if (/[0-9.]/.test(c) && /[0-9]/.test(src[i + (c === "." ? 1 : 0)] ?? "")) {
      const m = /^[0-9]*\.?[0-9]*(?:[eE][+-]?[0-9]+)?/.exec(src.slice(i)) as RegExpExecArray;
      out.push({ t: "num", v: m[0] });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i)) as RegExpExecArray;
      i += m[0].length;
      out.push({ t: src[i] === "(" ? "func" : "name", v: m[0] });
    } else {
      const op = OPS.find((o) => src.startsWith(o, i));
      if (!op) throw new Error(`syntax error at source line 1: unexpected character '${c}'`);
      out.push({ t: "op", v: op });
      i += op.length;
    }
  }
  out.push({ t: "eof", v: "" });
  return out;
}
