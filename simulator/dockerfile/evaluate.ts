import { WordLexer, WordLexError, type EnvLookup } from "../lex/word-lexer";
import type { Instruction, Stage } from "./instructions/types";
import type { DockerfileProgram } from "./instructions/types";

/** The platform a build targets, for the automatic platform ARGs. */
export interface BuildPlatform {
  os: string;
  arch: string;
  variant?: string;
}

/** What `docker build` passes in: `--build-arg`s and the platforms. */
export interface EvaluateOptions {
  buildArgs?: Record<string, string>;
  target?: BuildPlatform;
  build?: BuildPlatform;
  /** ENV of a stage's base image, by FROM base name (already expanded). */
  baseImageEnv?: (baseName: string) => string[] | undefined;
  escapeToken?: "\\" | "`";
}

/** One instruction with its variables substituted, and the environment a RUN there sees. */
export interface EvaluatedStep {
  instruction: Instruction;
  /** `KEY=value` for RUN: the stage's ENV plus ARG values in scope (ENV wins on a clash). */
  runEnv: string[];
}

/** A stage after evaluation. */
export interface EvaluatedStage {
  index: number;
  name: string;
  baseName: string;
  platform: string;
  steps: EvaluatedStep[];
  /** The stage's ENV at its end (children stages start from it). */
  env: string[];
}

/** The proxy ARGs Docker accepts with --build-arg without an ARG line (docker docs: "Predefined ARGs"). */
export const PREDEFINED_ARGS = ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"];

function formatPlatform(p: BuildPlatform): string {
  return `${p.os}/${p.arch}${p.variant ? `/${p.variant}` : ""}`;
}

/** The automatic platform ARGs, in the global scope of every build (BuildKit: dockerfile2llb defaultArgs). */
export function calculatePlatformArgs(target: BuildPlatform, build: BuildPlatform): Record<string, string> {
  return {
    TARGETPLATFORM: formatPlatform(target),
    TARGETOS: target.os,
    TARGETARCH: target.arch,
    TARGETVARIANT: target.variant ?? "",
    BUILDPLATFORM: formatPlatform(build),
    BUILDOS: build.os,
    BUILDARCH: build.arch,
    BUILDVARIANT: build.variant ?? "",
  };
}

