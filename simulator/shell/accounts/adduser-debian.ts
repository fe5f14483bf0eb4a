import { FsError } from "../../vfs/types";
import { calculateBasename } from "../../vfs/path";
import { detectOsId } from "../commands/lib/os-release";
import type { PosixCommandContext } from "../commands/types";
import { addGroup, addMember, addUser, createHome, findLowestFree, readAccounts, writeAccounts, type AccountDb } from "./accounts";

interface DebianOptions {
  system: boolean;
  group: boolean;
  askPassword: boolean;
  disabledLogin: boolean;
  gecos: string | undefined;
  noCreateHome: boolean;
  home: string | undefined;
  shell: string | undefined;
  uid: number | undefined;
  gid: number | undefined;
  ingroup: string | undefined;
  verbose: boolean;
  badNames: boolean;
  operands: string[];
}

/**
 * How the two adduser releases talk. Debian bookworm's 3.134 prints plain
 * progress lines, "Done." after group operations, errors as `adduser: …`,
 * and makes 0700 homes; Ubuntu noble's 3.137 prefixes `info:`/`fatal:`,
 * shows the id-selection lines and makes 0750 homes.
 */
interface Dialect {
  prefixInfo: string;
  selecting: boolean;
  done: boolean;
  dirMode: number;
  error(prog: string, text: string): string;
}

const BOOKWORM: Dialect = { prefixInfo: "", selecting: false, done: true, dirMode: 0o700, error: (prog, text) => `${prog}: ${text}\n` };
const NOBLE: Dialect = { prefixInfo: "info: ", selecting: true, done: false, dirMode: 0o750, error: (_prog, text) => `fatal: ${text}\n` };

const VALUED = new Set(["--gecos", "--comment", "--home", "--shell", "--uid", "--gid", "--ingroup", "--conf", "-c", "--firstuid", "--lastuid", "--firstgid", "--lastgid"]);

function parse(args: readonly string[]): DebianOptions | string {
  const o: DebianOptions = { system: false, group: false, askPassword: true, disabledLogin: false, gecos: undefined, noCreateHome: false, home: undefined, shell: undefined, uid: undefined, gid: undefined, ingroup: undefined, verbose: true, badNames: false, operands: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith("-") || a === "-") {
      o.operands.push(a);
      continue;
    }
    const [flag, inline] = a.split(/=(.*)/s) as [string, string | undefined];
    const value = VALUED.has(flag) ? (inline ?? args[++i]) : undefined;
    if (VALUED.has(flag) && value === undefined) return `Option ${flag.replace(/^-+/, "")} requires an argument`;
    if (["--uid", "--gid", "--firstuid", "--lastuid", "--firstgid", "--lastgid"].includes(flag) && !/^\d+$/.test(value ?? "")) return `Value "${value}" invalid for option ${flag.replace(/^-+/, "")} (number expected)`;
    switch (flag) {
      case "--system": o.system = true; break;
      case "--group": o.group = true; break;
      case "--disabled-password": o.askPassword = false; break;
      case "--disabled-login": o.askPassword = false; o.disabledLogin = true; break;
      case "--gecos": case "--comment": o.gecos = value; break;
      case "--no-create-home": o.noCreateHome = true; break;
      case "--home": o.home = value; break;
      case "--shell": o.shell = value; break;
      case "--uid": o.uid = Number(value); break;
      case "--gid": o.gid = Number(value); break;
      case "--ingroup": o.ingroup = value; break;
      case "--quiet": case "-q": o.verbose = false; break;
      case "--force-badname": case "--allow-badname": case "--allow-bad-names": case "--allow-all-names": o.badNames = true; break;
      case "--debug": case "--verbose": case "--add-extra-groups": case "--add_extra_groups": case "--conf": case "-c": case "--firstuid": case "--lastuid": case "--firstgid": case "--lastgid": break;
      default: return `Unknown option: ${flag.replace(/^-+/, "")}`;
    }
  }
  return o;
}

/** chfn's GECOS: the five comma-separated fields, empty ones kept (adduser --gecos "Ann" → "Ann,,,"). */
function formatGecos(text: string): string {
  const fields = text.split(",");
  while (fields.length < 4) fields.push("");
  return fields.join(",");
}

