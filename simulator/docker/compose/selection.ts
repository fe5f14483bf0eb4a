import type { ComposeProject } from "../../compose/types";
import type { ContainerRecord } from "../../runtime/types";
import { findUnknownService, listProjectContainers, loadProjectOrError, serviceOf, type ComposeContext } from "./command";

/** The project and the containers of the named services (all when none named), or the exit status after an error. */
export function loadSelectedContainers(ctx: ComposeContext, args: readonly string[], all = true): { project: ComposeProject; containers: ContainerRecord[] } | number {
  const project = loadProjectOrError(ctx);
  if (typeof project === "number") return project;
  const unknown = findUnknownService(project, args);
  if (unknown) {
    ctx.out.err(`no such service: ${unknown}\n`);
    return 1;
  }
  const containers = listProjectContainers(ctx, project.name, { all }).filter((c) => args.length === 0 || args.includes(serviceOf(c)));
  return { project, containers };
}

/** The running container of a service for exec/port/top (`--index`, default 1), or an error line. */
export function findServiceContainer(ctx: ComposeContext, project: ComposeProject, service: string, index: number): ContainerRecord | string {
  if (!Object.hasOwn(project.services, service)) return `no such service: ${service}`;
  const containers = listProjectContainers(ctx, project.name, { all: false }).filter((c) => serviceOf(c) === service);
  if (containers.length === 0) return `service "${service}" is not running`;
  const found = containers.find((c) => c.config.Labels["com.docker.compose.container-number"] === String(index));
  return found ?? `service "${service}" is not running container #${index}`;
}
