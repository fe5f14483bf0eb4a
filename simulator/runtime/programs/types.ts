import type { OutputChunk } from "../../core/io";
import type { ListeningPort } from "../types";

/** What a process model sees when the container's main process starts. */
export interface ProgramContext {
  /** argv[0] is the resolved executable path. */
  argv: string[];
  env: Record<string, string>;
  hostname: string;
  workingDir: string;
  user: string;
  /** The container was started with a TTY (`-t`). */
  tty: boolean;
  /** Stdin is kept open (`-i`). */
  interactive: boolean;
  /** Start time, ms. */
  now: number;
}

/** What the process does: what it writes, and when and how it exits (null: runs until stopped). */
export interface ProgramOutcome {
  output: OutputChunk[];
  exit: { afterMs: number; code: number } | null;
  /** The ports a server listens on once started (the engine routes published ports to them). */
  listens?: ListeningPort[];
  /**
   * Resident memory once started, and how fast it keeps growing if it never
   * stops allocating; absent, the executable's typical figure
   * (runtime/process-memory.ts). Outgrowing `--memory` gets it OOM-killed.
   */
  memory?: { bytes: number; growthPerSec?: number };
}

/**
 * A process model: decides, from argv and environment, what a real program
 * would print and how it would end. One file per program; registered in the
 * table in ./index.ts.
 */
export type Program = (ctx: ProgramContext) => ProgramOutcome;

/** A program that writes to stdout and exits at once. */
export function calculateImmediateExit(stdout: string, code = 0, stderr = ""): ProgramOutcome {
  const output: OutputChunk[] = [];
  if (stdout) output.push({ stream: "stdout", text: stdout });
  if (stderr) output.push({ stream: "stderr", text: stderr });
  return { output, exit: { afterMs: 0, code } };
}
