/**
 * A heredoc attached to an instruction (`RUN <<EOF`), as BuildKit's parser
 * records it (moby/buildkit: frontend/dockerfile/parser/parser.go Heredoc).
 */
export interface Heredoc {
  name: string;
  /** The raw body: every line between the instruction and the terminator, each with its newline. */
  content: string;
  /** False when any part of the heredoc word was quoted (`<<'EOF'`): no expansion in the body. */
  expand: boolean;
  /** `<<-`: leading tabs are stripped. */
  chomp: boolean;
  fileDescriptor: number;
}

/**
 * One instruction of the parse tree, shaped like BuildKit's parser.Node for
 * an instruction: its keyword as written, builder flags, the argument nodes,
 * the original text and its line range (1-based, inclusive).
 */
export interface InstructionNode {
  /** The keyword as written (`RUN`, `from`). */
  keyword: string;
  /** Builder flags, quotes removed: `--from=build`. */
  flags: string[];
  /** The argument nodes' values in order (see line-parsers.ts for how each instruction splits). */
  args: string[];
  /** The nested instruction of an ONBUILD. */
  onbuild?: InstructionNode;
  /** The arguments came from a JSON array (exec form). */
  json: boolean;
  /** The instruction text after joining continuation lines. */
  original: string;
  startLine: number;
  endLine: number;
  heredocs: Heredoc[];
  /** Comment lines directly above the instruction. */
  prevComment: string[];
}

/** A parser warning (BuildKit parser.Warning), e.g. an empty continuation line. */
export interface ParseWarning {
  short: string;
  detail: string;
  url: string;
  line: number;
}

/** The parser directives at the top of a Dockerfile (`# syntax=`, `# escape=`, `# check=`). */
export interface ParserDirectives {
  syntax?: string;
  escape?: string;
  check?: string;
}

/** A successfully parsed Dockerfile. */
export interface ParsedDockerfile {
  instructions: InstructionNode[];
  escapeToken: "\\" | "`";
  directives: ParserDirectives;
  warnings: ParseWarning[];
  /** The line range of all instructions together. */
  startLine: number;
  endLine: number;
}

/** Where something is in the file: 1-based line and column; `endLine` for multi-line spans. */
export interface SourceLocation {
  line: number;
  column: number;
  endLine: number;
}

/**
 * A Dockerfile that cannot be parsed. `message` is BuildKit's text without the
 * location; `formatParseError` adds `dockerfile parse error on line N: `.
 */
export class DockerfileParseError extends Error {
  constructor(
    readonly detail: string,
    readonly location: SourceLocation,
  ) {
    super(detail);
    this.name = "DockerfileParseError";
  }
}

/** BuildKit's wording of a located parse error (moby/buildkit: frontend/dockerfile/instructions/errors_unix.go parseError). */
export function formatParseError(error: DockerfileParseError): string {
  return `dockerfile parse error on line ${error.location.line}: ${error.detail}`;
}
