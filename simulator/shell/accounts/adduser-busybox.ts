import { FsError } from "../../vfs/types";
import { deriveContext } from "../commands/lib/derive";
import type { PosixCommandContext } from "../commands/types";
import { addGroup, addMember, addUser, createHome, findLowestFree, readAccounts, writeAccounts, type AccountDb } from "./accounts";
import { lastValue, parseAccountOptions } from "./options";

const ADDUSER_USAGE = "BusyBox v1.36.1 (2024-06-10 07:11:47 UTC) multi-call binary.\n\nUsage: adduser [OPTIONS] USER [GROUP]\n\nCreate new user, or add USER to GROUP\n\n\t-h DIR\t\tHome directory\n\t-g GECOS\tGECOS field\n\t-s SHELL\tLogin shell\n\t-G GRP\t\tGroup\n\t-S\t\tCreate a system user\n\t-D\t\tDon't assign a password\n\t-H\t\tDon't create home directory\n\t-u UID\t\tUser id\n\t-k SKEL\t\tSkeleton directory (/etc/skel)\n";
const ADDGROUP_USAGE = "BusyBox v1.36.1 (2024-06-10 07:11:47 UTC) multi-call binary.\n\nUsage: addgroup [-g GID] [-S] [USER] GROUP\n\nAdd a group or add a user to a group\n\n\t-g GID\tGroup id\n\t-S\tCreate a system group\n";

/** bb_msg_perm_denied_are_you_root, exit 1. */
function notRoot(ctx: PosixCommandContext, applet: string): number {
  ctx.out.err(`${applet}: permission denied (are you root?)\n`);
  return 1;
}

/** Creates a group as BusyBox's addgroup does: GIDs from 1000 (system: 100) up, the first free. Returns its GID or an error text. */
function createGroup(db: AccountDb, name: string, gid: number | undefined, system: boolean): number | string {
  if (db.group.some((g) => g.name === name)) return `group '${name}' in use`;
  if (gid !== undefined && db.group.some((g) => g.gid === gid)) return `gid '${gid}' in use`;
  const chosen = gid ?? findLowestFree((id) => db.group.some((g) => g.gid === id), system ? 100 : 1000, 60000);
  if (chosen === undefined) return "no gids left";
  addGroup(db, { name, gid: chosen, members: [] });
  return chosen;
}

/**
 * BusyBox 1.36 addgroup (Alpine): `addgroup [-g GID] [-S] GROUP` creates a
 * group, `addgroup USER GROUP` adds a member. Silent on success; errors like
 * `addgroup: group 'x' in use`, exit 1 (loginutils/addgroup.c).
 */
export function runBusyboxAddgroup(ctx: PosixCommandContext): number {
  const o = parseAccountOptions("addgroup", ctx.argv.slice(1), "g:S", { "gid=": "g", system: "S" });
  if ("message" in o || o.operands.length === 0 || o.operands.length > 2) {
    ctx.out.err(("message" in o ? o.message : "") + ADDGROUP_USAGE);
    return 1;
  }
  if (ctx.user.uid !== 0) return notRoot(ctx, "addgroup");
  const db = readAccounts(ctx);
  try {
    if (o.operands.length === 2) {
      const [user = "", groupName = ""] = o.operands;
      if (!db.passwd.some((p) => p.name === user)) throw new Error(`unknown user ${user}`);
      const group = db.group.find((g) => g.name === groupName);
      if (!group) throw new Error(`unknown group ${groupName}`);
      addMember(db, group, user);
    } else {
      const gidArg = lastValue(o, "g");
      const made = createGroup(db, o.operands[0] as string, gidArg === undefined ? undefined : Number(gidArg), o.values.has("S"));
      if (typeof made === "string") throw new Error(made);
    }
    writeAccounts(ctx, db);
  } catch (e) {
    if (e instanceof FsError) ctx.out.err(`addgroup: can't open '${e.path}': Permission denied\n`);
    else if (e instanceof Error) ctx.out.err(`addgroup: ${e.message}\n`);
    else throw e;
    return 1;
  }
  return 0;
}

