import { quoteShellWord } from "../shell-quote";
import { PosixShell } from "../../shell/posix/shell";
import { createShellCommand } from "../../shell/posix/shell-command";
import type { ShellFlavor } from "../../shell/posix/errors";
import { createLayer } from "../../vfs/layer";
import type { PosixFileSystem } from "../../vfs/posix-types";
import type { Instruction } from "../../dockerfile/instructions/types";
import type { InstructionHandler, StageRun } from "../stage-run";
import { resolveBuildUser } from "../user";

/** Where a shell path really leads (/bin/sh → dash, busybox or bash), following symlinks as execve does. */
export function calculateShellFlavor(fs: PosixFileSystem, path: string): ShellFlavor | undefined {
  let current = path;
  for (let hops = 0; hops < 16; hops++) {
    let st;
    try {
      st = fs.lstat(current);
    } catch {
      return undefined;
    }
    if (!st) return undefined;
    if (st.type !== "symlink") break;
    const target = fs.readlink(current);
    current = target.startsWith("/") ? target : `${current.slice(0, current.lastIndexOf("/")) || ""}/${target}`;
  }
  const base = current.slice(current.lastIndexOf("/") + 1);
  if (base === "bash") return "bash";
  if (base === "busybox" || base === "ash") return "ash";
  return "dash";
}

/**
 * The RUN text in history and in BuildKit's cache: the ARGs of the stage
 * as `|N K=V …` before the command (moby/buildkit: convert.go runCommandString).
 */
export function formatRunCommand(argv: readonly string[], args: readonly { key: string; value: string | undefined }[]): string {
  const pairs: string[] = [];
  const index = new Map<string, number>();
  for (const a of args) {
    const text = `${a.key}=${a.value ?? ""}`;
    const at = index.get(a.key);
    if (at !== undefined) pairs[at] = text;
    else {
      index.set(a.key, pairs.length);
      pairs.push(text);
    }
  }
  return [...(pairs.length > 0 ? [`|${pairs.length}`, ...pairs] : []), ...argv].join(" ");
}

/** The argv a RUN executes: shell form through the stage's SHELL (default `/bin/sh -c`), exec form as is; a bare heredoc becomes the script. */
export function calculateRunArgv(run: StageRun, cmdLine: readonly string[], prependShell: boolean, files: readonly { name: string; data: string }[]): string[] {
  const shell = run.config.Shell && run.config.Shell.length > 0 ? run.config.Shell : ["/bin/sh", "-c"];
  if (!prependShell) return [...cmdLine];
  const line = cmdLine.join(" ");
  const heredoc = files[0];
  // BuildKit runs `RUN <<EOF … EOF` as the heredoc's script (dockerfile2llb: dispatchRun with heredocs).
  if (heredoc && /^<<-?\s*['"]?\w+['"]?\s*$/.test(line.trim())) return [...shell, heredoc.data];
  return [...shell, line];
}

/**
 * RUN: executes the command in a container over the stage's layers as the
 * stage's USER, in its WORKDIR, with its ENV and ARGs, through the image's
 * own /bin/sh (dash, BusyBox ash or bash), then commits what changed as a
 * layer. A non-zero status stops the build: BuildKit's `process "/bin/sh -c
 * …" did not complete successfully: exit code: N`, the classic builder's
 * `The command '/bin/sh -c …' returned a non-zero code: N` (moby/buildkit:
 * dockerfile2llb/convert.go dispatchRun; moby/moby: builder/dockerfile/dispatchers.go).
 */
export const runHandler: InstructionHandler = {
  counted: true,
  dispatch(instruction, run, step) {
    if (instruction.kind !== "run") return { ok: true };
    const argv = calculateRunArgv(run, instruction.cmdLine, instruction.prependShell, instruction.files);
    const shown = argv.join(" ");
    const fail = (code: number, detail?: string): ReturnType<InstructionHandler["dispatch"]> => ({
      ok: false,
      failure: {
        message: detail ?? `process "${shown}" did not complete successfully: exit code: ${code}`,
        classic: detail ?? `The command '${shown}' returned a non-zero code: ${code}`,
        exitCode: code,
      },
    });
    const { fs, upper } = run.createFs();
    const who = resolveBuildUser(fs, run.config.User);
    if (!who.ok) return fail(1, who.message);
    const env: Record<string, string> = {};
    for (const e of step.runEnv) {
      const eq = e.indexOf("=");
      if (eq > 0) env[e.slice(0, eq)] = e.slice(eq + 1);
    }
    env.PATH ??= "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    env.HOME ??= who.user.home;
    const cwd = run.config.WorkingDir || "/";
    const exe = argv[0] ?? "";
    const isShell = instruction.prependShell;
    const flavor = calculateShellFlavor(fs, exe.includes("/") ? exe : `/bin/${exe}`) ?? (isShell ? undefined : "dash");
    if (flavor === undefined) {
      return fail(127, `runc run failed: unable to start container process: exec: "${exe}": stat ${exe}: no such file or directory`);
    }
    const binSh = calculateShellFlavor(fs, "/bin/sh");
    const commands = { ...run.host.commands, sh: createShellCommand(binSh === "ash" ? "ash" : binSh === "bash" ? "bash" : "dash") };
    const shell = new PosixShell({
      fs,
      cwd,
      env,
      user: who.user,
      flavor,
      argv0: isShell ? exe : "/bin/sh",
      commands,
      clock: run.host.clock,
      hostname: "buildkitsandbox",
      stepBudget: 400_000,
      ...(run.host.network ? { network: run.host.network } : {}),
    });
    // Exec form runs the words as one simple command (Simplification: through a shell, each word quoted).
    const script = isShell ? (argv[argv.length - 1] ?? "") : argv.map(quoteShellWord).join(" ");
    const result = shell.run(script, { output: { out: (t) => run.write(t), err: (t) => run.write(t) } });
    run.endStep();
    if (result.status !== 0) return fail(result.status);
    if (upper.count > 0) run.addLayer(createLayer(upper.entries));
    run.addHistory(formatRunHistory(instruction, run), upper.count === 0);
    return { ok: true };
  },
  formatHistory: formatRunHistory,
};

/** `RUN /bin/sh -c pip install -r requirements.txt # buildkit` (moby/buildkit: convert.go dispatchRun → commitToHistory). */
function formatRunHistory(instruction: Instruction, run: StageRun): string {
  if (instruction.kind !== "run") return "";
  const argv = calculateRunArgv(run, instruction.cmdLine, instruction.prependShell, instruction.files);
  return `RUN ${formatRunCommand(argv, run.declaredArgs)} # buildkit`;
}
