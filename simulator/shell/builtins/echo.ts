import type { ShellContext } from "../session";

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", "\\": "\\", a: "\x07", b: "\b", r: "\r", v: "\v", f: "\f" };

/** bash's `echo` builtin: `-n` drops the newline, `-e` reads backslash escapes, `-E` does not. */
export function runEcho(ctx: ShellContext): number {
  const args = ctx.argv.slice(1);
  let newline = true;
  let escapes = false;
  while (args.length > 0 && /^-[neE]+$/.test(args[0] as string)) {
    const flag = args.shift() as string;
    for (const f of flag.slice(1)) {
      if (f === "n") newline = false;
      else if (f === "e") escapes = true;
      else escapes = false;
    }
  }
  let text = args.join(" ");
  if (escapes) {
    const cut = text.indexOf("\\c");
    if (cut >= 0) {
      text = text.slice(0, cut);
      newline = false;
    }
    text = text.replace(/\\([ntabrvf\\])/g, (_, c: string) => ESCAPES[c] ?? c);
  }
  ctx.out.out(newline ? text + "\n" : text);
  return 0;
}
