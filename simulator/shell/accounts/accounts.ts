import { FsError } from "../../vfs/types";
import type { PosixCommandContext } from "../commands/types";
import { readOptional } from "../packages/common";

/** One /etc/passwd line (passwd(5)). */
export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  gecos: string;
  home: string;
  shell: string;
}

/** One /etc/group line (group(5)). */
export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

/**
 * The account files as the tools edit them: passwd, group and shadow lines
 * kept in order (unparsed lines survive untouched), plus gshadow when the
 * image has one.
 */
export interface AccountDb {
  passwd: PasswdEntry[];
  group: GroupEntry[];
  /** /etc/shadow lines by user name, in file order. */
  shadow: [name: string, line: string][];
  gshadow: [name: string, line: string][] | undefined;
}

function lines(text: string | undefined): string[] {
  return (text ?? "").split("\n").filter((l) => l.trim() !== "");
}

/** Reads /etc/passwd, /etc/group, /etc/shadow (and /etc/gshadow if present). */
export function readAccounts(ctx: PosixCommandContext): AccountDb {
  const passwd = lines(readOptional(ctx, "/etc/passwd")).map((l) => {
    const [name = "", , uid = "0", gid = "0", gecos = "", home = "", shell = ""] = l.split(":");
    return { name, uid: Number(uid), gid: Number(gid), gecos, home, shell };
  });
  const group = lines(readOptional(ctx, "/etc/group")).map((l) => {
    const [name = "", , gid = "0", members = ""] = l.split(":");
    return { name, gid: Number(gid), members: members.split(",").filter(Boolean) };
  });
  const keyed = (text: string | undefined): [string, string][] => lines(text).map((l) => [l.split(":")[0] ?? "", l]);
  const gshadowText = readOptional(ctx, "/etc/gshadow");
  return { passwd, group, shadow: keyed(readOptional(ctx, "/etc/shadow")), gshadow: gshadowText === undefined ? undefined : keyed(gshadowText) };
}

/** Writes the account files back, keeping each file's mode and owner. Throws FsError. */
export function writeAccounts(ctx: PosixCommandContext, db: AccountDb): void {
  const put = (path: string, body: string, mode: number, gid = 0): void => {
    const st = ctx.fs.stat(path);
    ctx.fs.writeFileWith(path, body, { mode: st?.mode ?? mode, uid: st?.uid ?? 0, gid: st?.gid ?? gid });
  };
  put("/etc/passwd", db.passwd.map((p) => `${p.name}:x:${p.uid}:${p.gid}:${p.gecos}:${p.home}:${p.shell}\n`).join(""), 0o644);
  put("/etc/group", db.group.map((g) => `${g.name}:x:${g.gid}:${g.members.join(",")}\n`).join(""), 0o644);
  put("/etc/shadow", db.shadow.map(([, l]) => `${l}\n`).join(""), 0o640, 42);
  if (db.gshadow) put("/etc/gshadow", db.gshadow.map(([, l]) => `${l}\n`).join(""), 0o640, 42);
}

/** Days since the epoch, the "last password change" field of shadow(5). */
export function calculateShadowDays(ctx: PosixCommandContext): number {
  return Math.floor(ctx.clock.now() / 86_400_000);
}

/**
 * Adds a user with its shadow line as useradd writes it: "!" (locked) as
 * the password, the aging fields 0:99999:7 for a normal account and none
 * for a system account (shadow src/useradd.c new_spent).
 */
export function addUser(ctx: PosixCommandContext, db: AccountDb, user: PasswdEntry, password: string, system = false): void {
  db.passwd.push(user);
  db.shadow.push([user.name, `${user.name}:${password}:${calculateShadowDays(ctx)}${system ? "::::::" : ":0:99999:7:::"}`]);
}

/** Adds a group (and its gshadow line where the image keeps one). */
export function addGroup(db: AccountDb, group: GroupEntry): void {
  db.group.push(group);
  db.gshadow?.push([group.name, `${group.name}:!::${group.members.join(",")}`]);
}

/** Adds `user` to the member list of `group` (no-op when already there). */
export function addMember(db: AccountDb, group: GroupEntry, user: string): void {
  if (!group.members.includes(user)) group.members.push(user);
  const i = db.gshadow?.findIndex(([n]) => n === group.name) ?? -1;
  if (db.gshadow && i >= 0) {
    const parts = (db.gshadow[i]?.[1] ?? "").split(":");
    parts[3] = group.members.join(",");
    db.gshadow[i] = [group.name, parts.join(":")];
  }
}

/** The lowest id in [from, to] that `taken` does not hold, or undefined. */
export function findLowestFree(taken: (id: number) => boolean, from: number, to: number): number | undefined {
  for (let id = from; id <= to; id++) if (!taken(id)) return id;
  return undefined;
}

/** The highest id in [from, to] that `taken` does not hold, searching downward (shadow's system ids), or undefined. */
export function findHighestFree(taken: (id: number) => boolean, from: number, to: number): number | undefined {
  for (let id = to; id >= from; id--) if (!taken(id)) return id;
  return undefined;
}

/**
 * Creates a home directory owned by the new user, with `/etc/skel` copied in
 * (files keep their modes, become the user's). Returns false when it already
 * existed. Throws FsError.
 */
export function createHome(ctx: PosixCommandContext, home: string, uid: number, gid: number, mode: number, skel = "/etc/skel"): boolean {
  if (ctx.fs.stat(home)) return false;
  const parent = home.slice(0, home.lastIndexOf("/")) || "/";
  if (!ctx.fs.stat(parent)) ctx.fs.mkdir(parent, { recursive: true });
  ctx.fs.mkdir(home);
  ctx.fs.chmod(home, mode);
  ctx.fs.chown(home, uid, gid);
  const copy = (from: string, to: string): void => {
    let names: string[];
    try {
      names = ctx.fs.readdir(from);
    } catch (e) {
      if (e instanceof FsError) return;
      throw e;
    }
    for (const name of names) {
      const st = ctx.fs.lstat(`${from}/${name}`);
      if (!st) continue;
      if (st.type === "dir") {
        ctx.fs.mkdir(`${to}/${name}`);
        ctx.fs.chmod(`${to}/${name}`, st.mode);
        ctx.fs.chown(`${to}/${name}`, uid, gid);
        copy(`${from}/${name}`, `${to}/${name}`);
      } else if (st.type === "file") ctx.fs.writeFileWith(`${to}/${name}`, ctx.fs.readFile(`${from}/${name}`), { mode: st.mode, uid, gid });
    }
  };
  copy(skel, home);
  return true;
}
