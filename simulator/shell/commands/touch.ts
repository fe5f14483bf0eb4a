import { errText, getopt, onlyFsErrors, prog } from "./lib/common";
import type { PosixCommandContext } from "./types";

/** A `touch -d` date: `@SECONDS` or an ISO-like date, in UTC. */
function parseDate(text: string): number | undefined {
  if (/^@-?\d+$/.test(text)) return Number(text.slice(1)) * 1000;
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : text.replace(" ", "T") + (text.includes(":") ? "Z" : "T00:00:00Z"));
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * `touch [-c] [-d DATE] FILE...`: creates empty files, or sets the time of
 * existing ones. GNU `touch: cannot touch 'x/y': No such file or directory`,
 * BusyBox `touch: x/y: No such file or directory`.
 */
export function runTouch(ctx: PosixCommandContext): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "cam", "dt", { "no-create": "c", "date=": "d" });
  if (typeof opts === "number") return opts;
  const name = prog(ctx);
  if (opts.operands.length === 0) {
    ctx.out.err(ctx.variant === "gnu" ? `${name}: missing file operand\nTry '${name} --help' for more information.\n` : `${name}: missing operand\n`);
    return 1;
  }
  const dateArg = opts.flags.get("d");
  const when = typeof dateArg === "string" ? parseDate(dateArg) : ctx.clock.now();
  if (when === undefined) {
    ctx.out.err(`${name}: invalid date format '${String(dateArg)}'\n`);
    return 1;
  }
  let status = 0;
  for (const op of opts.operands) {
    const path = ctx.resolve(op);
    try {
      const st = ctx.fs.stat(path);
      if (!st) {
        if (opts.flags.has("c")) continue;
        ctx.fs.writeFile(path, "");
        if (when !== ctx.clock.now()) ctx.fs.writeFileWith(path, "", { mtimeMs: when });
      } else if (st.type === "file") {
        ctx.fs.appendFile(path, "");
        ctx.fs.writeFileWith(path, ctx.fs.readFile(path), { mode: st.mode, uid: st.uid, gid: st.gid, mtimeMs: when });
      }
    } catch (e) {
      const err = onlyFsErrors(e);
      ctx.out.err(ctx.variant === "gnu" ? `${name}: cannot touch '${op}': ${errText(err)}\n` : `${name}: ${op}: ${errText(err)}\n`);
      status = 1;
    }
  }
  return status;
}
