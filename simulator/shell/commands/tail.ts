import { errText, getopt, onlyFsErrors, prog, readInput } from "./lib/common";
import type { PosixCommandContext } from "./types";

/**
 * `tail [-n [+]N] [-c [+]N] [-f] [FILE]...`. `-f` never ends on its own: it
 * waits (advancing the clock) until the step budget kills it, as a container
 * running `tail -f /dev/null` runs until stopped. GNU `tail: cannot open 'x'
 * for reading: …`, BusyBox `tail: can't open 'x': …` then `tail: no files`.
 */
export function runTail(ctx: PosixCommandContext): number {
  const raw = ctx.argv.slice(1);
  const args = raw.map((a, i) => (/^-\d+$/.test(a) && raw[i - 1] !== "-n" && raw[i - 1] !== "-c" ? `-n${a.slice(1)}` : /^\+\d+$/.test(a) && i === 0 ? `-n${a}` : a));
  const opts = getopt(ctx, args, "fFqv", "nc", { "lines=": "n", "bytes=": "c", follow: "f", quiet: "q", verbose: "v" });
  if (typeof opts === "number") return opts;
  const name = prog(ctx);
  const spec = (opts.flags.get("n") ?? opts.flags.get("c") ?? "10") as string;
  const bytes = opts.flags.has("c");
  const m = /^([+-]?)(\d+)$/.exec(spec);
  if (!m) {
    ctx.out.err(ctx.variant === "gnu" ? `${name}: invalid number of ${bytes ? "bytes" : "lines"}: '${spec}'\n` : `${name}: invalid number '${spec}'\n`);
    return 1;
  }
  const count = Number(m[2]);
  const fromStart = m[1] === "+";
  const files = opts.operands.length > 0 ? opts.operands : ["-"];
  const headers = (files.length > 1 && !opts.flags.has("q")) || opts.flags.has("v");
  let status = 0;
  let shown = 0;
  for (const f of files) {
    let text: string;
    try {
      text = readInput(ctx, f);
    } catch (e) {
      const err = onlyFsErrors(e);
      ctx.out.err(ctx.variant === "gnu" ? `${name}: cannot open '${f}' for reading: ${errText(err)}\n` : `${name}: can't open '${f}': ${errText(err)}\n`);
      status = 1;
      continue;
    }
    if (headers) ctx.out.out(`${shown > 0 ? "\n" : ""}==> ${f === "-" ? "standard input" : f} <==\n`);
    shown++;
    if (bytes) {
      ctx.out.out(fromStart ? text.slice(Math.max(0, count - 1)) : text.slice(Math.max(0, text.length - count)));
      continue;
    }
    const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
    ctx.out.out((fromStart ? lines.slice(Math.max(0, count - 1)) : lines.slice(Math.max(0, lines.length - count))).join(""));
  }
  if (shown === 0 && ctx.variant === "busybox") ctx.out.err(`${name}: no files\n`);
  if (opts.flags.has("f") || opts.flags.has("F")) {
    for (;;) {
      ctx.budget.tick();
      ctx.clock.advance(1000);
    }
  }
  return status;
}