/**
 * Debian's adduser/addgroup (3.134 on bookworm, 3.137 on Ubuntu noble), as
 * its Perl source does it: users get a same-named group with UID = GID from
 * 1000, /bin/bash, a home from /etc/skel and the `users` group; --system
 * users come from 100-999 with /nonexistent, /usr/sbin/nologin and
 * `nogroup` (or their own group with --group); `adduser USER GROUP` adds a
 * member; `addgroup` makes groups. Without --disabled-password or
 * --disabled-login it runs passwd, and without --gecos chfn, both reading an
 * (empty) stdin. Errors exit 1.
 */
export function runDebianAdduser(ctx: PosixCommandContext, groupMode: boolean): number {
  const dialect = detectOsId(ctx) === "ubuntu" ? NOBLE : BOOKWORM;
  const prog = calculateBasename(ctx.argv[0] ?? (groupMode ? "addgroup" : "adduser"));
  const parsed = parse(ctx.argv.slice(1));
  const fatal = (text: string): number => {
    ctx.out.err(dialect.error(prog, text));
    return 1;
  };
  if (typeof parsed === "string") return fatal(parsed);
  const o = parsed;
  const info = (text: string): void => void (o.verbose && ctx.out.out(`${dialect.prefixInfo}${text}\n`));
  const warn = (text: string): void => ctx.out.err(dialect.prefixInfo ? `warn: ${text}\n` : `${prog}: ${text}\n`);
  if (ctx.user.uid !== 0) return fatal("Only root may add a user or group to the system.");
  if (o.operands.length === 0 || o.operands.length > 2 || o.operands[0] === "") return fatal("Only one or two names allowed.");
  const db = readAccounts(ctx);
  try {
    if (o.operands.length === 2) {
      if (o.system || o.group) return fatal("Specify only one name in this mode.");
      if (groupMode) return fatal("addgroup with two arguments is an unspecified operation.");
      return addToGroup(ctx, db, o.operands[0] as string, o.operands[1] as string, info, warn, fatal, dialect);
    }
    const name = o.operands[0] as string;
    if (/^\d+$/.test(name)) {
      warn("To avoid ambiguity with numerical UIDs, usernames which\n            consist of only digits are not allowed.");
      return 1;
    }
    const regexVar = o.system ? "SYS_NAME_REGEX" : "NAME_REGEX";
    if (!o.badNames && !(o.system ? /^[a-z_][a-z0-9_-]*\$?$/ : /^[a-z][a-z0-9_-]*\$?$/).test(name)) {
      warn(`Please enter a username matching the regular expression\n            configured via the ${regexVar} configuration variable.  Use the\n            \`--allow-bad-names' option to relax this check or reconfigure\n            ${regexVar} in configuration.`);
      return 1;
    }
    if (groupMode || (o.group && !o.system)) return addGroupOnly(ctx, db, o, name, info, warn, fatal, dialect);
    if (o.system) return addSystemUser(ctx, db, o, name, info, warn, fatal, dialect);
    return addNormalUser(ctx, db, o, name, info, fatal, dialect);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    ctx.out.out(`Stopped: ${e.path}: ${e.code === "EACCES" ? "Permission denied" : e.code}\n`);
    return 1;
  }
}

type Say = (text: string) => void;
type Fail = (text: string) => number;

function addGroupOnly(ctx: PosixCommandContext, db: AccountDb, o: DebianOptions, name: string, info: Say, warn: Say, fatal: Fail, d: Dialect): number {
  const existing = db.group.find((g) => g.name === name);
  if (existing && o.system) {
    if (existing.gid >= 100 && existing.gid <= 999) {
      if (o.verbose) warn(`The group \`${name}' already exists as a system group. Exiting.`);
      return 0;
    }
    warn(`The group \`${name}' already exists and is not a system group. Exiting.`);
    return 1;
  }
  if (existing) return fatal(`The group \`${name}' already exists.`);
  const taken = (id: number): boolean => db.group.some((g) => g.gid === id);
  if (o.gid !== undefined && taken(o.gid)) return fatal(`The GID \`${o.gid}' is already in use.`);
  const [first, last] = o.system ? [100, 999] : [1000, 59999];
  if (o.gid === undefined && d.selecting) info(`Selecting GID from range ${first} to ${last} ...`);
  const gid = o.gid ?? findLowestFree(taken, first, last);
  if (gid === undefined) return fatal(`No GID is available in the range ${first}-${last} (${o.system ? "FIRST_SYS_GID - LAST_SYS_GID" : "FIRST_GID - LAST_GID"}).`);
  info(`Adding group \`${name}' (GID ${gid}) ...`);
  addGroup(db, { name, gid, members: [] });
  writeAccounts(ctx, db);
  if (d.done) info("Done.");
  return 0;
}

