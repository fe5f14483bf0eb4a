import type { InstructionNode } from "../ast";

/** A KEY=value pair of ENV or LABEL; `legacy` for the `ENV KEY value` form. */
export interface KeyValuePair {
  key: string;
  value: string;
  legacy: boolean;
}

/** A command line of RUN, CMD, ENTRYPOINT or HEALTHCHECK: exec form, or shell form to be run by SHELL. */
export interface CommandLine {
  /** The words (exec form) or the one shell string (shell form). */
  cmdLine: string[];
  /** True in shell form: the builder prepends the stage's SHELL (default `/bin/sh -c`). */
  prependShell: boolean;
  /** Heredoc bodies attached to the instruction. */
  files: { name: string; data: string; chomp: boolean }[];
}

/** A heredoc used as a COPY/ADD source. */
export interface SourceContent {
  path: string;
  data: string;
  expand: boolean;
}

/**
 * A typed, validated instruction (moby/buildkit: frontend/dockerfile/instructions/commands.go).
 * `node` is the parse-tree node it came from, for locations.
 */
export type Instruction =
  | { kind: "from"; node: InstructionNode; baseName: string; stageName: string; platform: string }
  | ({ kind: "run"; node: InstructionNode; mounts: string[]; network: string; security: string } & CommandLine)
  | ({ kind: "cmd"; node: InstructionNode } & CommandLine)
  | { kind: "entrypoint"; node: InstructionNode; cmdLine: string[] | null; prependShell: boolean }
  | { kind: "env"; node: InstructionNode; pairs: KeyValuePair[] }
  | { kind: "label"; node: InstructionNode; pairs: KeyValuePair[] }
  | { kind: "arg"; node: InstructionNode; args: { key: string; value: string | undefined }[] }
  | {
      kind: "copy";
      node: InstructionNode;
      sources: string[];
      contents: SourceContent[];
      dest: string;
      from: string;
      chown: string;
      chmod: string;
      link: boolean;
      parents: boolean;
      exclude: string[];
    }
  | {
      kind: "add";
      node: InstructionNode;
      sources: string[];
      contents: SourceContent[];
      dest: string;
      chown: string;
      chmod: string;
      link: boolean;
      keepGitDir: boolean;
      checksum: string;
      exclude: string[];
      unpack: boolean | undefined;
    }
  | { kind: "workdir"; node: InstructionNode; path: string }
  | { kind: "user"; node: InstructionNode; user: string }
  | { kind: "expose"; node: InstructionNode; ports: string[] }
  | { kind: "volume"; node: InstructionNode; volumes: string[] }
  | { kind: "stopsignal"; node: InstructionNode; signal: string }
  | { kind: "shell"; node: InstructionNode; shell: string[] }
  | { kind: "maintainer"; node: InstructionNode; maintainer: string }
  | { kind: "onbuild"; node: InstructionNode; expression: string }
  | {
      kind: "healthcheck";
      node: InstructionNode;
      /** `["NONE"]`, `["CMD", …]` (exec form) or `["CMD-SHELL", script]`, as the image config stores it. */
      test: string[];
      intervalMs: number;
      timeoutMs: number;
      startPeriodMs: number;
      startIntervalMs: number;
      retries: number;
    };

/** The `kind` of each instruction. */
export type InstructionKind = Instruction["kind"];

/** A build stage: its FROM and the instructions after it (instructions.Stage). */
export interface Stage {
  from: Extract<Instruction, { kind: "from" }>;
  commands: Exclude<Instruction, { kind: "from" }>[];
}

/** A whole Dockerfile, typed: ARGs before the first FROM, then the stages (instructions.Parse). */
export interface DockerfileProgram {
  metaArgs: Extract<Instruction, { kind: "arg" }>[];
  stages: Stage[];
}
