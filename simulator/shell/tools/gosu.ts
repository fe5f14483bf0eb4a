import type { PosixCommandContext } from "../commands/types";
import { readOptional } from "../packages/common";
import { findDownloadByBody } from "../packages/downloads-catalog";

/**
 * tianon/gosu: `gosu USER[:GROUP] COMMAND [ARGS...]` runs COMMAND as USER
 * (looked up in /etc/passwd, as gosu's user.GetExecUserPath does), and
 * `--version` prints the release and its Go toolchain (main.go). The
 * release is the downloaded binary's, from the downloads catalog.
 * Simplification: the command runs with the caller's credentials.
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
  const user = (args[0] as string).split(":")[0] as string;
  const passwd = readOptional(ctx, "/etc/passwd") ?? "";
  const known = /^\d+$/.test(user) || passwd.split("\n").some((l) => l.split(":")[0] === user);
  if (!known) {
    ctx.out.err(`error: failed switching to "${user}": unable to find user ${user}: no matching entries in passwd file\n`);
    return 1;
  }
  const status = ctx.exec(args.slice(1));
  if (status === 127) ctx.out.err(`error: exec: "${args[1]}": executable file not found in $PATH\n`);
  return status;
}
