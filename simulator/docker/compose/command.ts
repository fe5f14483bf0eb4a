import { getOwn } from "../../core/own";
import type { FlagSpec, FlagValues } from "../../cli/flags";
import { loadComposeProject } from "../../compose/load";
import type { ComposeProject } from "../../compose/types";
import type { ContainerRecord } from "../../runtime/types";
import type { DockerContext } from "../command";

/** The Compose version this simulator speaks for (fidelity-reference §6: docker/compose v2.39.4). */
export const COMPOSE_VERSION = "2.39.4";

/** Which Compose the learner typed: `docker compose` (v2) or `docker-compose` (v1's names). */
export type ComposeFlavor = "v2" | "v1";

/** `docker compose`'s own options, before the subcommand (docker/compose cmd/compose/compose.go ProjectOptions). */
export interface ComposeGlobals {
  files: string[];
  projectName?: string;
  projectDirectory?: string;
  envFiles: string[];
  profiles: string[];
  progress: string;
}

/** What a compose verb gets. */
export interface ComposeContext extends DockerContext {
  globals: ComposeGlobals;
  flavor: ComposeFlavor;
}

/** One `docker compose` verb. */
export interface ComposeCommand {
  name: string;
  aliases?: string[];
  usage: string;
  short: string;
  flags: FlagSpec[];
  run(ctx: ComposeContext, invocation: { flags: FlagValues; args: string[] }): number;
}

/** `-t, --timeout` of stop and restart. */
export const TIMEOUT_FLAG: FlagSpec = { name: "timeout", short: "t", kind: "int", usage: "Specify a shutdown timeout in seconds" };

/** Compose's label keys (docker/compose pkg/api/labels.go). */
export const LABEL = {
  project: "com.docker.compose.project",
  service: "com.docker.compose.service",
  number: "com.docker.compose.container-number",
  oneoff: "com.docker.compose.oneoff",
  workingDir: "com.docker.compose.project.working_dir",
  configFiles: "com.docker.compose.project.config_files",
  configHash: "com.docker.compose.config-hash",
  version: "com.docker.compose.version",
  dependsOn: "com.docker.compose.depends_on",
  network: "com.docker.compose.network",
  volume: "com.docker.compose.volume",
} as const;

/**
 * Loads the project the global options name, printing the loader's
 * warnings and, on failure, its error on stderr (exit 1) as Compose does.
 */
export function loadProjectOrError(ctx: ComposeContext): ComposeProject | number {
  const result = loadComposeProject({
    fs: ctx.host.fs,
    cwd: ctx.host.cwd,
    env: ctx.host.env,
    files: ctx.globals.files,
    projectName: ctx.globals.projectName,
    projectDirectory: ctx.globals.projectDirectory,
    envFiles: ctx.globals.envFiles,
    profiles: ctx.globals.profiles,
  });
  for (const warning of result.warnings) ctx.out.err(`${warning}\n`);
  if (!result.ok) {
    ctx.out.err(`${result.error}\n`);
    return 1;
  }
  return result.project;
}

/** The project's name without loading files when `-p` names it (`down`, `ps`, `ls` work without a file given -p). */
export function findProjectName(ctx: ComposeContext): string | undefined {
  return ctx.globals.projectName ?? getOwn(ctx.host.env, "COMPOSE_PROJECT_NAME");
}

/** The project's containers (one-off `run` containers only with `oneoff`), sorted by name. */
export function listProjectContainers(ctx: ComposeContext, project: string, options: { all: boolean; oneoff?: boolean }): ContainerRecord[] {
  return ctx.engine
    .listContainers(options.all)
    .filter((c) => c.config.Labels[LABEL.project] === project && (options.oneoff === true || c.config.Labels[LABEL.oneoff] !== "True"))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The service a container belongs to. */
export function serviceOf(container: ContainerRecord): string {
  return container.config.Labels[LABEL.service] ?? "";
}

/** A container's replica number. */
export function numberOf(container: ContainerRecord): number {
  return Number(container.config.Labels[LABEL.number] ?? 0);
}

/**
 * The name Compose gives a service's container: `<project>-<service>-<n>`
 * in v2, `<project>_<service>_<n>` in v1 (fidelity-reference §6.1), or
 * `container_name:`.
 */
export function calculateContainerName(project: string, service: string, n: number, flavor: ComposeFlavor, fixed?: string): string {
  if (fixed) return fixed;
  const sep = flavor === "v1" ? "_" : "-";
  return `${project}${sep}${service}${sep}${n}`;
}

/** The image a service runs: `image:`, or `<project>-<service>` for a build without one (v1: `_`) (compose pkg/api GetImageNameOrDefault). */
export function calculateServiceImage(project: string, service: { name: string; image?: string }, flavor: ComposeFlavor): string {
  return service.image ?? `${project}${flavor === "v1" ? "_" : "-"}${service.name}`;
}

/** Checks that the named services exist: `no such service: x` (compose pkg/compose errors). */
export function findUnknownService(project: ComposeProject, names: readonly string[]): string | undefined {
  return names.find((n) => getOwn(project.services, n) === undefined);
}
