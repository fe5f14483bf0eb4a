/**
 * The headless shell: the engine's terminal without a browser.
 *
 *   npm run --silent sim -- [--workspace DIR] [--script FILE]
 *
 * Reads host-shell lines from FILE, or stdin. For each line prints `$ <line>`
 * and then what the terminal shows, stdout and stderr interleaved in order,
 * all on stdout, without colour. Time is virtual: it moves only when a
 * command waits, so a script prints the same every run. With a TTY on stdin
 * it is interactive (prompt, line editing, history, Tab completion, Ctrl+C,
 * container sessions) and follows the wall clock.
 * Exits with the last command's status.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as readline from "node:readline";
import * as git from "isomorphic-git";
import { createGitProgram } from "../components/git/cli/git-program";
import { createWorld, runTranscriptAsync, VirtualClock, type Clock, type ShellResult, type World } from "../simulator/index";
import type { PromiseFs } from "../components/git/cli/git-fs";
import { runDockerfileCommand } from "./dockerfile-cli";
import { NodeFs } from "./node-fs";

const USAGE = "usage: npm run --silent sim -- [--workspace DIR] [--script FILE]\n       npm run --silent sim -- dockerfile parse FILE...\n       npm run --silent sim -- dockerfile lint --json FILE...\n";

interface SimOptions {
  workspace?: string;
  script?: string;
}

function parseArgs(argv: string[]): SimOptions | string {
  const options: SimOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (): string | undefined => {
      const eq = arg.indexOf("=");
      return eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    };
    if (arg === "--workspace" || arg.startsWith("--workspace=")) {
      const v = value();
      if (!v) return "sim: --workspace needs a directory";
      options.workspace = v;
    } else if (arg === "--script" || arg.startsWith("--script=")) {
      const v = value();
      if (!v) return "sim: --script needs a file";
      options.script = v;
    } else if (arg === "-h" || arg === "--help") {
      return "";
    } else {
      return `sim: unknown argument: ${arg}`;
    }
  }
  return options;
}

/** A clock that follows the wall clock, and jumps ahead when a command waits. */
class WallClock implements Clock {
  private skipped = 0;
  now(): number {
    return Date.now() + this.skipped;
  }
  advance(ms: number): void {
    if (ms > 0) this.skipped += ms;
  }
}

/** How often a command holding the foreground is asked for new output, in ms. */
const POLL_MS = 200;

function write(result: ShellResult): void {
  if (result.clear) process.stdout.write("\x1b[2J\x1b[H");
  for (const chunk of result.chunks) (chunk.stream === "stdout" ? process.stdout : process.stderr).write(chunk.text);
}

/**
 * The interactive terminal: readline with Tab completion from the engine;
 * a command that holds the foreground (`docker run nginx`, `logs -f`) is
 * polled until it ends or Ctrl+C; lines typed meanwhile wait their turn, as
 * a terminal buffers them. Ctrl+D ends a container session, or the shell.
 */
