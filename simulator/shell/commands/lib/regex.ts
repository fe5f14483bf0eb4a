import { POSIX_CHARACTER_CLASSES as CLASSES } from "../../posix/glob";

/**
 * Translates a POSIX regular expression (BRE, or ERE when `extended`) with
 * GNU's extensions (`\+ \? \| \< \> \b \w \s`) into a JavaScript RegExp
 * source (XBD §9). In a BRE `( ) { } | + ?` are literal unless escaped; a
 * leading `*` is literal; bracket expressions keep `[:class:]`.
 */
export function toJsRegex(re: string, extended: boolean): string {
  let out = "";
  for (let i = 0; i < re.length; i++) {
    const c = re[i] as string;
    if (c === "[") {
      let j = i + 1;
      let body = "";
      if (re[j] === "^") {
        body += "^";
        j++;
      }
      if (re[j] === "]") {
        body += "\\]";
        j++;
      }
      while (j < re.length && re[j] !== "]") {
        if (re[j] === "[" && re[j + 1] === ":") {
          const end = re.indexOf(":]", j + 2);
          if (end > 0) {
            body += CLASSES[re.slice(j + 2, end)] ?? "";
            j = end + 2;
            continue;
          }
        }
        body += re[j] === "\\" || re[j] === "[" ? "\\" + re[j] : re[j];
        j++;
      }
      if (j >= re.length) {
        out += "\\[";
        continue;
      }
      out += `[${body}]`;
      i = j;
      continue;
    }
    if (c === "\\" && i + 1 < re.length) {
      const n = re[++i] as string;
      if (!extended && "(){}|+?".includes(n)) out += n;
      else if (n === "<") out += "\\b(?=\\w)";
      else if (n === ">") out += "\\b(?<=\\w)";
      else if (/[bBwWsS1-9]/.test(n)) out += "\\" + n;
      else if (n === "n") out += "\\n";
      else if (n === "t") out += "\\t";
      else out += /[.*+?^${}()|[\]\\/-]/.test(n) ? "\\" + n : n;
      continue;
    }
    if (!extended && "(){}|+?".includes(c)) {
      out += "\\" + c;
      continue;
    }
    if (c === "*" && (out === "" || out.endsWith("(") || out.endsWith("|") || (out === "^" && i === 1))) {
      out += "\\*";
      continue;
    }
    if (extended && c === "{" && !/^\{\d*(,\d*)?\}/.test(re.slice(i))) {
      out += "\\{";
      continue;
    }
    if (c === "/") {
      out += "\\/";
      continue;
    }
    out += c;
  }
  return out;
}

/** A RegExp for a POSIX pattern, or undefined when it does not compile. */
export function compileRegex(re: string, extended: boolean, flags: string): RegExp | undefined {
  try {
    return new RegExp(toJsRegex(re, extended), flags);
  } catch {
    return undefined;
  }
}
