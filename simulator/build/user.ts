import type { ShellUser } from "../shell/commands/types";
import type { FileSystem } from "../vfs/types";

function readOptional(fs: FileSystem, path: string): string {
  try {
    return fs.stat(path)?.type === "file" ? fs.readFile(path) : "";
  } catch {
    return "";
  }
}

/**
 * The user a RUN step runs as, from `USER name[:group]` or `uid[:gid]`,
 * looked up in the step's /etc/passwd and /etc/group as runc does
 * (moby/sys/user: GetExecUser). An unknown name fails with runc's words:
 * `unable to find user app: no matching entries in passwd file`.
 */
export function resolveBuildUser(fs: FileSystem, spec: string): { ok: true; user: ShellUser } | { ok: false; message: string } {
  if (spec === "") return { ok: true, user: { name: "root", uid: 0, gid: 0, home: "/root" } };
  const [userPart = "", groupPart] = spec.split(":");
  const passwd = readOptional(fs, "/etc/passwd").split("\n").map((l) => l.split(":")).filter((f) => f.length >= 7);
  const groups = readOptional(fs, "/etc/group").split("\n").map((l) => l.split(":")).filter((f) => f.length >= 3);
  const numeric = /^\d+$/.test(userPart);
  const entry = passwd.find((f) => (numeric ? f[2] === userPart : f[0] === userPart));
  if (!entry && !numeric) return { ok: false, message: `unable to find user ${userPart}: no matching entries in passwd file` };
  const uid = numeric ? Number(userPart) : Number(entry?.[2]);
  let gid = entry ? Number(entry[3]) : 0;
  if (groupPart !== undefined && groupPart !== "") {
    if (/^\d+$/.test(groupPart)) gid = Number(groupPart);
    else {
      const g = groups.find((f) => f[0] === groupPart);
      if (!g) return { ok: false, message: `unable to find group ${groupPart}: no matching entries in group file` };
      gid = Number(g[2]);
    }
  }
  const name = entry?.[0] ?? userPart;
  const supplementary = groups.filter((g) => (g[3] ?? "").split(",").includes(name)).map((g) => Number(g[2]));
  return { ok: true, user: { name, uid, gid, home: entry?.[5] ?? "/", groups: supplementary } };
}
