import type { DockerCommand } from "../command";
import { execInContainer } from "../../engine/container-exec";
import { findContainerOrError } from "./each";

const SHELLS = new Set(["sh", "ash", "bash", "dash", "zsh"]);

/** Whether argv is a shell with nothing to run (`sh`, `bash -l`): an interactive session under `-it`. */
function isBareShell(argv: readonly string[]): boolean {
  const base = (argv[0] ?? "").slice((argv[0] ?? "").lastIndexOf("/") + 1);
  return SHELLS.has(base) && argv.slice(1).every((a) => /^-[a-z]*$/.test(a) && !a.includes("c"));
}

/**
 * `docker container exec` / `docker exec` (docker/cli 27:
 * cli/command/container/exec.go): runs a command in a running container,
 * its stdout and stderr kept apart (merged under `-t`, as a pty merges
 * them), and exits with the command's status; `-d` starts it and prints
 * nothing. Daemon errors (not running, paused) exit 1; a runtime failure
 * (`OCI runtime exec failed: …`) is printed as is with its status.
 * Simplification: `-it` with a shell and nothing to run (`docker exec -it
 * web sh`) does not open an interactive session yet: the shell's prompt,
 * line editing and `exit` back to the host are missing, so a note says so;
 * `-it … sh -c '…'` runs non-interactively. `-i` forwards no input.
 */
export const containerExecCommand: DockerCommand = {
  name: "exec",
  group: "container",
  aliases: [],
  shortcut: "exec",
  usage: "[OPTIONS] CONTAINER COMMAND [ARG...]",
  short: "Execute a command in a running container",
  args: { kind: "min", n: 2 },
  interspersed: false,
  flags: [
    { name: "detach", short: "d", kind: "bool", usage: "Detached mode: run command in the background" },
    { name: "detach-keys", kind: "string", usage: "Override the key sequence for detaching a container" },
    { name: "env", short: "e", kind: "list", usage: "Set environment variables" },
    { name: "env-file", kind: "list", usage: "Read in a file of environment variables" },
    { name: "interactive", short: "i", kind: "bool", usage: "Keep STDIN open even if not attached" },
    { name: "privileged", kind: "bool", usage: "Give extended privileges to the command" },
    { name: "tty", short: "t", kind: "bool", usage: "Allocate a pseudo-TTY" },
    { name: "user", short: "u", kind: "string", usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
    { name: "workdir", short: "w", kind: "string", usage: "Working directory inside the container" },
  ],
  run(ctx, { flags, args }) {
    const [ref, ...argv] = args as [string, ...string[]];
    const found = findContainerOrError(ctx, ref);
    if ("error" in found) {
      ctx.out.err(`${found.error}\n`);
      return 1;
    }
    const tty = flags.tty === true;
    const env = ((flags.env as string[] | undefined) ?? []).filter((e) => e.includes("="));
    if (tty && flags.interactive === true && flags.detach !== true && isBareShell(argv) && found.container.state.Running && !found.container.state.Paused) {
      ctx.out.err(`Dockyard: interactive exec sessions are not simulated yet; run a command instead, e.g. docker exec ${ref} ${argv[0]} -c 'ls /'.\n`);
      return 0;
    }
    const result = execInContainer(ctx.engine, found.container, {
      argv,
      env,
      workingDir: flags.workdir as string | undefined,
      user: flags.user as string | undefined,
      tty,
    });
    if (!result.ok) {
      ctx.out.err(`Error response from daemon: ${result.error.message}\n`);
      return result.error.exitCode;
    }
    const outcome = result.value;
    if ("runtimeError" in outcome) {
      ctx.out.err(`${outcome.runtimeError}\n`);
      return outcome.status;
    }
    if (flags.detach === true) return 0;
    for (const chunk of outcome.output) {
      if (chunk.stream === "stdout" || tty) ctx.out.out(chunk.text);
      else ctx.out.err(chunk.text);
    }
    return outcome.status;
  },
};
