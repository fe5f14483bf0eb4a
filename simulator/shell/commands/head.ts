import { errText, getopt, onlyFsErrors, prog, readInput } from "./lib/common";
import type { PosixCommandContext } from "./types";

/**
 * `head [-n N] [-c N] [-q|-v] [FILE]...` (also `-N`; GNU `-n -N` drops the
 * last N). Several files get `==> f <==` headers. GNU `head: cannot open 'x'
 * for reading: No such file or directory`, BusyBox `head: x: No such file or
 * directory`.
 */
export function runHead(ctx: PosixCommandContext): number {
  const raw = ctx.argv.slice(1);
  // `head -5` is `head -n 5`, but in `head -n -5` the -5 is the count.
  const args = raw.map((a, i) => (/^-\d+$/.test(a) && raw[i - 1] !== "-n" && raw[i - 1] !== "-c" ? `-n${a.slice(1)}` : a));
  const opts = getopt(ctx, args, "qv", "nc", { "lines=": "n", "bytes=": "c", quiet: "q", verbose: "v" });
  if (typeof opts === "number") return opts;
  const name = prog(ctx);
  const spec = (opts.flags.get("n") ?? opts.flags.get("c") ?? "10") as string;
  const bytes = opts.flags.has("c");
  const m = /^(-?)(\d+)([kKmM]?)$/.exec(spec);
  if (!m) {
    ctx.out.err(ctx.variant === "gnu" ? `${name}: invalid number of ${bytes ? "bytes" : "lines"}: '${spec}'\n` : `${name}: invalid number '${spec}'\n`);
    return 1;
  }
  const count = Number(m[2]) * (m[3] ? (m[3].toLowerCase() === "k" ? 1024 : 1048576) : 1);
  const allBut = m[1] === "-";
  const files = opts.operands.length > 0 ? opts.operands : ["-"];
  const headers = (files.length > 1 && !opts.flags.has("q")) || opts.flags.has("v");
  let status = 0;
  let first = true;
  for (const f of files) {
    let text: string;
    try {
      text = readInput(ctx, f);
    } catch (e) {
      const err = onlyFsErrors(e);
      ctx.out.err(ctx.variant === "gnu" ? `${name}: ${err.code === "EISDIR" ? `error reading '${f}'` : `cannot open '${f}' for reading`}: ${errText(err)}\n` : `${name}: ${f}: ${errText(err)}\n`);
      status = 1;
      continue;
    }
    if (headers) ctx.out.out(`${first ? "" : "\n"}==> ${f === "-" ? "standard input" : f} <==\n`);
    first = false;
    if (bytes) {
      ctx.out.out(allBut ? text.slice(0, Math.max(0, text.length - count)) : text.slice(0, count));
      continue;
    }
    const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
    ctx.out.out((allBut ? lines.slice(0, Math.max(0, lines.length - count)) : lines.slice(0, count)).join(""));
  }
  return status;
}
