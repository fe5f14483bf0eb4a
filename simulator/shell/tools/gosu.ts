import type { PosixCommandContext, ShellUser } from "../commands/types";
import { readOptional } from "../packages/common";
import { findDownloadByBody } from "../packages/downloads-catalog";

/**
 * tianon/gosu: `gosu USER[:GROUP] COMMAND [ARGS...]` runs COMMAND as USER
 * (looked up in /etc/passwd, as gosu's user.GetExecUserPath does), and
 * `--version` prints the release and its Go toolchain (main.go). The
 * release is the downloaded binary's, from the downloads catalog. The
 * command runs as that user, with HOME set to the user's home directory
 * (gosu setup-user.go SetupUser: setgroups, setgid, setuid, then HOME).
 */
export function runGosu(ctx: PosixCommandContext): number {
  const self = ctx.findProgram(ctx.argv[0] ?? "gosu");
  const version = (self && findDownloadByBody(readOptional(ctx, self) ?? "")?.program?.version) || "1.17";
  const args = ctx.argv.slice(1);
  if (args[0] === "--version") {
    ctx.out.out(`${version} (go1.18.2 on linux/amd64; gc)\n`);
    return 0;
  }
  if (args.length < 2 || args[0] === "--help" || args[0] === "-h") {
    ctx.out.err(`Usage: gosu user-spec command [args]\n   eg: gosu tianon bash\n       gosu nobody:root bash -c 'whoami && id'\n       gosu 1000:1 id\n\ngosu version: ${version} (go1.18.2 on linux/amd64; gc)\nlicense: Apache-2.0 (full text at https://github.com/tianon/gosu)\n\n`);
    return 1;
  }
  const who = lookUpUser(ctx, args[0] as string);
  if (typeof who === "string") {
    ctx.out.err(`error: failed switching to "${args[0] as string}": ${who}\n`);
    return 1;
  }
  const status = ctx.exec(args.slice(1), { user: who, env: { ...ctx.env, HOME: who.home } });
  if (status === 127) ctx.out.err(`error: exec: "${args[1]}": executable file not found in $PATH\n`);
  return status;
}

/**
 * USER[:GROUP] (names or numbers) in /etc/passwd and /etc/group, as
 * moby/sys/user GetExecUserPath resolves it; an error in its words otherwise.
 */
function lookUpUser(ctx: PosixCommandContext, spec: string): ShellUser | string {
  const [userPart = "", groupPart] = spec.split(":");
  const rows = (path: string, min: number): string[][] => (readOptional(ctx, path) ?? "").split("\n").map((l) => l.split(":")).filter((f) => f.length >= min);
  const passwd = rows("/etc/passwd", 7);
  const groups = rows("/etc/group", 3);
  const numeric = /^\d+$/.test(userPart);
  const entry = passwd.find((f) => (numeric ? f[2] === userPart : f[0] === userPart));
  if (!entry && !numeric) return `unable to find user ${userPart}: no matching entries in passwd file`;
  const name = entry?.[0] ?? userPart;
  let gid = entry ? Number(entry[3]) : 0;
  if (groupPart !== undefined && groupPart !== "") {
    const g = groups.find((f) => (/^\d+$/.test(groupPart) ? f[2] === groupPart : f[0] === groupPart));
    if (!g && !/^\d+$/.test(groupPart)) return `unable to find group ${groupPart}: no matching entries in group file`;
    gid = Number(g?.[2] ?? groupPart);
  }
  const supplementary = groups.filter((g) => (g[3] ?? "").split(",").includes(name)).map((g) => Number(g[2]));
  return { name, uid: numeric ? Number(userPart) : Number(entry?.[2]), gid, home: entry?.[5] ?? "/", groups: supplementary };
}
