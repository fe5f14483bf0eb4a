/** The two streams a command writes to. */
export type StreamName = "stdout" | "stderr";

/** One write, kept in order so a terminal can interleave the streams as they happened. */
export interface OutputChunk {
  stream: StreamName;
  text: string;
  /** When the write happened, in ms after the command started, for output a terminal may replay over time (BuildKit's live view). */
  atMs?: number;
}

/**
 * What every command returns: its streams and its exit status, as a process
 * on a real host would (DEVELOPERS.md: "Commands return {stdout, stderr, exitCode}").
 */
export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** A CommandResult plus the order its writes happened in. */
export interface CommandTranscript extends CommandResult {
  chunks: OutputChunk[];
}

/** Where a command writes. Collects writes in order. */
export class Output {
  readonly chunks: OutputChunk[] = [];

  out(text: string): void {
    if (text) this.chunks.push({ stream: "stdout", text });
  }

  err(text: string, atMs?: number): void {
    if (text) this.chunks.push(atMs === undefined ? { stream: "stderr", text } : { stream: "stderr", text, atMs });
  }

  /** Appends another transcript's writes in order. */
  append(chunks: readonly OutputChunk[]): void {
    for (const c of chunks) this.chunks.push(c);
  }

  /** Finishes with an exit code. */
  result(exitCode: number): CommandTranscript {
    let stdout = "";
    let stderr = "";
    for (const c of this.chunks) {
      if (c.stream === "stdout") stdout += c.text;
      else stderr += c.text;
    }
    return { stdout, stderr, exitCode, chunks: this.chunks };
  }
}
