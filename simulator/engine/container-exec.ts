import type { OutputChunk } from "../core/io";
import { calculateEnvMap } from "../runtime/containers";
import { findProgram } from "../runtime/programs/index";
import type { ContainerRecord } from "../runtime/types";
import type { PosixFileSystem } from "../vfs/posix-types";
import { resolveContainerLayers, openContainerFs } from "./container-fs";
import type { Engine } from "./engine";
import { engineError, type EngineResult } from "./errors";
import { runInContainer } from "./rootfs-process";

/** What `docker exec` asks for (moby/moby: api/types/container ExecOptions, the parts used). */
export interface ExecOptions {
  argv: string[];
  /** `-e`: added to the container's environment. */
  env: string[];
  workingDir?: string;
  user?: string;
  tty: boolean;
}

/** What an exec produced: its output and exit status, or a runtime failure to print as is (no daemon prefix). */
export type ExecOutcome = { output: OutputChunk[]; status: number } | { runtimeError: string; status: number };

/**
 * The executable as runc's exec looks it up in the container's own file
 * system (its layer included, so a tool installed by an earlier exec is
 * found): a path must exist, a bare name is searched in $PATH.
 */
export function findExecutable(fs: PosixFileSystem, argv0: string, env: Record<string, string>, cwd: string): string | undefined {
  const isFile = (p: string): boolean => fs.stat(p)?.type === "file";
  if (argv0.includes("/")) {
    const path = argv0.startsWith("/") ? argv0 : `${cwd.replace(/\/$/, "")}/${argv0}`;
    return isFile(path) ? undefined : `exec: "${argv0}": stat ${argv0}: no such file or directory`;
  }
  for (const dir of (env.PATH ?? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin").split(":")) {
    if (dir !== "" && isFile(`${dir.replace(/\/$/, "")}/${argv0}`)) return undefined;
  }
  return `exec: "${argv0}": executable file not found in $PATH`;
}

/**
 * ContainerExecCreate + ContainerExecStart (moby/moby: daemon/exec.go
 * ContainerExecCreate getActiveContainer, ContainerExecStart): the
 * container must be running, not paused or restarting (fidelity-reference
 * §3.5); the process gets the container's environment plus `-e`, its
 * WORKDIR unless `-w`, its USER unless `-u`. A command the container lacks
 * fails as runc reports it (`OCI runtime exec failed: …`, status 127, per
 * daemon/errors.go isInvalidCommand; §3.9); a missing working directory
 * as runc's chdir failure (126).
 * Simplification: the process runs to its end at once; a long-running one
 * (`sleep 1000`) lets that much virtual time pass.
 */
export function execInContainer(engine: Engine, container: ContainerRecord, options: ExecOptions): EngineResult<ExecOutcome> {
  engine.settle();
  const s = container.state;
  if (s.Paused) return { ok: false, error: engineError("conflict", `Container ${container.id} is paused, unpause the container before exec`, 1) };
  if (s.Restarting) return { ok: false, error: engineError("conflict", `Container ${container.id} is restarting, wait until the container is running`, 1) };
  if (!s.Running) return { ok: false, error: engineError("conflict", `container ${container.id} is not running`, 1) };
  const env = calculateEnvMap([...container.config.Env, ...options.env]);
  const workingDir = options.workingDir || container.config.WorkingDir || "/";
  const user = options.user ?? container.config.User;
  const layers = resolveContainerLayers(engine, container);
  if (!layers) {
    const outcome = findProgram(options.argv[0] ?? "")({ argv: options.argv, env, hostname: container.config.Hostname, workingDir, user, tty: options.tty, interactive: false, now: engine.clock.now() });
    return { ok: true, value: { output: outcome.output, status: outcome.exit?.code ?? 0 } };
  }
  const fs = openContainerFs(engine, container, layers).fs;
  if (fs.stat(workingDir)?.type !== "dir") {
    return { ok: true, value: { runtimeError: `OCI runtime exec failed: exec failed: unable to start container process: chdir to cwd ("${workingDir}") set in config.json failed: no such file or directory: unknown`, status: 126 } };
  }
  const missing = findExecutable(fs, options.argv[0] ?? "", env, workingDir);
  if (missing) return { ok: true, value: { runtimeError: `OCI runtime exec failed: exec failed: unable to start container process: ${missing}: unknown`, status: 127 } };
  const ran = runInContainer(engine, container, layers, { argv: options.argv, env, workingDir, user, tty: options.tty });
  return { ok: true, value: ran };
}
