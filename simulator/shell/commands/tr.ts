import { busyboxUsage, prog } from "./lib/common";
import type { PosixCommandContext } from "./types";

const CLASSES: Record<string, string> = {
  upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  lower: "abcdefghijklmnopqrstuvwxyz",
  digit: "0123456789",
  space: " \t\n\r\f\v",
  blank: " \t",
  punct: "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
};
CLASSES.alpha = (CLASSES.upper as string) + CLASSES.lower;
CLASSES.alnum = (CLASSES.alpha as string) + CLASSES.digit;
CLASSES.xdigit = "0123456789ABCDEFabcdef";

/** Expands a tr set: ranges `a-z`, classes `[:upper:]`, escapes `\n \t \\ \NNN`. */
export function expandSet(spec: string): string[] {
  const chars: string[] = [];
  for (let i = 0; i < spec.length; i++) {
    const cls = /^\[:([a-z]+):\]/.exec(spec.slice(i));
    if (cls && CLASSES[cls[1] as string] !== undefined) {
      chars.push(...(CLASSES[cls[1] as string] as string));
      i += cls[0].length - 1;
      continue;
    }
    let c = spec[i] as string;
    if (c === "\\" && i + 1 < spec.length) {
      const n = spec[++i] as string;
      const oct = /^[0-7]{1,3}/.exec(spec.slice(i));
      if (oct) {
        c = String.fromCharCode(parseInt(oct[0], 8));
        i += oct[0].length - 1;
      } else c = ({ n: "\n", t: "\t", r: "\r", "\\": "\\", f: "\f", v: "\v" } as Record<string, string>)[n] ?? n;
    }
    if (spec[i + 1] === "-" && i + 2 < spec.length) {
      const end = (spec[i + 2] as string).charCodeAt(0);
      for (let code = c.charCodeAt(0); code <= end; code++) chars.push(String.fromCharCode(code));
      i += 2;
      continue;
    }
    chars.push(c);
  }
  return chars;
}

/** `tr [-cds] SET1 [SET2]`: translate, delete or squeeze characters of stdin. */
export function runTr(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  let del = false;
  let squeeze = false;
  let complement = false;
  while (args[0] && /^-[cdsC]+$/.test(args[0])) {
    const a = args.shift() as string;
    del ||= a.includes("d");
    squeeze ||= a.includes("s");
    complement ||= a.includes("c") || a.includes("C");
  }
  const name = prog(ctx);
  if (args.length === 0 || (!del && !squeeze && args.length < 2)) {
    ctx.out.err(ctx.variant === "gnu" ? `${name}: missing operand${args.length === 1 ? ` after '${args[0]}'\nTwo strings must be given when translating.` : ""}\nTry '${name} --help' for more information.\n` : busyboxUsage("tr"));
    return 1;
  }
  const set1 = new Set(expandSet(args[0] as string));
  const list1 = expandSet(args[0] as string);
  const set2 = args[1] !== undefined ? expandSet(args[1]) : [];
  const inSet1 = (c: string): boolean => set1.has(c) !== complement;
  // -s squeezes the last set given: SET2 when there is one, else SET1.
  const set2Chars = new Set(set2);
  const squeezes = (c: string): boolean => (set2.length > 0 ? set2Chars.has(c) : inSet1(c));
  let out = "";
  let last = "";
  for (const c of ctx.stdin) {
    let ch: string | undefined = c;
    if (del && inSet1(c)) ch = undefined;
    else if (!del && set2.length > 0 && inSet1(c)) {
      const idx = complement ? set2.length - 1 : list1.lastIndexOf(c);
      ch = set2[Math.min(idx, set2.length - 1)];
    }
    if (ch === undefined) continue;
    if (squeeze && ch === last && squeezes(ch)) continue;
    out += ch;
    last = ch;
  }
  ctx.out.out(out);
  return 0;
}