function addSystemUser(ctx: PosixCommandContext, db: AccountDb, o: DebianOptions, name: string, info: Say, warn: Say, fatal: Fail, d: Dialect): number {
  const existing = db.passwd.find((p) => p.name === name);
  if (existing) {
    if (existing.uid >= 100 && existing.uid <= 999) {
      info(`The system user \`${name}' already exists. Exiting.`);
      return 0;
    }
    warn(`The user \`${name}' already exists, but is not a system user. Exiting.`);
    return 1;
  }
  if (o.uid !== undefined && db.passwd.some((p) => p.uid === o.uid)) return fatal(`The UID ${o.uid} is already in use.`);
  if (o.group && db.group.some((g) => g.name === name)) return fatal(`The group \`${name}' already exists.`);
  const ingroup = o.ingroup === undefined ? undefined : db.group.find((g) => g.name === o.ingroup);
  if (o.ingroup !== undefined && !ingroup) return fatal(`The group \`${o.ingroup}' does not exist.`);
  if (o.gid !== undefined && !db.group.some((g) => g.gid === o.gid)) return fatal(`The GID ${o.gid} does not exist.`);
  if (o.uid === undefined && d.selecting) info("Selecting UID from range 100 to 999 ...\n");
  const uid = o.uid ?? findLowestFree((id) => db.passwd.some((p) => p.uid === id), 100, 999);
  if (uid === undefined) return fatal("The user `" + name + "' was not created.");
  let gid = ingroup?.gid ?? o.gid ?? (db.group.find((g) => g.name === "nogroup")?.gid ?? 65534);
  let groupName = ingroup?.name ?? db.group.find((g) => g.gid === gid)?.name ?? "nogroup";
  if (o.group) {
    if (d.selecting) info("Selecting GID from range 100 to 999 ...");
    gid = findLowestFree((id) => db.group.some((g) => g.gid === id), 100, 999) ?? uid;
    groupName = name;
  }
  info(`Adding system user \`${name}' (UID ${uid}) ...`);
  if (o.group) {
    info(`Adding new group \`${name}' (GID ${gid}) ...`);
    addGroup(db, { name, gid, members: [] });
  }
  info(`Adding new user \`${name}' (UID ${uid}) with group \`${groupName}' ...`);
  const home = o.home ?? "/nonexistent";
  addUser(ctx, db, { name, uid, gid, gecos: o.gecos === undefined ? "" : formatGecos(o.gecos), home, shell: o.shell ?? "/usr/sbin/nologin" }, "!", true);
  writeAccounts(ctx, db);
  if (/^\/+nonexistent(\/|$)/.test(home)) info(`Not creating \`${home}'.`);
  else if (o.noCreateHome) info(`Not creating home directory \`${home}'.`);
  else if (ctx.fs.stat(home)) {
    if (o.verbose) warn(`The home directory \`${home}' already exists.  Not touching this directory.`);
  } else {
    info(`Creating home directory \`${home}' ...`);
    createHome(ctx, home, uid, gid, 0o755, "/nonexistent-skel");
  }
  return 0;
}

