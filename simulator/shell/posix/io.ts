import type { OutputChunk } from "../../core/io";
import type { PosixFileSystem } from "../../vfs/posix-types";

/**
 * Why a run stopped early, as the exceptions that unwind the interpreter.
 * `exit`, `return`, `break`/`continue` mirror dash's evalskip/exception
 * handling (dash: src/eval.c, src/error.c); Killed is the step budget
 * running out, reported as SIGKILL (exit 137) like an OOM-killed container;
 * BrokenPipe is SIGPIPE (141) for a writer whose reader is gone.
 */
export class ExitSignal {
  constructor(readonly status: number) {}
}
/** `return [n]` from a function or a dot script. */
export class ReturnSignal {
  constructor(readonly status: number) {}
}
/** `break n` / `continue n`. */
export class LoopSignal {
  constructor(
    readonly levels: number,
    readonly isContinue: boolean,
  ) {}
}
/** The step budget ran out: the whole run ends as if SIGKILLed. */
export class KilledSignal {}
/** A write into a pipe that is full: the writer dies of SIGPIPE. */
export class BrokenPipeSignal {
  constructor(readonly sink: Sink) {}
}

/** Anywhere bytes can be written: a terminal stream, a file, a pipe, a capture buffer. */
export interface Sink {
  write(text: string): void;
  /** Writes reach a terminal (`docker run -t`): programs like ls lay out columns then. */
  readonly terminal?: boolean;
}

/** Bytes of output that cost one step of the budget (so `yes` is bounded too). */
export const BYTES_PER_STEP = 128;
/**
 * How much one pipeline stage may write before it is treated as blocked on a
 * full pipe whose reader has gone (SIGPIPE): stages run one after another, so
 * `yes | head -n1` needs a cap. Far above Linux's 64 KiB pipe buffer.
 */
export const PIPE_CAPACITY = 1024 * 1024;

/** The run's terminal: stdout and stderr chunks in the order they were written. */
export class TerminalSink implements Sink {
  constructor(
    private readonly chunks: OutputChunk[],
    private readonly stream: "stdout" | "stderr",
    readonly terminal = false,
  ) {}

  write(text: string): void {
    if (!text) return;
    const last = this.chunks[this.chunks.length - 1];
    if (last && last.stream === this.stream) last.text += text;
    else this.chunks.push({ stream: this.stream, text });
  }
}

/** Text collected in memory: a pipe between stages, or `$(…)`. */
export class BufferSink implements Sink {
  text = "";

  constructor(private readonly capacity = Infinity) {}

  write(text: string): void {
    if (this.text.length + text.length > this.capacity) {
      this.text += text.slice(0, Math.max(0, this.capacity - this.text.length));
      throw new BrokenPipeSignal(this);
    }
    this.text += text;
  }
}

/** An open file: each write appends, so `cat f` later in the script sees it (O_APPEND after O_TRUNC). */
export class FileSink implements Sink {
  constructor(
    private readonly fs: PosixFileSystem,
    private readonly path: string,
  ) {}

  write(text: string): void {
    if (text) this.fs.appendFile(this.path, text);
  }
}

/** Output held back: a background job's writes, shown once the foreground has moved on. */
export class DeferredSink implements Sink {
  constructor(
    private readonly target: Sink,
    private readonly queue: { sink: Sink; text: string }[],
  ) {}

  get terminal(): boolean | undefined {
    return this.target.terminal;
  }

  write(text: string): void {
    this.queue.push({ sink: this.target, text });
  }
}

/** /dev/null. */
export class NullSink implements Sink {
  write(): void {}
}

/** Readable input with a shared offset, so `read` consumes one line and `cat` the rest. */
export class Source {
  pos = 0;
  private loaded: string | undefined;

  /** `text` may be a function, called on the first read (so unread stdin stays with its owner). */
  constructor(private readonly init: string | (() => string)) {}

  get text(): string {
    this.loaded ??= typeof this.init === "string" ? this.init : this.init();
    return this.loaded;
  }

  /** Everything not read yet (consumes it). */
  readAll(): string {
    const rest = this.text.slice(this.pos);
    this.pos = this.text.length;
    return rest;
  }

  /** One line without its newline, or null at end of input; `complete` says whether a newline ended it. */
  readLine(): { line: string; complete: boolean } | null {
    if (this.pos >= this.text.length) return null;
    const nl = this.text.indexOf("\n", this.pos);
    const end = nl < 0 ? this.text.length : nl;
    const line = this.text.slice(this.pos, end);
    this.pos = nl < 0 ? end : end + 1;
    return { line, complete: nl >= 0 };
  }
}

/** One open file descriptor. */
export type Fd = { kind: "out"; sink: Sink } | { kind: "in"; source: Source };

/** The shell's file descriptor table. Redirections make a modified copy. */
export class Io {
  constructor(
    readonly fds: Map<number, Fd> = new Map(),
    /** Called with the size of every write, to charge the step budget. */
    private readonly charge?: (bytes: number) => void,
  ) {}

  clone(): Io {
    return new Io(new Map(this.fds), this.charge);
  }

  get(fd: number): Fd | undefined {
    return this.fds.get(fd);
  }

  /** Writes to an output fd; a closed or input-only fd swallows it (EBADF). */
  write(fd: number, text: string): void {
    if (!text) return;
    this.charge?.(text.length);
    const entry = this.fds.get(fd);
    if (entry?.kind === "out") entry.sink.write(text);
  }

  /** The input on fd 0 (empty when closed). */
  input(fd = 0): Source {
    const entry = this.fds.get(fd);
    return entry?.kind === "in" ? entry.source : new Source("");
  }
}