function runInteractive(world: World): void {
  let status = 0;
  let rl: readline.Interface;
  let timer: NodeJS.Timeout | undefined;
  const queued: string[] = [];
  const ask = (): void => {
    rl.setPrompt(world.prompt());
    rl.prompt();
  };
  const finishForeground = (): void => {
    if (timer) clearInterval(timer);
    timer = undefined;
    const next = queued.shift();
    if (next !== undefined) onLine(next);
    else ask();
  };
  const foreground = (): void => {
    timer = setInterval(() => {
      const step = world.poll();
      if (step) write(step);
      if (!step?.running) finishForeground();
    }, POLL_MS);
  };
  const onLine = (line: string): void => {
    if (timer) {
      queued.push(line);
      return;
    }
    const first = world.run(line);
    if (first.pending) {
      // A host program (git) answers asynchronously: lines typed meanwhile wait, as during a foreground command.
      timer = setInterval(() => undefined, POLL_MS);
      void first.pending.then((result) => {
        write(result);
        status = result.exitCode;
        finishForeground();
      });
      return;
    }
    const result = first;
    write(result);
    status = result.exitCode;
    if (result.exit) {
      rl.close();
      return;
    }
    if (result.running) foreground();
    else ask();
  };
  const open = (): void => {
    rl = readline.createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: true,
      historySize: 1000,
      completer: (line: string): [string[], string] => {
        const c = world.complete(line, line.length);
        return [c.candidates, line.slice(c.replaceFrom)];
      },
    });
    rl.on("line", onLine);
    rl.on("SIGINT", () => {
      process.stdout.write("^C\n");
      if (timer) {
        const step = world.interrupt();
        if (step) write(step);
        if (!step?.running) finishForeground();
        return;
      }
      world.interrupt();
      rl.write(null, { ctrl: true, name: "u" });
      ask();
    });
    rl.on("close", () => {
      if (timer) clearInterval(timer);
      if (world.session()) {
        // Ctrl+D in a container's shell ends that shell, not the headless shell.
        const result = world.endOfInput();
        write(result);
        status = result.exitCode;
        open();
        ask();
        return;
      }
      process.stdout.write("exit\n");
      process.exit(status);
    });
  };
  // Docker's detach keys, Ctrl+P Ctrl+Q, leave a container's shell running (readline has already
  // recalled history for the Ctrl+P; the line is cleared).
  let lastKey = "";
  process.stdin.on("keypress", (_text: string | undefined, key: { ctrl?: boolean; name?: string } | undefined) => {
    const name = key?.ctrl ? `C-${key.name ?? ""}` : (key?.name ?? "");
    if (name === "C-q" && lastKey === "C-p" && world.session() && !timer) {
      const result = world.detach();
      if (result) {
        process.stdout.write("\n");
        write(result);
        status = result.exitCode;
        rl.setPrompt(world.prompt());
        rl.write(null, { ctrl: true, name: "u" });
        rl.prompt();
      }
    }
    lastKey = name;
  });
  open();
  ask();
}

function main(): void {
  const argv = process.argv.slice(2);
  if (argv[0] === "dockerfile") {
    process.exitCode = runDockerfileCommand(argv.slice(1));
    return;
  }
  const parsed = parseArgs(argv);
  if (typeof parsed === "string") {
    process.stderr.write(parsed ? `${parsed}\n${USAGE}` : USAGE);
    process.exit(parsed ? 2 : 0);
  }
  let workspaceDir = parsed.workspace;
  let temporary = false;
  if (workspaceDir === undefined) {
    workspaceDir = fs.mkdtempSync(path.join(os.tmpdir(), "dockyard-"));
    temporary = true;
  } else if (!fs.existsSync(workspaceDir) || !fs.statSync(workspaceDir).isDirectory()) {
    process.stderr.write(`sim: workspace is not a directory: ${workspaceDir}\n`);
    process.exit(2);
  }
  const cleanup = (): void => {
    if (temporary) fs.rmSync(workspaceDir as string, { recursive: true, force: true });
  };
  const interactive = parsed.script === undefined && process.stdin.isTTY === true;
  const world = createWorld({
    workspace: new NodeFs(path.resolve(workspaceDir)),
    clock: interactive ? new WallClock() : new VirtualClock(),
    tty: interactive && process.stdout.isTTY === true,
    interactive,
    ...(interactive && process.stdout.columns ? { columns: process.stdout.columns } : {}),
    // git over isomorphic-git: the repository is the workspace folder's real .git.
    hostPrograms: { git: createGitProgram({ loadGit: async () => git, backing: fs.promises as unknown as PromiseFs, gitdir: path.join(path.resolve(workspaceDir), ".git") }) },
  });
  if (interactive) {
    process.on("exit", cleanup);
    runInteractive(world);
    return;
  }
  let text: string;
  try {
    text = fs.readFileSync(parsed.script ?? 0, "utf8");
  } catch (error) {
    process.stderr.write(`sim: cannot read ${parsed.script ?? "stdin"}: ${(error as Error).message}\n`);
    cleanup();
    process.exit(2);
  }
  void runTranscriptAsync(world, text, (piece) => process.stdout.write(piece)).then(({ exitCode }) => {
    cleanup();
    process.exitCode = exitCode;
  });
}

main();
