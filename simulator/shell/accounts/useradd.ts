import { FsError } from "../../vfs/types";
import type { PosixCommandContext } from "../commands/types";
import { detectOsId } from "../commands/lib/os-release";
import { addGroup, addMember, addUser, createHome, findHighestFree, readAccounts, writeAccounts } from "./accounts";
import { lastValue, readShadowInvocation } from "./options";

const USAGE = `Usage: useradd [options] LOGIN
       useradd -D
       useradd -D [options]

Options:
      --badname                 do not check for bad names
  -b, --base-dir BASE_DIR       base directory for the home directory of the
                                new account
      --btrfs-subvolume-home    use BTRFS subvolume for home directory
  -c, --comment COMMENT         GECOS field of the new account
  -d, --home-dir HOME_DIR       home directory of the new account
  -D, --defaults                print or change default useradd configuration
  -e, --expiredate EXPIRE_DATE  expiration date of the new account
  -f, --inactive INACTIVE       password inactivity period of the new account
  -F, --add-subids-for-system   add entries to sub[ud]id even when adding a system user
  -g, --gid GROUP               name or ID of the primary group of the new
                                account
  -G, --groups GROUPS           list of supplementary groups of the new
                                account
  -h, --help                    display this help message and exit
  -k, --skel SKEL_DIR           use this alternative skeleton directory
  -K, --key KEY=VALUE           override /etc/login.defs defaults
  -l, --no-log-init             do not add the user to the lastlog and
                                faillog databases
  -m, --create-home             create the user's home directory
  -M, --no-create-home          do not create the user's home directory
  -N, --no-user-group           do not create a group with the same name as
                                the user
  -o, --non-unique              allow to create users with duplicate
                                (non-unique) UID
  -p, --password PASSWORD       encrypted password of the new account
  -r, --system                  create a system account
  -R, --root CHROOT_DIR         directory to chroot into
  -P, --prefix PREFIX_DIR       prefix directory where are located the /etc/* files
  -s, --shell SHELL             login shell of the new account
  -u, --uid UID                 user ID of the new account
  -U, --user-group              create a group with the same name as the user
  -Z, --selinux-user SEUSER     use a specific SEUSER for the SELinux user mapping

`;

const LONG: Record<string, string> = {
  "base-dir=": "b", "btrfs-subvolume-home": "Q", "add-subids-for-system": "F", "selinux-user=": "Z", "comment=": "c", "home-dir=": "d", defaults: "D", "expiredate=": "e", "inactive=": "f", "gid=": "g", "groups=": "G", help: "h", "skel=": "k", "key=": "K",
  "no-log-init": "l", "create-home": "m", "no-create-home": "M", "no-user-group": "N", "non-unique": "o", "password=": "p", system: "r", "root=": "R", "prefix=": "P", "shell=": "s",
  "uid=": "u", "user-group": "U", badname: "B",
};

/** Debian's shadow 4.13 is_valid_user_name (lib/chkname.c, Debian's relaxed check): [A-Za-z0-9_.][A-Za-z0-9_.-]*[$]?, not "." or "..", at most 32 characters. */
export function isValidAccountName(name: string): boolean {
  return /^[A-Za-z0-9_.][A-Za-z0-9_.-]*\$?$/.test(name) && name !== "." && name !== ".." && name.length <= 32;
}

/**
 * useradd(8) from shadow-utils 4.13 (Debian bookworm, Ubuntu, Alpine's
 * `shadow`): the user with a same-named group (USERGROUPS_ENAB), ids from
 * 1000 up past the highest in use, system accounts (-r) from 999 down, home
 * only with -m, /bin/sh as the default shell. Errors and statuses as
 * src/useradd.c: exists 9, unknown group 6, UID in use 4, bad name 3, usage 2,
 * not root "cannot lock /etc/passwd" 1.
 */
