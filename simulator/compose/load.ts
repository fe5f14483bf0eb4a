import { getOwn } from "../core/own";
import { calculateBasename, calculateDirname, calculateResolvedPath } from "../vfs/path";
import type { FileSystem } from "../vfs/types";
import { parseDotEnv } from "./dotenv";
import { calculateInterpolatedTree } from "./interpolate";
import { calculateMergedFile } from "./merge";
import { calculateProjectFromModel } from "./project";
import { calculateProjectNameFromDir, parseExplicitProjectName } from "./project-name";
import { parseComposeYaml } from "./parse-file";
import { asMapping } from "./record";
import { ComposeError, type ComposeProject } from "./types";
import { findSchemaError } from "./validate";

/** The file names Compose looks for, in its order of preference (compose-go cli.DefaultFileNames). */
export const DEFAULT_FILE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];
/** The override files merged after a default file (compose-go cli.DefaultOverrideFileNames). */
const OVERRIDE_FILE_NAMES = ["compose.override.yaml", "compose.override.yml", "docker-compose.override.yaml", "docker-compose.override.yml"];

/** The options of `docker compose` that shape the project. */
export interface ComposeLoadOptions {
  fs: Pick<FileSystem, "stat" | "readFile">;
  cwd: string;
  /** The shell's environment. */
  env: Readonly<Record<string, string>>;
  home?: string;
  /** `-f`, in order. */
  files?: readonly string[];
  /** `-p`. */
  projectName?: string;
  /** `--project-directory`. */
  projectDirectory?: string;
  /** `--env-file`. */
  envFiles?: readonly string[];
  /** `--profile`. */
  profiles?: readonly string[];
}

/** A loaded project, with the `WARN[0000] …` lines Compose printed while loading. */
export type ComposeLoadResult = { ok: true; project: ComposeProject; warnings: string[] } | { ok: false; error: string; warnings: string[] };

function readText(fs: ComposeLoadOptions["fs"], path: string): string | undefined {
  return fs.stat(path)?.type === "file" ? fs.readFile(path) : undefined;
}

/** The default file in `cwd` or the nearest parent folder (compose-go cli.getConfigPathsFromOptions). */
function findDefaultFiles(options: ComposeLoadOptions, warnings: string[]): string[] {
  for (let dir = options.cwd; ; dir = calculateDirname(dir)) {
    const found = DEFAULT_FILE_NAMES.map((n) => calculateResolvedPath(dir, n)).filter((p) => readText(options.fs, p) !== undefined);
    if (found.length > 0) {
      if (found.length > 1) warnings.push(`WARN[0000] Found multiple config files with supported names: ${found.join(", ")}`, `WARN[0000] Using ${found[0]}`);
      const override = OVERRIDE_FILE_NAMES.map((n) => calculateResolvedPath(dir, n)).find((p) => readText(options.fs, p) !== undefined);
      return override ? [found[0] as string, override] : [found[0] as string];
    }
    if (dir === "/") throw new ComposeError("no configuration file provided: not found");
  }
}

/**
 * Loads a Compose project as `docker compose` v2 does before any command
 * (compose-go cli.ProjectFromOptions and loader.Load): finds the files
 * (`-f`, COMPOSE_FILE, or compose.yaml … docker-compose.yml by name plus an
 * override), reads `.env` from the project directory (the shell's
 * environment wins over it), and for each file parses the YAML, warns
 * about an obsolete `version`, interpolates, validates against the schema
 * (`validating <file>: …`), then merges the files and normalises the model.
 * The project name comes from `-p`, COMPOSE_PROJECT_NAME, `name:`, or the
 * project folder (docker/docs compose/how-tos/project-name.md).
 */
export function loadComposeProject(options: ComposeLoadOptions): ComposeLoadResult {
  const warnings: string[] = [];
  try {
    const fromEnvVar = getOwn(options.env, "COMPOSE_FILE");
    const named = options.files && options.files.length > 0 ? options.files : fromEnvVar ? fromEnvVar.split(":") : undefined;
    const files = named ? named.map((f) => calculateResolvedPath(options.cwd, f)) : findDefaultFiles(options, warnings);
    const projectDir = options.projectDirectory ? calculateResolvedPath(options.cwd, options.projectDirectory) : calculateDirname(files[0] as string);
    const dotEnvPaths = options.envFiles && options.envFiles.length > 0 ? options.envFiles.map((f) => calculateResolvedPath(options.cwd, f)) : [calculateResolvedPath(projectDir, ".env")];
    let dotEnv: Record<string, string> = {};
    for (const path of dotEnvPaths) {
      const text = readText(options.fs, path);
      if (text === undefined) {
        if (options.envFiles?.length) throw new ComposeError(`couldn't find env file: ${path}`);
        continue;
      }
      dotEnv = { ...dotEnv, ...parseDotEnv(text, path, options.env) };
    }
    const env: Record<string, string> = { ...dotEnv, ...options.env };
    const scope = { env, warnUnset: (name: string) => warnings.push(`WARN[0000] The "${name}" variable is not set. Defaulting to a blank string.`) };

    let model: Record<string, unknown> = {};
    for (const file of files) {
      const text = readText(options.fs, file);
      if (text === undefined) throw new ComposeError(`open ${file}: no such file or directory`);
      const parsed = parseComposeYaml(text);
      if (parsed === null || parsed === undefined) throw new ComposeError(`empty compose file`);
      const dict = asMapping(parsed);
      if (!dict) throw new ComposeError(`validating ${file}: (root) must be a mapping`);
      if (dict.version !== undefined) {
        warnings.push(`WARN[0000] ${file}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`);
      }
      const interpolated = calculateInterpolatedTree(dict, "", scope) as Record<string, unknown>;
      const problem = findSchemaError(interpolated);
      if (problem) throw new ComposeError(`validating ${file}: ${problem}`);
      model = calculateMergedFile(model, interpolated);
    }

    const explicit = options.projectName ?? getOwn(env, "COMPOSE_PROJECT_NAME");
    const name = explicit
      ? parseExplicitProjectName(explicit)
      : typeof model.name === "string" && model.name !== ""
        ? parseExplicitProjectName(model.name)
        : calculateProjectNameFromDir(calculateBasename(projectDir));
    if (name === "") throw new ComposeError("project name must not be empty");
    const profiles = options.profiles && options.profiles.length > 0 ? options.profiles : (getOwn(env, "COMPOSE_PROFILES")?.split(",").filter(Boolean) ?? []);
    const project = calculateProjectFromModel(model, {
      name,
      projectDir,
      configFiles: files,
      profiles,
      env,
      home: options.home ?? getOwn(options.env, "HOME") ?? "/root",
      readFile: (path) => readText(options.fs, path),
    });
    return { ok: true, project, warnings };
  } catch (error) {
    if (error instanceof ComposeError) return { ok: false, error: error.message, warnings };
    throw error;
  }
}
