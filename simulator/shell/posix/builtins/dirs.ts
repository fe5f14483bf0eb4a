import { FsError } from "../../../vfs/types";
import { strerror } from "../messages";
import { checkAccess } from "../test-expr";
import type { BuiltinCall } from "./types";

/**
 * `cd [-L|-P] [dir|-]`: logical path handling, $HOME, $OLDPWD, and the
 * per-shell errors: dash `cd: can't cd to x` (2), ash `cd: line N: can't cd
 * to x: No such file or directory` (2), bash `cd: x: No such file or directory` (1).
 */
export function runCd(call: BuiltinCall): number {
  const core = call.core;
  const args = call.argv.slice(1).filter((a, i) => !(i === 0 && (a === "-L" || a === "-P" || a === "--")));
  if (args.length > 1 && core.flavor === "bash") {
    call.error("too many arguments");
    return 1;
  }
  let target = args[0];
  let print = false;
  if (target === undefined) {
    target = core.state.get("HOME");
    if (target === undefined) {
      if (core.flavor !== "bash") return 0;
      call.error("HOME not set");
      return 1;
    }
    if (target === "") return 0;
  } else if (target === "-") {
    target = core.state.get("OLDPWD");
    if (target === undefined) {
      call.error("OLDPWD not set");
      return 1;
    }
    print = true;
  }
  const path = core.resolve(target);
  let error: FsError | undefined;
  const stat = core.fs.stat(path);
  if (!stat) {
    try {
      core.fs.readdir(path);
      error = new FsError("ENOENT", path);
    } catch (e) {
      error = e instanceof FsError ? e : new FsError("ENOENT", path);
    }
  } else if (stat.type !== "dir") error = new FsError("ENOTDIR", path);
  else if (!checkAccess(stat, core.user, 1)) error = new FsError("EACCES", path);
  if (error) {
    if (core.flavor === "dash") call.error(`can't cd to ${target}`);
    else if (core.flavor === "ash") call.error(`can't cd to ${target}: ${strerror(error)}`);
    else call.error(`${target}: ${strerror(error)}`);
    return core.flavor === "bash" ? 1 : 2;
  }
  const old = core.state.cwd;
  core.state.cwd = path;
  core.state.set("OLDPWD", old);
  core.state.set("PWD", path);
  if (print) call.out(path + "\n");
  return 0;
}

/** `pwd`: the logical working directory. */
export function runPwd(call: BuiltinCall): number {
  call.out(call.core.state.cwd + "\n");
  return 0;
}

const CLASSES: [string, number][] = [
  ["u", 6],
  ["g", 3],
  ["o", 0],
];

/** `umask [-S] [mode]`: four octal digits, or `u=rwx,g=rx,o=rx` with -S. */
export function runUmask(call: BuiltinCall): number {
  const core = call.core;
  const args = call.argv.slice(1);
  const symbolic = args[0] === "-S";
  if (symbolic) args.shift();
  const mode = args[0];
  if (mode === undefined) {
    const mask = core.state.umask;
    if (!symbolic) {
      call.out(mask.toString(8).padStart(4, "0") + "\n");
      return 0;
    }
    const perms = CLASSES.map(([who, shift]) => {
      const allowed = ~(mask >> shift) & 7;
      return `${who}=${allowed & 4 ? "r" : ""}${allowed & 2 ? "w" : ""}${allowed & 1 ? "x" : ""}`;
    });
    call.out(perms.join(",") + "\n");
    return 0;
  }
  if (/^[0-7]+$/.test(mode)) {
    core.state.umask = parseInt(mode, 8) & 0o777;
    return 0;
  }
  let allowed = ~core.state.umask & 0o777;
  for (const clause of mode.split(",")) {
    const m = /^([ugoa]*)([=+-])([rwx]*)$/.exec(clause);
    if (!m) return call.fail(core.flavor === "dash" ? `Illegal mode: ${mode}` : `${mode}: invalid symbolic mode operator`, 1);
    const whos = (m[1] || "a").replace("a", "ugo");
    const bits = (m[3]?.includes("r") ? 4 : 0) | (m[3]?.includes("w") ? 2 : 0) | (m[3]?.includes("x") ? 1 : 0);
    for (const [who, shift] of CLASSES) {
      if (!whos.includes(who)) continue;
      if (m[2] === "=") allowed = (allowed & ~(7 << shift)) | (bits << shift);
      else if (m[2] === "+") allowed |= bits << shift;
      else allowed &= ~(bits << shift);
    }
  }
  core.state.umask = ~allowed & 0o777;
  return 0;
}
