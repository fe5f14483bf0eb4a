import { errText, getopt, lookupNames, onlyFsErrors, prog } from "./lib/common";
import type { PosixCommandContext } from "./types";

/**
 * `chown [-Rh] USER[:GROUP] FILE...` with names from /etc/passwd and
 * /etc/group. GNU `chown: invalid user: 'foo'`, `chown: changing ownership
 * of 'f': Operation not permitted`; BusyBox `chown: unknown user foo`.
 */
export function runChown(ctx: PosixCommandContext): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "RhvfcHLP", "", { recursive: "R", verbose: "v", "no-dereference": "h" });
  if (typeof opts === "number") return opts;
  const name = prog(ctx);
  const [spec, ...files] = opts.operands;
  if (spec === undefined || files.length === 0) {
    ctx.out.err(ctx.variant === "gnu" ? `${name}: missing operand${spec ? ` after '${spec}'` : ""}\nTry '${name} --help' for more information.\n` : `${name}: missing operand\n`);
    return 1;
  }
  const names = lookupNames(ctx);
  const [userPart = "", groupPart] = spec.split(/[:.](.*)/s) as [string, string | undefined];
  const findId = (text: string, table: Map<string, number>): number | undefined => (/^\d+$/.test(text) ? Number(text) : table.get(text));
  let uid: number | undefined;
  let gid: number | undefined;
  if (userPart !== "") {
    uid = findId(userPart, names.uids);
    if (uid === undefined) {
      ctx.out.err(ctx.variant === "gnu" ? `${name}: invalid user: '${spec}'\n` : `${name}: unknown user ${userPart}\n`);
      return 1;
    }
  }
  if (groupPart !== undefined && groupPart !== "") {
    gid = findId(groupPart, names.gids);
    if (gid === undefined) {
      ctx.out.err(ctx.variant === "gnu" ? `${name}: invalid group: '${spec}'\n` : `${name}: unknown group ${groupPart}\n`);
      return 1;
    }
  } else if (groupPart === "" && uid !== undefined) {
    try {
      const line = ctx.fs.readFile("/etc/passwd").split("\n").find((l) => l.split(":")[2] === String(uid));
      gid = line ? Number(line.split(":")[3]) : undefined;
    } catch {
      gid = undefined;
    }
  }
  let status = 0;
  const apply = (path: string, shown: string): void => {
    // Simplification: -h/--no-dereference (lchown) leaves a symlink as it is; our links carry no owner of their own.
    if (opts.flags.has("h") && ctx.fs.lstat(path)?.type === "symlink") return;
    const st = ctx.fs.stat(path);
    if (!st) {
      ctx.out.err(ctx.variant === "gnu" ? `${name}: cannot access '${shown}': No such file or directory\n` : `${name}: ${shown}: No such file or directory\n`);
      status = 1;
      return;
    }
    try {
      ctx.fs.chown(path, uid ?? st.uid, gid ?? st.gid);
    } catch (e) {
      const err = onlyFsErrors(e);
      ctx.out.err(ctx.variant === "gnu" ? `${name}: changing ownership of '${shown}': ${errText(err)}\n` : `${name}: ${shown}: ${errText(err)}\n`);
      status = 1;
    }
    if (opts.flags.has("R") && st.type === "dir") {
      ctx.budget.tick();
      for (const child of ctx.fs.readdir(path)) apply(`${path}/${child}`, `${shown}/${child}`);
    }
  };
  for (const f of files) apply(ctx.resolve(f), f);
  return status;
}
