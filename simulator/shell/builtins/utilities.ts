import { Output } from "../../core/io";
import { runCurl as runContainerCurl } from "../commands/curl";
import { CORE_COMMANDS } from "../commands/index";
import type { ContainerNetwork } from "../commands/network";
import type { PosixCommand, PosixCommandContext, ShellUser } from "../commands/types";
import { BYTES_PER_STEP, KilledSignal } from "../posix/io";
import { Budget } from "../posix/state";
import type { CommandTable, ShellCommand, ShellContext } from "../session";
import { HostPosixFs } from "../../vfs/posix-mount-fs";
import { calculateResolvedPath } from "../../vfs/path";

/**
 * The text and file utilities a learner's Linux or macOS host has
 * (GNU coreutils, grep, sed, awk, find, tar…), so `docker ps | grep web`,
 * `docker images | head -3`, `cat app.py | wc -l` or
 * `find . -name '*.py'` work on the host as they do in a terminal.
 * They are the same programs a Debian container runs (shell/commands),
 * here over the host's files.
 */
const UTILITIES = [
  "awk", "basename", "chmod", "cut", "date", "dirname", "egrep", "expr", "fgrep", "find", "grep", "head", "id", "ln", "md5sum",
  "mktemp", "nproc", "printenv", "printf", "seq", "sed", "sha256sum", "sha512sum", "sort", "tail", "tar", "tee", "test", "tr",
  "uname", "uniq", "wc", "whoami", "xargs", "yes",
];

/** The learner's account on the host (the prompt's `learner@dockyard`). */
const LEARNER: ShellUser = { name: "learner", uid: 1000, gid: 1000, home: "/home/learner", groups: [1000] };

/** Steps one utility may take, so `yes | head` and runaway `find`s end (output costs a step per 128 bytes: at most ~6 MB). */
const STEP_LIMIT = 50_000;

/** Runs a container-side program from the host shell's context. */
function adapt(name: string, program: PosixCommand): ShellCommand {
  return (ctx: ShellContext): number => {
    const hostRequest = ctx.network.request?.bind(ctx.network);
    const network: ContainerNetwork | undefined = hostRequest ? { request: hostRequest } : undefined;
    const fs = new HostPosixFs(ctx.fs, "/");
    const cwd = ctx.session.cwd;
    const budget = new Budget(STEP_LIMIT);
    const table = Object.fromEntries(UTILITIES.flatMap((n) => (Object.hasOwn(CORE_COMMANDS, n) ? [[n, CORE_COMMANDS[n] as PosixCommand]] : [])));
    const context = (argv: string[], stdin: string, env: Record<string, string>): PosixCommandContext => ({
      argv,
      env,
      cwd,
      stdin,
      out: {
        out: (t) => {
          budget.tick(Math.ceil(t.length / BYTES_PER_STEP));
          ctx.out.out(t);
        },
        err: (t) => ctx.out.err(t),
      },
      fs,
      user: LEARNER,
      clock: ctx.clock,
      variant: "gnu",
      hostname: "dockyard",
      commands: table,
      isTerminal: ctx.stdoutIsTerminal !== false,
      budget,
      ...(network ? { network } : {}),
      resolve: (p) => calculateResolvedPath(cwd, p),
      // What xargs and find -exec start: a host command (docker, echo…), else one of the utilities' programs.
      exec: (childArgv, options = {}) => {
        const childOut = new Output();
        const hosted = ctx.runCommand?.(childArgv, options.stdin ?? "", childOut);
        if (hosted !== undefined) {
          for (const chunk of childOut.chunks) (chunk.stream === "stdout" ? ctx.out.out : ctx.out.err).call(ctx.out, chunk.text);
          return hosted;
        }
        const child = childArgv[0] ?? "";
        const impl = Object.hasOwn(CORE_COMMANDS, child) ? CORE_COMMANDS[child] : undefined;
        if (!impl) {
          ctx.out.err(`${argv[0]}: ${child}: No such file or directory\n`);
          return 127;
        }
        return impl(context(childArgv, options.stdin ?? "", options.env ?? env));
      },
      findProgram: (n) => (Object.hasOwn(CORE_COMMANDS, n) || ctx.commandNames().includes(n) ? `/usr/bin/${n}` : undefined),
    });
    try {
      return program(context([name, ...ctx.argv.slice(1)], ctx.stdin, ctx.env)) & 255;
    } catch (error) {
      // The budget ran out (`yes` without a reader) or the program hit a limit: killed, as the kernel would.
      if (error instanceof RangeError || error instanceof KilledSignal) return 137;
      ctx.out.err(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  };
}

/** The host's utilities as host-shell commands. */
export function createHostUtilities(): CommandTable {
  const table: CommandTable = {};
  for (const name of UTILITIES) {
    if (Object.hasOwn(CORE_COMMANDS, name)) table[name] = adapt(name, CORE_COMMANDS[name] as PosixCommand);
  }
  return table;
}

/**
 * curl on the host: Debian's curl 7.88.1 (every option the container's curl
 * has: -X, -H, -d, -i, -I, -v, -o, -w, -L, -f…) over the host's network,
 * where only the machine's own addresses answer (published ports). A host
 * that answers only GETs keeps the small GET-only model.
 */
export function createHostCurl(getOnly: ShellCommand): ShellCommand {
  const full = adapt("curl", runContainerCurl);
  return (ctx) => (ctx.network.request ? full(ctx) : getOnly(ctx));
}