function addNormalUser(ctx: PosixCommandContext, db: AccountDb, o: DebianOptions, name: string, info: Say, fatal: Fail, d: Dialect): number {
  if (db.passwd.some((p) => p.name === name)) return fatal(`The user \`${name}' already exists.`);
  if (o.uid !== undefined && db.passwd.some((p) => p.uid === o.uid)) return fatal(`The UID ${o.uid} is already in use.`);
  const ingroup = o.ingroup === undefined ? undefined : db.group.find((g) => g.name === o.ingroup);
  const makeGroup = o.ingroup === undefined && o.gid === undefined;
  if (makeGroup && db.group.some((g) => g.name === name)) return fatal(`The group \`${name}' already exists.`);
  if (o.ingroup !== undefined && !ingroup) return fatal(`The group \`${o.ingroup}' does not exist.`);
  if (o.gid !== undefined && !db.group.some((g) => g.gid === o.gid)) return fatal(`The GID ${o.gid} does not exist.`);
  info(`Adding user \`${name}' ...`);
  if (o.uid === undefined && d.selecting) info("Selecting UID/GID from range 1000 to 59999 ...");
  // first_avail_uid_gid: the first id free both as a UID and a GID.
  const uid = o.uid ?? findLowestFree((id) => db.passwd.some((p) => p.uid === id) || (makeGroup && db.group.some((g) => g.gid === id)), 1000, 59999);
  if (uid === undefined) return fatal(`The user \`${name}' was not created.`);
  const gid = ingroup?.gid ?? o.gid ?? uid;
  const groupName = ingroup?.name ?? db.group.find((g) => g.gid === o.gid)?.name ?? name;
  if (makeGroup) {
    if (db.group.some((g) => g.gid === gid)) return fatal(`The GID ${gid} is already in use.`);
    info(`Adding new group \`${name}' (${gid}) ...`);
    addGroup(db, { name, gid, members: [] });
  }
  info(`Adding new user \`${name}' (${uid}) with group \`${groupName} (${gid})' ...`);
  const home = o.home ?? `/home/${name}`;
  // chfn fills the GECOS: from --gecos, else from its prompts (an empty stdin answers every one with the default "").
  addUser(ctx, db, { name, uid, gid, gecos: formatGecos(o.gecos ?? ""), home, shell: o.shell ?? (o.disabledLogin ? "/usr/sbin/nologin" : "/bin/bash") }, "!");
  writeAccounts(ctx, db);
  if (o.noCreateHome) info(`Not creating home directory \`${home}'.`);
  else if (ctx.fs.stat(home)) {
    if (o.verbose) ctx.out.err(d.prefixInfo ? `warn: The home directory \`${home}' already exists.  Not touching this directory.\n` : `adduser: The home directory \`${home}' already exists.  Not touching this directory.\n`);
  } else {
    info(`Creating home directory \`${home}' ...`);
    createHome(ctx, home, uid, gid, d.dirMode);
    info("Copying files from `/etc/skel' ...");
  }
  if (o.askPassword) {
    // passwd(1) with nothing on stdin, then adduser's retry question, answered by EOF as "no".
    ctx.out.err("New password: Retype new password: passwd: Authentication token manipulation error\npasswd: password unchanged\n");
    ctx.out.out("Try again? [y/N] ");
  }
  if (o.gecos === undefined) {
    ctx.out.out(`Changing the user information for ${name}\nEnter the new value, or press ENTER for the default\n\tFull Name []: \tRoom Number []: \tWork Phone []: \tHome Phone []: \tOther []: Is the information correct? [Y/n] `);
  }
  const users = db.group.find((g) => g.name === "users");
  if (users) {
    info(`Adding new user \`${name}' to supplemental / extra groups \`users' ...`);
    info(`Adding user \`${name}' to group \`users' ...`);
    addMember(db, users, name);
    writeAccounts(ctx, db);
  } else ctx.out.err(d.prefixInfo ? "warn: The group `users' does not exist.\n" : "adduser: The group `users' does not exist.\n");
  return 0;
}

function addToGroup(ctx: PosixCommandContext, db: AccountDb, user: string, groupName: string, info: Say, warn: Say, fatal: Fail, d: Dialect): number {
  if (!db.passwd.some((p) => p.name === user)) return fatal(`The user \`${user}' does not exist.`);
  const group = db.group.find((g) => g.name === groupName);
  if (!group) return fatal(`The group \`${groupName}' does not exist.`);
  if (group.members.includes(user)) {
    warn(`The user \`${user}' is already a member of \`${groupName}'.`);
    return 0;
  }
  info(`Adding user \`${user}' to group \`${groupName}' ...`);
  addMember(db, group, user);
  writeAccounts(ctx, db);
  if (d.done) info("Done.");
  return 0;
}