export function runUseradd(ctx: PosixCommandContext): number {
  const invocation = readShadowInvocation(ctx, { prog: "useradd", short: "b:c:d:De:f:Fg:G:hk:K:lmMNop:rR:P:s:u:UZ:", long: LONG, usage: USAGE, lockFile: "/etc/passwd", lockStatus: 1 });
  if (typeof invocation === "number") return invocation;
  const { o, name } = invocation;
  if (!isValidAccountName(name) && !o.values.has("B")) {
    ctx.out.err(`useradd: invalid user name '${name}': use --badname to ignore\n`);
    return 3;
  }
  const db = readAccounts(ctx);
  if (db.passwd.some((p) => p.name === name)) {
    ctx.out.err(`useradd: user '${name}' already exists\n`);
    return 9;
  }
  const system = o.values.has("r");
  const findGroup = (g: string) => (/^\d+$/.test(g) ? db.group.find((x) => x.gid === Number(g)) : db.group.find((x) => x.name === g));
  const primary = lastValue(o, "g");
  const primaryGroup = primary === undefined ? undefined : findGroup(primary);
  if (primary !== undefined && !primaryGroup && !/^\d+$/.test(primary)) {
    ctx.out.err(`useradd: group '${primary}' does not exist\n`);
    return 6;
  }
  const extra: string[] = [];
  for (const g of (o.values.get("G") ?? []).flatMap((v) => v.split(",")).filter(Boolean)) {
    const group = findGroup(g);
    if (!group) {
      ctx.out.err(`useradd: group '${g}' does not exist\n`);
      return 6;
    }
    extra.push(group.name);
  }
  const userGroup = primary === undefined && !o.values.has("N");
  if (userGroup && db.group.some((g) => g.name === name)) {
    ctx.out.err(`useradd: group ${name} exists - if you want to add this user to that group, use -g.\n`);
    return 9;
  }
  const uidTaken = (id: number): boolean => db.passwd.some((p) => p.uid === id);
  const gidTaken = (id: number): boolean => db.group.some((g) => g.gid === id);
  let uid: number | undefined;
  const uidArg = lastValue(o, "u");
  if (uidArg !== undefined) {
    if (!/^\d+$/.test(uidArg)) {
      ctx.out.err(`useradd: invalid user ID '${uidArg}'\n`);
      return 3;
    }
    uid = Number(uidArg);
    if (uidTaken(uid) && !o.values.has("o")) {
      ctx.out.err(`useradd: UID ${uid} is not unique\n`);
      return 4;
    }
  } else if (system) uid = findHighestFree(uidTaken, 100, 999);
  else {
    // find_new_uid: one above the highest UID in use in [UID_MIN, UID_MAX], UID_MIN if none.
    const used = db.passwd.filter((p) => p.uid >= 1000 && p.uid <= 60000).map((p) => p.uid);
    uid = used.length === 0 ? 1000 : Math.max(...used) + 1;
  }
  if (uid === undefined) {
    ctx.out.err("useradd: Can't get unique system UID (no more available UIDs)\n");
    return 4;
  }
  let gid = primaryGroup?.gid ?? (primary !== undefined ? Number(primary) : 100);
  if (userGroup) {
    // find_new_gid prefers the new UID as GID when it is free.
    const used = db.group.filter((g) => g.gid >= 1000 && g.gid <= 60000).map((g) => g.gid);
    const chosen = !gidTaken(uid) ? uid : system ? findHighestFree(gidTaken, 100, 999) : used.length === 0 ? 1000 : Math.max(...used) + 1;
    if (chosen === undefined) {
      ctx.out.err("useradd: Can't get unique system GID (no more available GIDs)\n");
      return 4;
    }
    gid = chosen;
    addGroup(db, { name, gid, members: [] });
  }
  const home = lastValue(o, "d") ?? `${lastValue(o, "b") ?? "/home"}/${name}`;
  addUser(ctx, db, { name, uid, gid, gecos: lastValue(o, "c") ?? "", home, shell: lastValue(o, "s") ?? "/bin/sh" }, lastValue(o, "p") ?? "!", system);
  for (const g of extra) {
    const group = db.group.find((x) => x.name === g);
    if (group) addMember(db, group, name);
  }
  try {
    writeAccounts(ctx, db);
    if (o.values.has("m") && !o.values.has("M")) {
      const mode = detectOsId(ctx) === "ubuntu" ? 0o750 : 0o755;
      if (!createHome(ctx, home, uid, gid, mode, lastValue(o, "k"))) {
        ctx.out.err(`useradd: warning: the home directory ${home} already exists.\nuseradd: Not copying any file from skel directory into it.\n`);
      }
    }
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    ctx.out.err(`useradd: cannot create directory ${e.path}\n`);
    return 12;
  }
  return 0;
}
