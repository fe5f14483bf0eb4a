/** Whose echo/printf rules apply: a shell's builtin, or GNU/BusyBox's program. */
export type FormatStyle = "dash" | "ash" | "bash" | "gnu" | "busybox";

/** dash's escapes (src/bltin/printf.c conv_escape): no \e and no \x. */
const DASH_ESCAPES: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\" };

/**
 * Backslash escapes as echo -e / printf %b decode them (bash: builtins/echo.def;
 * dash: src/bltin/printf.c conv_escape_str). Returns the text and whether `\c`
 * asked to stop all further output.
 */
export function decodeEscapes(text: string, octalNeedsZero: boolean, hex = true): { text: string; stop: boolean } {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== "\\" || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const n = text[++i] as string;
    const simple: Record<string, string> = hex ? { a: "\x07", b: "\b", e: "\x1b", E: "\x1b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\" } : DASH_ESCAPES;
    if (n === "c") return { text: out, stop: true };
    if (simple[n] !== undefined) out += simple[n];
    else if (n === "0" || (!octalNeedsZero && /[1-7]/.test(n))) {
      let digits = n === "0" && octalNeedsZero ? "" : n;
      while (digits.length < 3 && /[0-7]/.test(text[i + 1] ?? "")) digits += text[++i];
      out += String.fromCharCode(parseInt(digits || "0", 8) & 0xff);
    } else if (hex && n === "x" && /[0-9a-fA-F]/.test(text[i + 1] ?? "")) {
      let digits = "";
      while (digits.length < 2 && /[0-9a-fA-F]/.test(text[i + 1] ?? "")) digits += text[++i];
      out += String.fromCharCode(parseInt(digits, 16));
    } else out += "\\" + n;
  }
  return { text: out, stop: false };
}

/**
 * `echo`: dash's builtin takes only `-n` and always decodes escapes; bash's,
 * ash's and the GNU/BusyBox programs take -n/-e/-E and decode only with -e.
 */
export function formatEcho(args: string[], style: FormatStyle): string {
  let newline = true;
  let escapes = style === "dash";
  let i = 0;
  if (style === "dash") {
    if (args[0] === "-n") {
      newline = false;
      i = 1;
    }
  } else {
    for (; i < args.length; i++) {
      const a = args[i] as string;
      if (!/^-[neE]+$/.test(a)) break;
      for (const f of a.slice(1)) {
        if (f === "n") newline = false;
        else escapes = f === "e";
      }
    }
  }
  let out = "";
  for (let j = i; j < args.length; j++) {
    const piece = escapes ? decodeEscapes(args[j] as string, true, style !== "dash") : { text: args[j] as string, stop: false };
    out += (j > i ? " " : "") + piece.text;
    if (piece.stop) return out;
  }
  return out + (newline ? "\n" : "");
}

