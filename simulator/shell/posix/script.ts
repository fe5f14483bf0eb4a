import type { ShellCore } from "./core";
import { formatSyntaxError, PosixSyntaxError } from "./errors";
import { execProgram } from "./exec";
import { ExitSignal, type Io } from "./io";
import { PosixParser } from "./parser";

/**
 * Parses and runs `source` one complete command at a time, as dash's
 * cmdloop and bash's parse_and_execute do: a syntax error on line 3 comes
 * after lines 1–2 have run. A syntax error prints the flavor's message and
 * ends a non-interactive shell with status 2.
 */
export function runText(core: ShellCore, source: string, io: Io, startLine = 1, builtin?: string): number {
  const parser = new PosixParser(source, core.flavor, startLine);
  let status = 0;
  for (;;) {
    let program;
    try {
      program = parser.next();
    } catch (e) {
      if (!(e instanceof PosixSyntaxError)) throw e;
      flushWarnings(core, parser, io);
      core.err(io, formatSyntaxError(e, core.flavor, core.diag.name, core.mode, builtin) + "\n");
      core.state.lastStatus = 2;
      // bash's eval and `.` only fail; everywhere else a non-interactive shell exits.
      if (core.mode !== "interactive" && !(builtin && core.flavor === "bash")) throw new ExitSignal(2);
      return 2;
    }
    flushWarnings(core, parser, io);
    if (!program) return status;
    if (core.state.options.noexec) continue;
    status = execProgram(core, program, io);
  }
}

/** bash's `warning: here-document at line 1 delimited by end-of-file (wanted `EOF')`. */
function flushWarnings(core: ShellCore, parser: PosixParser, io: Io): void {
  for (const w of parser.warnings.splice(0)) core.err(io, `${core.diag.prefix(w.line)}${w.text}\n`);
}