function toRecord(env: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of env) {
    const eq = entry.indexOf("=");
    if (eq > 0) out[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return out;
}

function toList(record: Record<string, string>): string[] {
  return Object.entries(record).map(([k, v]) => `${k}=${v}`);
}

/**
 * Evaluates ARG and ENV scoping the way BuildKit's dockerfile2llb does:
 * - ARGs before the first FROM are global and usable only in FROM lines;
 *   a stage brings one in with `ARG NAME` (no value); `--build-arg`
 *   overrides any default; the platform ARGs are global too.
 * - Inside a stage, ENV overrides an ARG of the same name; ENV is inherited
 *   by stages built FROM this one, ARGs are not.
 * - ADD, COPY, ENV, EXPOSE, FROM, LABEL, STOPSIGNAL, USER, VOLUME and
 *   WORKDIR have their variables substituted; RUN, CMD and ENTRYPOINT do not
 *   (the shell expands them at run time, with `runEnv`).
 * Throws WordLexError for a bad substitution (e.g. `${X:?needed}` unset).
 * (Docker docs: reference/dockerfile "ARG", "Scope", "Environment replacement";
 * moby/buildkit: frontend/dockerfile/dockerfile2llb/convert.go.)
 */
export function evaluateProgram(program: DockerfileProgram, options: EvaluateOptions = {}): { stages: EvaluatedStage[]; unusedBuildArgs: string[] } {
  const buildArgs = options.buildArgs ?? {};
  const platform = options.target ?? { os: "linux", arch: "amd64" };
  const lexer = new WordLexer({ escapeToken: options.escapeToken ?? "\\" });
  const used = new Set<string>();
  const expand = (word: string, lookup: EnvLookup): string => lexer.processWord(word, lookup).result;

  const global: Record<string, string> = calculatePlatformArgs(platform, options.build ?? platform);
  const globalDeclared = new Map<string, string | undefined>();
  for (const arg of program.metaArgs) {
    for (const { key, value } of arg.args) {
      let resolved: string | undefined = value === undefined ? undefined : expand(value, (n) => global[n]);
      if (Object.prototype.hasOwnProperty.call(buildArgs, key)) {
        resolved = buildArgs[key];
        used.add(key);
      }
      globalDeclared.set(key, resolved);
      if (resolved !== undefined) global[key] = resolved;
    }
  }

  const stages: EvaluatedStage[] = [];
  program.stages.forEach((stage: Stage, index) => {
    const from = stage.from;
    const baseName = expand(from.baseName, (n) => global[n]);
    const parent = stages.find((s) => s.name !== "" && s.name === baseName.toLowerCase());
    const env = toRecord(parent ? parent.env : (options.baseImageEnv?.(baseName) ?? []));
    const args: Record<string, string> = {};
    const lookup: EnvLookup = (n) => env[n] ?? args[n];
    const steps: EvaluatedStep[] = [];
    for (const command of stage.commands) {
      const instruction = substitute(command, (w) => expand(w, lookup));
      if (instruction.kind === "arg") {
        for (const { key, value } of instruction.args) {
          if (Object.prototype.hasOwnProperty.call(buildArgs, key)) {
            args[key] = buildArgs[key] as string;
            used.add(key);
          } else if (value !== undefined) {
            args[key] = value;
          } else if (globalDeclared.has(key) || key in global) {
            const g = global[key];
            if (g !== undefined) args[key] = g;
          }
        }
      } else if (instruction.kind === "env") {
        for (const pair of instruction.pairs) env[pair.key] = pair.value;
      }
      const runEnv = toList({ ...args, ...env });
      for (const name of PREDEFINED_ARGS) {
        if (Object.prototype.hasOwnProperty.call(buildArgs, name) && !(name in env) && !(name in args)) {
          runEnv.push(`${name}=${buildArgs[name]}`);
          used.add(name);
        }
      }
      steps.push({ instruction, runEnv });
    }
    stages.push({
      index,
      name: from.stageName,
      baseName,
      platform: from.platform ? expand(from.platform, (n) => global[n]) : "",
      steps,
      env: toList(env),
    });
  });
  const unusedBuildArgs = Object.keys(buildArgs).filter((k) => !used.has(k)).sort();
  return { stages, unusedBuildArgs };
}

/** The instruction with its expandable fields substituted. */
function substitute(instruction: Instruction, expand: (word: string) => string): Instruction {
  switch (instruction.kind) {
    case "env":
    case "label":
      return { ...instruction, pairs: instruction.pairs.map((p) => ({ ...p, key: expand(p.key), value: expand(p.value) })) };
    case "arg":
      return { ...instruction, args: instruction.args.map((a) => ({ key: a.key, value: a.value === undefined ? undefined : expand(a.value) })) };
    case "copy":
      return { ...instruction, sources: instruction.sources.map(expand), dest: expand(instruction.dest), from: expand(instruction.from), chown: expand(instruction.chown), chmod: expand(instruction.chmod) };
    case "add":
      return { ...instruction, sources: instruction.sources.map(expand), dest: expand(instruction.dest), chown: expand(instruction.chown), chmod: expand(instruction.chmod) };
    case "workdir":
      return { ...instruction, path: expand(instruction.path) };
    case "user":
      return { ...instruction, user: expand(instruction.user) };
    case "expose":
      return { ...instruction, ports: instruction.ports.flatMap((p) => expand(p).split(/\s+/).filter(Boolean)) };
    case "volume":
      return { ...instruction, volumes: instruction.volumes.map(expand) };
    case "stopsignal":
      return { ...instruction, signal: expand(instruction.signal) };
    default:
      return instruction;
  }
}

export { WordLexError };