/** A numeric printf argument: 'c is the character's code; errors are collected (status 1). */
function toNumber(arg: string, errors: string[], style: FormatStyle): number {
  if (/^['"]/.test(arg)) return arg.length > 1 ? (arg.codePointAt(1) ?? 0) : 0;
  const t = arg.trim();
  if (t === "" && (style === "ash" || style === "busybox")) errors.push(`invalid number '${arg}'`);
  if (t === "") return 0;
  let v: number;
  if (/^[-+]?0[xX][0-9a-fA-F]+$/.test(t)) v = parseInt(t, 16);
  else if (/^[-+]?0[0-7]+$/.test(t)) v = parseInt(t, 8);
  else if (/^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/.test(t)) v = Number(t);
  else {
    const m = /^[-+]?[0-9]+/.exec(t);
    v = m ? Number(m[0]) : 0;
    if (style === "dash") errors.push(`${arg}: expected numeric value`);
    else if (style === "bash") errors.push(`${arg}: invalid number`);
    else if (style === "gnu") errors.push(`'${arg}': expected a numeric value`);
    else errors.push(`invalid number '${arg}'`);
  }
  return v;
}

function pad(s: string, width: number, left: boolean, zero: boolean): string {
  if (s.length >= width) return s;
  if (left) return s.padEnd(width);
  if (zero) {
    const sign = /^[-+ ]/.test(s) ? (s[0] as string) : "";
    const body = sign ? s.slice(1) : s;
    const prefix = /^0[xX]/.test(body) ? body.slice(0, 2) : "";
    return sign + prefix + body.slice(prefix.length).padStart(width - sign.length - prefix.length, "0");
  }
  return s.padStart(width);
}

/** C's %g: %e or %f, whichever is shorter for the precision, without trailing zeros. */
function formatG(v: number, precision: number, alt: boolean): string {
  const p = precision === 0 ? 1 : precision;
  if (v === 0) return "0";
  const exp = Math.floor(Math.log10(Math.abs(v)));
  let s = exp < -4 || exp >= p ? v.toExponential(p - 1) : v.toFixed(Math.max(0, p - 1 - exp));
  if (!alt) s = s.replace(/\.?0+(e|$)/, "$1");
  return s.replace(/e([-+])(\d)$/, "e$10$2");
}

/**
 * printf(1) (XCU printf; dash: src/bltin/printf.c; bash: builtins/printf.def):
 * the format is reused while arguments remain; missing arguments are empty
 * or zero. Returns the output, error messages (without prefix) and status.
 */
export function formatPrintf(format: string, args: string[], style: FormatStyle): { out: string; errors: string[]; status: number } {
  const errors: string[] = [];
  let out = "";
  let argi = 0;
  const next = (): string | undefined => args[argi++];
  for (;;) {
    const startArgs = argi;
    for (let i = 0; i < format.length; i++) {
      const c = format[i] as string;
      if (c === "\\") {
        const end = /^\\(0[0-7]{0,3}|[0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)/s.exec(format.slice(i));
        const seq = end ? end[0] : "\\";
        const decoded = decodeEscapes(seq === "\\\"" ? '"' : seq, false, style !== "dash");
        out += seq === "\\c" ? "" : decoded.text;
        if (seq === "\\c") return { out, errors, status: errors.length ? 1 : 0 };
        i += seq.length - 1;
        continue;
      }
      if (c !== "%") {
        out += c;
        continue;
      }
      const m = /^%([-+ #0]*)(\*|[0-9]*)(?:\.(\*|[0-9]*))?([diouxXfFeEgGcsb%])/.exec(format.slice(i));
      if (!m) {
        out += c;
        continue;
      }
      i += m[0].length - 1;
      const [, flags = "", w = "", p, conv] = m;
      if (conv === "%") {
        out += "%";
        continue;
      }
      const width = w === "*" ? toNumber(next() ?? "0", errors, style) : Number(w || 0);
      const precision = p === undefined ? undefined : p === "*" ? toNumber(next() ?? "0", errors, style) : Number(p || 0);
      const left = flags.includes("-") || width < 0;
      const zero = flags.includes("0") && !left;
      const arg = next();
      let s: string;
      switch (conv) {
        case "s":
          s = arg ?? "";
          if (precision !== undefined) s = s.slice(0, precision);
          break;
        case "b": {
          const d = decodeEscapes(arg ?? "", true, style !== "dash");
          out += pad(precision !== undefined ? d.text.slice(0, precision) : d.text, Math.abs(width), left, false);
          if (d.stop) return { out, errors, status: errors.length ? 1 : 0 };
          continue;
        }
        case "c":
          s = (arg ?? "").slice(0, 1);
          break;
        case "d":
        case "i": {
          const v = Math.trunc(toNumber(arg ?? "", errors, style));
          s = (v < 0 ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "") + String(Math.abs(v)).padStart(precision ?? 0, "0");
          break;
        }
        case "o":
        case "u":
        case "x":
        case "X": {
          let v = BigInt(Math.trunc(toNumber(arg ?? "", errors, style)));
          if (v < 0n) v = BigInt.asUintN(64, v);
          const base = conv === "o" ? 8 : conv === "u" ? 10 : 16;
          s = v.toString(base).padStart(precision ?? 0, "0");
          if (conv === "X") s = s.toUpperCase();
          if (flags.includes("#") && v !== 0n) s = (conv === "o" ? "0" : conv === "x" ? "0x" : conv === "X" ? "0X" : "") + s;
          break;
        }
        default: {
          const v = toNumber(arg ?? "", errors, style);
          const prec = precision ?? 6;
          if (conv === "f" || conv === "F") s = v.toFixed(prec);
          else if (conv === "e" || conv === "E") s = v.toExponential(prec).replace(/e([-+])(\d)$/, "e$10$2");
          else s = formatG(v, prec, flags.includes("#"));
          if (conv === "E" || conv === "G") s = s.toUpperCase();
          if (v >= 0 && flags.includes("+")) s = "+" + s;
        }
      }
      out += pad(s, Math.abs(width), left, zero && conv !== "s" && conv !== "c");
    }
    if (argi >= args.length || argi === startArgs) break;
  }
  return { out, errors, status: errors.length ? 1 : 0 };
}