/**
 * BusyBox 1.36 adduser (Alpine): -D (no password), -S (system: UID from
 * 100, group nogroup, /sbin/nologin), -G GROUP, -H (no home), -h DIR,
 * -s SHELL, -u UID, -g GECOS ("Linux User,,," by default), root's shell by
 * default; a same-named group with GID = UID when no -G. Silent on success;
 * `adduser: user 'x' in use`, exit 1 (loginutils/adduser.c). Without -D it
 * runs passwd, which fails on an empty stdin.
 */
export function runBusyboxAdduser(ctx: PosixCommandContext): number {
  const o = parseAccountOptions("adduser", ctx.argv.slice(1), "h:g:s:G:DSHu:k:", { "home=": "h", "gecos=": "g", "shell=": "s", "ingroup=": "G", system: "S", "disabled-password": "D", "empty-password": "D", "no-create-home": "H", "uid=": "u", "skel=": "k" });
  if ("message" in o || o.operands.length === 0 || o.operands.length > 2) {
    ctx.out.err(("message" in o ? o.message : "") + ADDUSER_USAGE);
    return 1;
  }
  if (ctx.user.uid !== 0) return notRoot(ctx, "adduser");
  const db = readAccounts(ctx);
  const name = o.operands[0] as string;
  if (o.operands.length === 2) return runBusyboxAddgroup(deriveContext(ctx, { argv: ["addgroup", name, o.operands[1] as string] }));
  const fail = (text: string): number => {
    ctx.out.err(`adduser: ${text}\n`);
    return 1;
  };
  const bad = [...name].findIndex((c, i) => !/[-a-zA-Z0-9_.@]/.test(c) && !(c === "$" && i === name.length - 1));
  if (bad >= 0 || name.startsWith("-")) return fail(`illegal character with code ${name.charCodeAt(Math.max(bad, 0))} at ${Math.max(bad, 0)}`);
  if (db.passwd.some((p) => p.name === name)) return fail(`user '${name}' in use`);
  const system = o.values.has("S");
  const usegroup = lastValue(o, "G") ?? (system ? "nogroup" : undefined);
  let gid: number | undefined;
  if (usegroup !== undefined) {
    const group = /^\d+$/.test(usegroup) ? db.group.find((g) => g.gid === Number(usegroup)) : db.group.find((g) => g.name === usegroup);
    if (!group) return fail(`unknown group ${usegroup}`);
    gid = group.gid;
  }
  const uidArg = lastValue(o, "u");
  let uid: number | undefined;
  if (uidArg !== undefined) {
    uid = Number(uidArg);
    if (!Number.isInteger(uid) || uid < 0) return fail(`invalid number '${uidArg}'`);
    if (db.passwd.some((p) => p.uid === uid)) return fail(`uid '${uid}' in use`);
  } else {
    // passwd_study: the first UID free as a UID (and as a GID when a group is made) from 1000, or 100 for -S.
    uid = findLowestFree((id) => db.passwd.some((p) => p.uid === id) || (gid === undefined && db.group.some((g) => g.gid === id)), system ? 100 : 1000, 60000);
    if (uid === undefined) return fail("no free uids left");
  }
  if (gid === undefined) {
    const made = createGroup(db, name, db.group.some((g) => g.gid === uid) ? undefined : uid, system);
    if (typeof made === "string") return fail(made);
    gid = made;
  }
  const root = db.passwd.find((p) => p.uid === 0);
  const shell = lastValue(o, "s") ?? (system ? "/sbin/nologin" : (root?.shell ?? "/bin/sh"));
  const home = lastValue(o, "h") ?? `/home/${name}`;
  addUser(ctx, db, { name, uid, gid, gecos: lastValue(o, "g") ?? "Linux User,,,", home, shell }, "!");
  try {
    writeAccounts(ctx, db);
    if (!o.values.has("H")) createHome(ctx, home, uid, gid, 0o755, lastValue(o, "k") ?? "/etc/skel");
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    return fail(`${e.path}: ${e.code === "EACCES" ? "Permission denied" : e.code}`);
  }
  if (!o.values.has("D") && !system) {
    // passwd(1) reads the new password from stdin; an empty stdin (a build step) leaves it unchanged.
    ctx.out.out(`Changing password for ${name}\nNew password: \n`);
    ctx.out.err(`passwd: password for ${name} is unchanged\n`);
    return 1;
  }
  return 0;
}

