import type { Clock } from "../core/clock";
import { Output, type OutputChunk } from "../core/io";
import type { CommandList, Pipeline, Redirect, SimpleCommand } from "../lex/ast";
import { expandWord, expandWordToString, type ExpansionContext } from "../lex/expand";
import { parseShellLine, ShellSyntaxError } from "../lex/shell-parse";
import type { FileSystem } from "../vfs/types";
import { calculateResolvedPath } from "../vfs/path";
import { formatErrno } from "./errors";
import type { CommandTable, HostNetwork, ShellContext, ShellSessionState } from "./session";

/** What the interpreter needs around it. */
export interface InterpreterEnvironment {
  fs: FileSystem;
  session: ShellSessionState;
  clock: Clock;
  network: HostNetwork;
  commands: CommandTable;
}

/** Nesting limit for `$(...)`, so a learner's recursion cannot hang the page. */
const MAX_SUBSTITUTION_DEPTH = 16;

/**
 * The host shell: runs one line as bash would for the commands learners type.
 * `$?` follows bash: 127 for an unknown command, 2 for a syntax error, else the
 * last pipeline's status.
 */
export class ShellInterpreter {
  private depth = 0;
  /** The status of the last `$(...)` run while expanding the current command. */
  private substitutionStatus: number | undefined;

  constructor(private readonly env: InterpreterEnvironment) {}

  /** Runs a whole line, writing to `out`; returns the exit status. */
  runLine(line: string, out: Output): number {
    let list: CommandList;
    try {
      list = parseShellLine(line);
    } catch (error) {
      if (!(error instanceof ShellSyntaxError)) throw error;
      out.err(`bash: ${error.message}\n`);
      this.env.session.lastExit = 2;
      return 2;
    }
    for (const item of list.items) {
      if (item.op === "&&" && this.env.session.lastExit !== 0) continue;
      if (item.op === "||" && this.env.session.lastExit === 0) continue;
      this.env.session.lastExit = this.runPipeline(item.pipeline, out);
      if (this.env.session.exited) break;
    }
    return this.env.session.lastExit;
  }

  /** Commands that read a pipe: every stage of a pipeline after the first. */
  private readonly pipeReaders = new WeakSet<SimpleCommand>();

  private runPipeline(pipeline: Pipeline, out: Output): number {
    pipeline.commands.forEach((command, index) => {
      if (index > 0) this.pipeReaders.add(command);
    });
    let stdin = "";
    let status = 0;
    pipeline.commands.forEach((command, index) => {
      const last = index === pipeline.commands.length - 1;
      const stageOut = last ? out : new Output();
      status = this.runSimple(command, stdin, stageOut, last);
      if (!last) {
        stdin = "";
        for (const chunk of stageOut.chunks) {
          if (chunk.stream === "stdout") stdin += chunk.text;
          else out.err(chunk.text);
        }
      }
    });
    return status;
  }

  private expansion(): ExpansionContext {
    const session = this.env.session;
    return {
      lookup: (name) => {
        if (name === "?") return String(session.lastExit);
        if (name === "$") return "4242";
        if (name === "0") return "bash";
        if (name === "#") return "0";
        // Own variables only: `$constructor` is an unset variable, not Object's constructor.
        return Object.hasOwn(session.vars, name) ? session.vars[name] : undefined;
      },
      substitute: (source) => {
        if (this.depth >= MAX_SUBSTITUTION_DEPTH) return "";
        this.depth++;
        const inner = new Output();
        // $(...) runs in a subshell: its cd, variables and exit do not reach this shell
        // (bash manual, "Command Substitution"); its status does become $?.
        const saved = { cwd: session.cwd, vars: { ...session.vars }, exited: session.exited };
        try {
          this.runLine(source, inner);
          this.substitutionStatus = session.lastExit;
        } finally {
          this.depth--;
          session.cwd = saved.cwd;
          for (const key of Object.keys(session.vars)) delete session.vars[key];
          Object.assign(session.vars, saved.vars);
          session.exited = saved.exited;
        }
        return inner.chunks.filter((c) => c.stream === "stdout").map((c) => c.text).join("");
      },
    };
  }

