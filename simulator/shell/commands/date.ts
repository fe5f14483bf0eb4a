import { getopt, prog } from "./lib/common";
import { strftime } from "./lib/time";
import type { PosixCommandContext } from "./types";

/** A `date -d` string: `@SECONDS`, ISO dates and times, `now`. UTC unless a zone is given. */
function parseDate(text: string, now: number): number | undefined {
  const t = text.trim();
  if (t === "" || t === "now") return now;
  if (/^@-?\d+(\.\d+)?$/.test(t)) return Math.floor(Number(t.slice(1)) * 1000);
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return Date.parse(t + "T00:00:00Z");
  const iso = t.replace(" ", "T");
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : iso + "Z");
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * `date [-u] [-d DATE] [-R|-I] [+FORMAT]`: the virtual clock, in UTC (a
 * container's default TZ). Default format `%a %b %e %H:%M:%S %Z %Y`.
 */
export function runDate(ctx: PosixCommandContext): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "uRI", "dsr", { utc: "u", "date=": "d", rfc: "R", "iso-8601": "I", "rfc-email": "R", "reference=": "r" });
  if (typeof opts === "number") return opts;
  const name = prog(ctx);
  if (opts.flags.has("s")) {
    ctx.out.err(`${name}: cannot set date: Operation not permitted\n`);
    return 1;
  }
  let when = ctx.clock.now();
  const d = opts.flags.get("d");
  if (typeof d === "string") {
    const parsed = parseDate(d, when);
    if (parsed === undefined) {
      ctx.out.err(ctx.variant === "gnu" ? `${name}: invalid date '${d}'\n` : `${name}: invalid date '${d}'\n`);
      return 1;
    }
    when = parsed;
  }
  const r = opts.flags.get("r");
  if (typeof r === "string") {
    const st = ctx.fs.stat(ctx.resolve(r));
    if (!st) {
      ctx.out.err(`${name}: ${r}: No such file or directory\n`);
      return 1;
    }
    when = st.mtimeMs;
  }
  const format = opts.operands.find((o) => o.startsWith("+"));
  let text: string;
  if (format) text = strftime(format.slice(1), when);
  else if (opts.flags.has("R")) text = strftime("%a, %d %b %Y %H:%M:%S +0000", when);
  else if (opts.flags.has("I")) text = strftime("%Y-%m-%d", when);
  else text = strftime("%a %b %e %H:%M:%S %Z %Y", when);
  ctx.out.out(text + "\n");
  return 0;
}
