import { getopt } from "./lib/common";
import type { PosixCommandContext } from "./types";

/** The kernel a container shares with Docker Desktop's Linux VM. */
export const KERNEL = { sysname: "Linux", release: "6.10.14-linuxkit", version: "#1 SMP PREEMPT_DYNAMIC Thu Oct 24 19:28:55 UTC 2024", machine: "x86_64" };

/**
 * `uname [-asnrvmo]`: -a is `Linux HOST RELEASE VERSION x86_64 GNU/Linux`
 * (BusyBox ends in `Linux`); no option is -s.
 */
export function runUname(ctx: PosixCommandContext): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "asnrvmpio", "", { all: "a", "kernel-name": "s", "nodename": "n", "kernel-release": "r", "kernel-version": "v", machine: "m", "operating-system": "o" });
  if (typeof opts === "number") return opts;
  const f = opts.flags;
  const os = ctx.variant === "gnu" ? "GNU/Linux" : "Linux";
  const fields: string[] = [];
  const all = f.has("a");
  if (all || f.has("s") || f.size === 0) fields.push(KERNEL.sysname);
  if (all || f.has("n")) fields.push(ctx.hostname);
  if (all || f.has("r")) fields.push(KERNEL.release);
  if (all || f.has("v")) fields.push(KERNEL.version);
  if (all || f.has("m")) fields.push(KERNEL.machine);
  if (!all && f.has("p")) fields.push(ctx.variant === "gnu" ? "unknown" : KERNEL.machine);
  if (!all && f.has("i")) fields.push(ctx.variant === "gnu" ? "unknown" : KERNEL.machine);
  if (all || f.has("o")) fields.push(os);
  ctx.out.out(fields.join(" ") + "\n");
  return 0;
}