  private runSimple(command: SimpleCommand, stdin: string, out: Output, lastInPipeline = true): number {
    const session = this.env.session;
    const ctx = this.expansion();
    this.substitutionStatus = undefined;
    const argv = command.words.flatMap((w) => expandWord(w, ctx));
    const assigned: Record<string, string> = {};
    for (const a of command.assignments) assigned[a.name] = expandWordToString(a.value, ctx);

    if (argv.length === 0) {
      Object.assign(session.vars, assigned);
      // POSIX "Simple Commands": with no command name, the status is that of the last
      // command substitution performed, else 0 (`A=$(false); echo $?` prints 1).
      const status = this.substitutionStatus ?? 0;
      return this.applyRedirects(command.redirects, new Output(), out, ctx) ?? status;
    }

    let input = stdin;
    for (const r of command.redirects) {
      if (r.op !== "<") continue;
      const target = expandWordToString(r.target, ctx);
      try {
        input = this.env.fs.readFile(calculateResolvedPath(session.cwd, target));
      } catch (error) {
        out.err(`bash: ${target}: ${formatErrno(error)}\n`);
        return 1;
      }
    }

    const name = argv[0] as string;
    const commandOut = new Output();
    let status: number;
    const impl = Object.prototype.hasOwnProperty.call(this.env.commands, name) ? this.env.commands[name] : undefined;
    if (!impl) {
      commandOut.err(name.includes("/") ? `bash: ${name}: No such file or directory\n` : `bash: ${name}: command not found\n`);
      status = 127;
    } else {
      const shellCtx: ShellContext = {
        argv,
        env: { ...session.vars, ...assigned },
        stdin: input,
        stdinIsTerminal: !command.redirects.some((r) => r.op === "<") && !this.pipeReaders.has(command),
        stdoutIsTerminal: lastInPipeline && !command.redirects.some((r) => (r.op === ">" || r.op === ">>") && (r.fd === 1 || r.fd === "both")),
        out: commandOut,
        fs: this.env.fs,
        session,
        clock: this.env.clock,
        network: this.env.network,
        resolve: (p) => calculateResolvedPath(session.cwd, p),
        commandNames: () => Object.keys(this.env.commands).sort(),
        runCommand: (childArgv, childStdin, childOut) => {
          const child = childArgv[0] ?? "";
          const childImpl = Object.hasOwn(this.env.commands, child) ? this.env.commands[child] : undefined;
          if (!childImpl) return undefined;
          return childImpl({ ...shellCtx, argv: childArgv, stdin: childStdin, out: childOut, stdinIsTerminal: false, stdoutIsTerminal: false });
        },
      };
      try {
        status = impl(shellCtx);
      } catch (error) {
        // Never a stack trace in the terminal: report it the way bash reports a crashed program.
        const message = error instanceof Error ? error.message : String(error);
        commandOut.err(`bash: ${name}: ${message}\n`);
        status = 1;
      }
    }
    const redirectStatus = this.applyRedirects(command.redirects, commandOut, out, ctx);
    return redirectStatus ?? status;
  }

  /**
   * Routes a command's writes through its redirections.
   * Returns a status when a redirection itself failed (bash then reports 1).
   */
  private applyRedirects(redirects: Redirect[], from: Output, to: Output, ctx: ExpansionContext): number | undefined {
    type Sink = { kind: "terminal"; stream: "stdout" | "stderr" } | { kind: "file"; path: string };
    let stdoutSink: Sink = { kind: "terminal", stream: "stdout" };
    let stderrSink: Sink = { kind: "terminal", stream: "stderr" };
    const session = this.env.session;
    for (const r of redirects) {
      if (r.op === "<") continue;
      if (r.op === ">&") {
        stderrSink = stdoutSink;
        continue;
      }
      const target = expandWordToString(r.target, ctx);
      const path = calculateResolvedPath(session.cwd, target);
      try {
        const stat = this.env.fs.stat(path);
        if (stat?.type === "dir") {
          to.err(`bash: ${target}: Is a directory\n`);
          return 1;
        }
        if (r.op === ">" || !stat) this.env.fs.writeFile(path, "");
      } catch (error) {
        to.err(`bash: ${target}: ${formatErrno(error)}\n`);
        return 1;
      }
      const sink: Sink = { kind: "file", path };
      if (r.fd === 1 || r.fd === "both") stdoutSink = sink;
      if (r.fd === 2 || r.fd === "both") stderrSink = sink;
    }
    const deliver = (chunk: OutputChunk): void => {
      const sink = chunk.stream === "stdout" ? stdoutSink : stderrSink;
      if (sink.kind === "terminal") {
        if (sink.stream === "stdout") to.out(chunk.text);
        else to.err(chunk.text, chunk.atMs);
      } else {
        this.env.fs.appendFile(sink.path, chunk.text);
      }
    };
    from.chunks.forEach(deliver);
    return undefined;
  }
}
