import { getOwn } from "../core/own";
import type { OutputChunk } from "../core/io";
import { calculateOomDelay, calculateProgramMemory } from "./process-memory";
import { findProgram, type Program } from "./programs/index";
import type { ContainerRecord } from "./types";

/** All containers of the daemon, by full ID. */
export interface RuntimeState {
  containers: Record<string, ContainerRecord>;
}

/** An empty runtime. */
export function createRuntime(): RuntimeState {
  return { containers: {} };
}

/** The outcome of looking a container up by what the user typed. */
export type ContainerLookup = { found: ContainerRecord } | { ambiguous: true } | { missing: true };

/**
 * GetContainer's lookup order: exact full ID, exact name, then a unique ID
 * prefix; an ambiguous prefix is an error (moby/moby: daemon/container.go,
 * daemon/container/view.go; fidelity-reference §0.4).
 */
export function findContainer(state: RuntimeState, ref: string): ContainerLookup {
  const exact = getOwn(state.containers, ref);
  if (exact) return { found: exact };
  const name = ref.startsWith("/") ? ref.slice(1) : ref;
  const byName = Object.values(state.containers).find((c) => c.name === name);
  if (byName) return { found: byName };
  if (!/^[a-f0-9]+$/.test(ref)) return { missing: true };
  const matches = Object.values(state.containers).filter((c) => c.id.startsWith(ref));
  if (matches.length === 1) return { found: matches[0] as ContainerRecord };
  if (matches.length > 1) return { ambiguous: true };
  return { missing: true };
}

/** Why an executable could not be found, in runc's words. */
export type ExecutableLookup = { path: string } | { error: string };

/**
 * Finds argv[0] the way runc's exec does: a name with a `/` must exist as
 * given; a bare name is searched in $PATH (runc: libcontainer/standard_init_linux.go,
 * Go's exec.LookPath). Messages are runc's.
 */
export function resolveExecutable(argv0: string, executables: readonly string[], env: Record<string, string>, workingDir: string): ExecutableLookup {
  if (argv0.includes("/")) {
    const path = argv0.startsWith("/") ? argv0 : `${workingDir.replace(/\/$/, "")}/${argv0.replace(/^\.\//, "")}`;
    return executables.includes(path) ? { path: argv0 } : { error: `exec: "${argv0}": stat ${argv0}: no such file or directory` };
  }
  for (const dir of (env.PATH ?? "").split(":")) {
    const candidate = `${dir.replace(/\/$/, "")}/${argv0}`;
    if (executables.includes(candidate)) return { path: candidate };
  }
  return { error: `exec: "${argv0}": executable file not found in $PATH` };
}

/** The environment as a map, later entries winning (`KEY=value` list → record). */
export function calculateEnvMap(env: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of env) {
    const eq = entry.indexOf("=");
    if (eq > 0) out[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return out;
}

/**
 * Starts a created or exited container's main process: marks it running and
 * asks its process model what it prints and when it exits. The output is
 * also kept in the container's log, as the json-file log driver would.
 */
export function dispatchStart(container: ContainerRecord, executablePath: string, now: number, override?: Program): OutputChunk[] {
  const env = calculateEnvMap(container.config.Env);
  const program = override ?? findProgram(executablePath);
  const outcome = program({
    argv: [container.path, ...container.args],
    env,
    hostname: container.config.Hostname,
    workingDir: container.config.WorkingDir || "/",
    user: container.config.User,
    tty: container.config.Tty,
    interactive: container.config.OpenStdin,
    now,
  });
  const state = container.state;
  state.Status = "running";
  state.Running = true;
  state.Paused = false;
  state.Restarting = false;
  state.Pid = 1000 + (parseInt(container.id.slice(0, 4), 16) % 30000);
  state.ExitCode = 0;
  state.Error = "";
  state.StartedAt = now;
  state.FinishedAt = 0;
  state.OOMKilled = false;
  const memory = outcome.memory ?? calculateProgramMemory(executablePath);
  // The cgroup OOM killer ends a process that outgrows the limit before it would exit (SIGKILL: 137);
  // one that starts above it dies while loading, before it writes anything.
  const oomAfter = calculateOomDelay(memory, container.hostConfig);
  const oom = oomAfter !== null && (!outcome.exit || oomAfter === 0 || oomAfter < outcome.exit.afterMs);
  // A chunk's atMs is when the process wrote it (a script that sleeps between lines): `docker logs` shows it once that time
  // has come; what it would have written after an OOM kill never happens.
  const output = oom && oomAfter === 0 ? [] : outcome.output.filter((chunk) => !oom || (chunk.atMs ?? 0) < (oomAfter ?? 0));
  for (const chunk of output) container.logs.push({ stream: chunk.stream, text: chunk.text, time: now + (chunk.atMs ?? 0) });
  container.process = {
    program: executablePath,
    exitAt: oom ? now + oomAfter : outcome.exit ? now + outcome.exit.afterMs : null,
    exitCode: oom ? 137 : (outcome.exit?.code ?? 0),
    ...(outcome.listens ? { listens: outcome.listens } : {}),
    memory,
    ...(oom ? { oomKill: true } : {}),
  };
  return output;
}

/** Marks a running container's process as ended with `code` at `time`. */
export function dispatchExit(container: ContainerRecord, code: number, time: number): void {
  // What the process would have written after it ended (it was stopped mid-sleep) never happens.
  if (container.logs.some((entry) => entry.time > time)) container.logs = container.logs.filter((entry) => entry.time <= time);
  const state = container.state;
  state.Status = "exited";
  state.Running = false;
  state.Paused = false;
  state.Pid = 0;
  state.ExitCode = code;
  state.FinishedAt = time;
  // moby/moby: daemon/monitor.go handleContainerExit reads the OOM event (State.OOMKilled).
  if (container.process?.oomKill && container.process.exitAt === time) state.OOMKilled = true;
  container.process = null;
}

/**
 * Lets time pass for every container: processes whose exit time has come
 * exit; `--rm` containers are removed when they do.
 * Returns the IDs of containers that exited.
 */
export function reconcileExits(state: RuntimeState, now: number): string[] {
  const exited: string[] = [];
  for (const container of Object.values(state.containers)) {
    const process = container.process;
    if (!container.state.Running || !process || process.exitAt === null || process.exitAt > now) continue;
    dispatchExit(container, process.exitCode, process.exitAt);
    exited.push(container.id);
    if (container.hostConfig.AutoRemove) delete state.containers[container.id];
  }
  return exited;
}
