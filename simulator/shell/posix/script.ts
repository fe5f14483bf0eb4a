import type { ShellCore } from "./core";
import { formatSyntaxError, PosixSyntaxError } from "./errors";
import { execProgram } from "./exec";
import { ExitSignal, type Io } from "./io";
import { PosixParser } from "./parser";
import type { Program } from "./ast";
import type { ShellFlavor } from "./errors";

/**
 * Parses and runs `source` one complete command at a time, as dash's
 * cmdloop and bash's parse_and_execute do: a syntax error on line 3 comes
 * after lines 1–2 have run. A syntax error prints the flavor's message and
 * ends a non-interactive shell with status 2.
 */
export function runText(core: ShellCore, source: string, io: Io, startLine = 1, builtin?: string): number {
  const steps = parseSteps(source, core.flavor, startLine);
  let status = 0;
  for (const step of steps) {
    for (const w of step.warnings) core.err(io, `${core.diag.prefix(w.line)}${w.text}\n`);
    if (step.error) {
      core.err(io, formatSyntaxError(step.error, core.flavor, core.diag.name, core.mode, builtin) + "\n");
      core.state.lastStatus = 2;
      // bash's eval and `.` only fail; everywhere else a non-interactive shell exits.
      if (core.mode !== "interactive" && !(builtin && core.flavor === "bash")) throw new ExitSignal(2);
      return 2;
    }
    if (!step.program) return status;
    if (core.state.options.noexec) continue;
    status = execProgram(core, step.program, io);
  }
  return status;
}

/** One complete command as the parser gave it: the command, or the syntax error it hit, with the warnings it raised on the way. */
interface ParsedStep {
  program?: Program | null;
  error?: PosixSyntaxError;
  warnings: { line: number; text: string }[];
}

/** Sources parsed before, by flavor, start line and text (the parser depends on nothing else). */
const PARSED = new Map<string, readonly ParsedStep[]>();
/** Sources remembered at most (the oldest is forgotten first) and the longest one remembered. */
const PARSED_LIMIT = 512;
const PARSED_MAX_LENGTH = 64 * 1024;

/**
 * The source split into its complete commands. Parsing depends only on the
 * text, the flavor and the start line, so an entrypoint script that every
 * container start runs is parsed once; running still goes one command at a
 * time, so a syntax error on line 3 still comes after lines 1–2 ran. The
 * parsed commands are frozen: running them never changes them.
 */
function parseSteps(source: string, flavor: ShellFlavor, startLine: number): readonly ParsedStep[] {
  const key = `${flavor}\0${startLine}\0${source}`;
  const known = PARSED.get(key);
  if (known) return known;
  const parser = new PosixParser(source, flavor, startLine);
  const steps: ParsedStep[] = [];
  for (;;) {
    try {
      const program = parser.next();
      steps.push({ program, warnings: parser.warnings.splice(0) });
      if (!program) break;
    } catch (e) {
      if (!(e instanceof PosixSyntaxError)) throw e;
      steps.push({ error: e, warnings: parser.warnings.splice(0) });
      break;
    }
  }
  if (source.length <= PARSED_MAX_LENGTH) {
    if (PARSED.size >= PARSED_LIMIT) PARSED.delete(PARSED.keys().next().value as string);
    PARSED.set(key, deepFreeze(steps));
  }
  return steps;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

