import { calculateEnvMap } from "../runtime/containers";
import type { ContainerRecord } from "../runtime/types";
import type { PosixFileSystem } from "../vfs/posix-types";
import { findExecutable } from "./container-exec";
import { openContainerFs, resolveContainerLayers } from "./container-fs";
import { ContainerSession } from "./container-session";
import type { Engine } from "./engine";
import { engineError, type EngineResult } from "./errors";

/** What `docker exec -it` asks for a shell session (the ExecOptions parts a session uses). */
export interface ExecSessionOptions {
  argv: string[];
  env: string[];
  workingDir?: string;
  user?: string;
  tty: boolean;
}

/**
 * ContainerExecCreate + ContainerExecStart for an interactive shell: the same
 * checks as a one-shot exec (engine/container-exec.ts: paused, restarting,
 * not running → daemon errors; a missing working directory or shell →
 * runc's `OCI runtime exec failed: …`, 126/127), then a session.
 */
export function openExecSession(engine: Engine, container: ContainerRecord, options: ExecSessionOptions): EngineResult<ContainerSession | { runtimeError: string; status: number }> {
  engine.settle();
  const s = container.state;
  if (s.Paused) return { ok: false, error: engineError("conflict", `Container ${container.id} is paused, unpause the container before exec`, 1) };
  if (s.Restarting) return { ok: false, error: engineError("conflict", `Container ${container.id} is restarting, wait until the container is running`, 1) };
  if (!s.Running) return { ok: false, error: engineError("conflict", `container ${container.id} is not running`, 1) };
  const env = calculateEnvMap([...container.config.Env, ...options.env]);
  const workingDir = options.workingDir || container.config.WorkingDir || "/";
  const layers = resolveContainerLayers(engine, container);
  if (!layers) return { ok: true, value: { runtimeError: "Dockyard: this container's image layers are gone; no shell can start in it.", status: 126 } };
  const fs = openContainerFs(engine, container, layers).fs;
  if (fs.stat(workingDir)?.type !== "dir") {
    return { ok: true, value: { runtimeError: `OCI runtime exec failed: exec failed: unable to start container process: chdir to cwd ("${workingDir}") set in config.json failed: no such file or directory: unknown`, status: 126 } };
  }
  const argv0 = options.argv[0] ?? "";
  const missing = findExecutable(fs, argv0, env, workingDir);
  if (missing) return { ok: true, value: { runtimeError: `OCI runtime exec failed: exec failed: unable to start container process: ${missing}: unknown`, status: 127 } };
  const shellPath = argv0.includes("/") ? argv0 : calculateOnPath(fs, argv0, env) ?? `/bin/${argv0}`;
  const opened = ContainerSession.open(engine, container, { kind: "exec", containerId: container.id, shellPath, cwd: workingDir, env, user: options.user ?? container.config.User, tty: options.tty });
  if ("error" in opened) return { ok: true, value: { runtimeError: opened.error, status: opened.status } };
  return { ok: true, value: opened };
}

/** The first `$PATH` entry holding `name`, as execvp finds it. */
export function calculateOnPath(fs: PosixFileSystem, name: string, env: Record<string, string>): string | undefined {
  for (const dir of (env.PATH ?? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin").split(":")) {
    const path = `${dir.replace(/\/$/, "")}/${name}`;
    if (dir !== "" && fs.stat(path)?.type === "file") return path;
  }
  return undefined;
}
