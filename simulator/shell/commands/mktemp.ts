import { errText, getopt, onlyFsErrors, prog } from "./lib/common";
import type { PosixCommandContext } from "./types";

const CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Deterministic "random" letters from the clock and an attempt number (the engine has no randomness). */
function letters(seed: number, count: number): string {
  let x = (seed ^ 0x9e3779b9) >>> 0;
  let out = "";
  for (let i = 0; i < count; i++) {
    x = (Math.imul(x ^ (x >>> 15), 0x85ebca6b) + 0x6b43a9b5 + i) >>> 0;
    out += CHARS[x % CHARS.length];
  }
  return out;
}

/**
 * `mktemp [-d] [-p DIR] [-t] [TEMPLATE]`: creates a unique file (mode 600)
 * or directory (700) from TEMPLATE's trailing X's; default
 * /tmp/tmp.XXXXXXXXXX (GNU) or /tmp/tmp.XXXXXX (BusyBox).
 */
export function runMktemp(ctx: PosixCommandContext): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "dqtu", "p", { directory: "d", quiet: "q", "tmpdir=": "p" });
  if (typeof opts === "number") return opts;
  const dirOpt = opts.flags.get("p");
  let template = opts.operands[0] ?? (ctx.variant === "gnu" ? "tmp.XXXXXXXXXX" : "tmp.XXXXXX");
  if (opts.operands[0] === undefined || opts.flags.has("t") || typeof dirOpt === "string") {
    const base = typeof dirOpt === "string" ? dirOpt : (ctx.env.TMPDIR ?? "/tmp");
    if (!template.includes("/")) template = `${base.replace(/\/$/, "")}/${template}`;
  }
  const m = /X{3,}$/.exec(template);
  if (!m) {
    ctx.out.err(`${prog(ctx)}: too few X's in template '${template}'\n`);
    return 1;
  }
  const stem = template.slice(0, m.index);
  for (let attempt = 0; attempt < 100; attempt++) {
    const candidate = stem + letters(ctx.clock.now() + attempt * 7919 + template.length, m[0].length);
    const path = ctx.resolve(candidate);
    if (ctx.fs.lstat(path)) continue;
    try {
      if (opts.flags.has("d")) {
        ctx.fs.mkdir(path);
        ctx.fs.chmod(path, 0o700);
      } else {
        ctx.fs.writeFile(path, "");
        ctx.fs.chmod(path, 0o600);
      }
    } catch (e) {
      const err = onlyFsErrors(e);
      if (!opts.flags.has("q")) ctx.out.err(ctx.variant === "gnu" ? `${prog(ctx)}: failed to create ${opts.flags.has("d") ? "directory" : "file"} via template '${template}': ${errText(err)}\n` : `${prog(ctx)}: (null): ${errText(err) === "No such file or directory" ? "Invalid argument" : errText(err)}\n`);
      return 1;
    }
    ctx.out.out(candidate + "\n");
    return 0;
  }
  return 1;
}
