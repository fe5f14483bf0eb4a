import { getopt, lookupNames, prog } from "./lib/common";
import type { PosixCommandContext } from "./types";

/**
 * `id [-u|-g|-G] [-n] [USER]`: `uid=0(root) gid=0(root) groups=0(root)`,
 * supplementary groups from /etc/group membership as Docker sets them up.
 * Unknown user: GNU `id: 'x': no such user`, BusyBox `id: unknown user x`.
 */
export function runId(ctx: PosixCommandContext): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "ugGnr");
  if (typeof opts === "number") return opts;
  const names = lookupNames(ctx);
  let uid = ctx.user.uid;
  let gid = ctx.user.gid;
  let userName = names.users.get(uid) ?? ctx.user.name;
  const target = opts.operands[0];
  if (target !== undefined) {
    const found = /^\d+$/.test(target) ? Number(target) : names.uids.get(target);
    if (found === undefined || !names.users.has(found)) {
      ctx.out.err(ctx.variant === "gnu" ? `${prog(ctx)}: '${target}': no such user\n` : `${prog(ctx)}: unknown user ${target}\n`);
      return 1;
    }
    uid = found;
    userName = names.users.get(found) as string;
    try {
      const line = ctx.fs.readFile("/etc/passwd").split("\n").find((l) => l.split(":")[0] === userName);
      gid = Number(line?.split(":")[3] ?? gid);
    } catch {
      // keep the current gid
    }
  }
  const groups = [gid, ...(names.members.get(userName) ?? []).filter((g) => g !== gid), ...(target === undefined ? (ctx.user.groups ?? []) : [])].filter((g, i, all) => all.indexOf(g) === i);
  const fmt = (id: number, table: Map<number, string>): string => (table.has(id) ? `${id}(${table.get(id)})` : String(id));
  const n = opts.flags.has("n");
  if (opts.flags.has("u")) ctx.out.out(`${n ? userName : uid}\n`);
  else if (opts.flags.has("g")) ctx.out.out(`${n ? (names.groups.get(gid) ?? gid) : gid}\n`);
  else if (opts.flags.has("G")) ctx.out.out(groups.map((g) => (n ? (names.groups.get(g) ?? g) : g)).join(" ") + "\n");
  else ctx.out.out(`uid=${fmt(uid, names.users)} gid=${fmt(gid, names.groups)} groups=${groups.map((g) => fmt(g, names.groups)).join(",")}\n`);
  return 0;
}
