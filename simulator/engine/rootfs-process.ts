import { resolveBuildUser } from "../build/user";
import { calculateShellFlavor } from "../build/steps/run";
import { quoteShellWord } from "../build/shell-quote";
import type { OutputChunk } from "../core/io";
import type { ImageRecord } from "../image/types";
import type { Program } from "../runtime/programs/index";
import type { ContainerRecord } from "../runtime/types";
import { CONTAINER_COMMANDS } from "./container-commands";
import { PosixShell } from "../shell/posix/shell";
import { createShellCommand } from "../shell/posix/shell-command";
import type { Layer } from "../vfs/layer";
import type { Engine } from "./engine";
import { resolveEngineLayer } from "./build";
import { openContainerFs } from "./container-fs";
import { createContainerNetwork } from "./container-network";


/**
 * Programs that keep their process model (runtime/programs): servers and
 * waits that outlive the command (sleep, registry…), and hello-world's binary.
 */
const MODELLED = new Set(["hello", "sleep", "registry", "entrypoint.sh", "top", "yes", "ping", "tail"]);

const SHELLS = new Set(["sh", "ash", "bash", "dash"]);

/** Whether argv starts an interactive shell (`docker run -it alpine sh`): that stays with the terminal's shell model. */
function isInteractiveShell(argv: readonly string[]): boolean {
  const base = (argv[0] ?? "").slice((argv[0] ?? "").lastIndexOf("/") + 1);
  return SHELLS.has(base) && argv.slice(1).every((a) => /^-[a-z]*$/.test(a) && !a.includes("c"));
}

/**
 * A process model that really runs the command over the container's root
 * file system: the image's layers plus the container's read-write layer,
 * as the container's USER, in its WORKDIR and environment, through the
 * image's own programs (what runc does after it finds the executable).
 * It ends at once with its output and status; what it wrote stays in the
 * container's layer. Undefined for servers and waits that keep their
 * process model, and for executables the simulator has no program for.
 */
export function createRootfsProgram(engine: Engine, container: ContainerRecord, image: ImageRecord | undefined, executable: string): Program | undefined {
  const base = executable.slice(executable.lastIndexOf("/") + 1);
  if (!image || MODELLED.has(base) || !Object.hasOwn(CONTAINER_COMMANDS, base)) return undefined;
  const argv = [container.path, ...container.args];
  if (isInteractiveShell(argv)) return undefined;
  let layers;
  try {
    layers = image.layers.map((l) => resolveEngineLayer(engine, l.digest));
  } catch {
    // A layer whose content the engine no longer has: keep the process model rather than fail the start.
    return undefined;
  }
  return (ctx) => {
    const clock = engine.clock;
    const started = clock.now();
    const ran = runInContainer(engine, container, layers, { argv, env: ctx.env, workingDir: ctx.workingDir, user: container.config.User, tty: ctx.tty });
    return { output: ran.output, exit: { afterMs: clock.now() - started, code: ran.status } };
  };
}

/** What one command run inside a container asked for (the main process, or `docker exec`). */
export interface ContainerCommand {
  argv: string[];
  env: Record<string, string>;
  workingDir: string;
  user: string;
  tty: boolean;
}

/**
 * Runs argv inside the container's mount namespace (engine/container-fs.ts)
 * through the image's own programs, as the given user, and stores what it
 * wrote in the container's layer and volumes. A user the image does not
 * know fails as runc does (status 126).
 */
export function runInContainer(engine: Engine, container: ContainerRecord, layers: Layer[], command: ContainerCommand): { output: OutputChunk[]; status: number } {
  const opened = openContainerFs(engine, container, layers);
  const fs = opened.fs;
  const clock = engine.clock;
  const who = resolveBuildUser(fs, command.user);
  if (!who.ok) return { output: [{ stream: "stderr", text: `${who.message}\n` }], status: 126 };
  const binSh = calculateShellFlavor(fs, "/bin/sh") ?? "dash";
  const commands = { ...CONTAINER_COMMANDS, sh: createShellCommand(binSh) };
  const env = { ...command.env };
  env.HOME ??= who.user.home;
  env.HOSTNAME ??= container.config.Hostname;
  const shell = new PosixShell({
    fs,
    cwd: command.workingDir,
    env,
    user: who.user,
    flavor: binSh,
    argv0: "/bin/sh",
    commands,
    clock,
    hostname: container.config.Hostname,
    tty: command.tty,
    stepBudget: 400_000,
    network: createContainerNetwork(engine, container),
  });
  const output: OutputChunk[] = [];
  // Simplification: the executable runs as one simple command of the image's shell, its words quoted (no shell is really in between).
  const result = shell.run(`exec ${command.argv.map(quoteShellWord).join(" ")}`, {
    output: { out: (text) => output.push({ stream: "stdout", text }), err: (text) => output.push({ stream: "stderr", text }) },
  });
  opened.commit();
  return { output, status: result.status };
}
