import { FsError } from "../../vfs/types";
import type { PosixCommandContext } from "../commands/types";
import { addGroup, findHighestFree, readAccounts, writeAccounts } from "./accounts";
import { lastValue, readShadowInvocation } from "./options";
import { isValidAccountName } from "./useradd";

const USAGE = `Usage: groupadd [options] GROUP

Options:
  -f, --force                   exit successfully if the group already exists,
                                and cancel -g if the GID is already used
  -g, --gid GID                 use GID for the new group
  -h, --help                    display this help message and exit
  -K, --key KEY=VALUE           override /etc/login.defs defaults
  -o, --non-unique              allow to create groups with duplicate
                                (non-unique) GID
  -p, --password PASSWORD       use this encrypted password for the new group
  -r, --system                  create a system account
  -R, --root CHROOT_DIR         directory to chroot into
  -P, --prefix PREFIX_DI        directory prefix
  -U, --users USERS             list of user members of this group

`;

/**
 * groupadd(8) from shadow-utils 4.13: GIDs from 1000 past the highest in
 * use, system groups (-r) from 999 down, -g GID, -f to accept an existing
 * group. Statuses as src/groupadd.c: exists 9, GID in use 4, bad name 3,
 * usage 2, not root 10 ("cannot lock /etc/group").
 */
export function runGroupadd(ctx: PosixCommandContext): number {
  const invocation = readShadowInvocation(ctx, { prog: "groupadd", short: "fg:hK:op:rR:P:U:", long: { force: "f", "gid=": "g", help: "h", "key=": "K", "non-unique": "o", "password=": "p", system: "r", "root=": "R", "prefix=": "P", "users=": "U" }, usage: USAGE, lockFile: "/etc/group", lockStatus: 10 });
  if (typeof invocation === "number") return invocation;
  const { o, name } = invocation;
  if (!isValidAccountName(name)) {
    ctx.out.err(`groupadd: '${name}' is not a valid group name\n`);
    return 3;
  }
  const db = readAccounts(ctx);
  const force = o.values.has("f");
  if (db.group.some((g) => g.name === name)) {
    if (force) return 0;
    ctx.out.err(`groupadd: group '${name}' already exists\n`);
    return 9;
  }
  const taken = (id: number): boolean => db.group.some((g) => g.gid === id);
  const gidArg = lastValue(o, "g");
  let gid: number | undefined;
  if (gidArg !== undefined) {
    if (!/^\d+$/.test(gidArg)) {
      ctx.out.err(`groupadd: invalid group ID '${gidArg}'\n`);
      return 3;
    }
    gid = Number(gidArg);
    if (taken(gid) && !o.values.has("o")) {
      if (!force) {
        ctx.out.err(`groupadd: GID '${gid}' already exists\n`);
        return 4;
      }
      gid = undefined;
    }
  }
  if (gid === undefined) {
    const used = db.group.filter((g) => g.gid >= 1000 && g.gid <= 60000).map((g) => g.gid);
    gid = o.values.has("r") ? findHighestFree(taken, 100, 999) : used.length === 0 ? 1000 : Math.max(...used) + 1;
  }
  if (gid === undefined) {
    ctx.out.err("groupadd: Can't get unique system GID (no more available GIDs)\n");
    return 4;
  }
  const members = (lastValue(o, "U") ?? "").split(",").filter(Boolean);
  addGroup(db, { name, gid, members });
  try {
    writeAccounts(ctx, db);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    ctx.out.err("groupadd: cannot lock /etc/group; try again later.\n");
    return 10;
  }
  return 0;
}
