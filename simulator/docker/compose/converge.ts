import { getOwn } from "../../core/own";
import type { ComposeProject, ComposeService } from "../../compose/types";
import { removeContainer } from "../../engine/container-remove";
import { startContainer, stopContainer } from "../../engine/container-signals";
import type { ContainerRecord } from "../../runtime/types";
import { calculateStartOrder } from "../../compose/project";
import { listProjectContainers, numberOf, serviceOf, type ComposeContext } from "./command";
import { findServiceImage } from "./service-images";
import type { ComposeProgress } from "./progress";
import { calculateServiceHash, dispatchServiceContainer } from "./service-container";

/** How `up`/`create` converge the services. */
export interface ConvergeOptions {
  forceRecreate: boolean;
  noRecreate: boolean;
  /** `--scale svc=N`. */
  scale: Record<string, number>;
}

/** The number of containers a service wants: `--scale`, `scale:`, `deploy.replicas`, else 1. */
export function calculateReplicas(service: ComposeService, scale: Record<string, number>): number {
  return getOwn(scale, service.name) ?? service.scale ?? service.deploy?.replicas ?? 1;
}

function removeQuietly(ctx: ComposeContext, container: ContainerRecord): void {
  if (container.state.Running) stopContainer(ctx.engine, container, {});
  removeContainer(ctx.engine, container, { force: true, volumes: false });
}

/**
 * The create phase of `up` (docker/compose pkg/compose/convergence.go
 * ensureService), for each service in dependency order: containers whose
 * configuration changed (or all, with --force-recreate) are recreated,
 * up-to-date running ones report `Running`, missing replicas are created,
 * extra ones (scaling down) are stopped and removed, highest number first.
 * Returns an error line, or undefined.
 */
export function dispatchConvergence(ctx: ComposeContext, project: ComposeProject, names: readonly string[], progress: ComposeProgress, options: ConvergeOptions): string | undefined {
  for (const name of calculateStartOrder(project.services, names)) {
    const service = project.services[name] as ComposeService;
    let replicas = calculateReplicas(service, options.scale);
    if (service.container_name && replicas > 1) {
      ctx.out.err(`WARN[0000] The "${name}" service is using the custom container name "${service.container_name}". Docker requires each container to have a unique name. Remove the custom name to scale the service\n`);
      replicas = 1;
    }
    const image = findServiceImage(ctx, project, service);
    if (!image) return `No such image: ${service.image ?? name}`;
    const hash = calculateServiceHash(service);
    const existing = listProjectContainers(ctx, project.name, { all: true }).filter((c) => serviceOf(c) === name);
    for (const extra of existing.filter((c) => numberOf(c) > replicas).sort((a, b) => numberOf(b) - numberOf(a))) {
      const id = `Container ${extra.name}`;
      progress.step(id, "Stopping", "Stopped");
      progress.event(id, "Removing", false);
      removeQuietly(ctx, extra);
      progress.event(id, "Removed", true);
    }
    for (let n = 1; n <= replicas; n++) {
      const current = existing.find((c) => numberOf(c) === n);
      const stale = current && !options.noRecreate && (options.forceRecreate || current.config.Labels["com.docker.compose.config-hash"] !== hash || current.imageId !== image.id);
      if (current && !stale) {
        if (current.state.Running) progress.event(`Container ${current.name}`, "Running", true);
        continue;
      }
      const id = `Container ${current?.name ?? ""}`;
      if (current) {
        progress.event(id, "Recreate", false);
        removeQuietly(ctx, current);
      }
      const created = dispatchServiceContainer(ctx, project, service, n, image);
      if (typeof created === "string") return created;
      if (current) progress.event(id, "Recreated", true);
      else progress.step(`Container ${created.name}`, "Creating", "Created");
    }
  }
  return undefined;
}

/** Whether the engine runs a health check for the container (the service's `healthcheck:` or the image's HEALTHCHECK). */
export function isHealthChecked(container: ContainerRecord): boolean {
  const test = container.config.Healthcheck?.Test;
  return test !== undefined && test.length > 0 && test[0] !== "NONE";
}

/**
 * Lets virtual time pass, probe by probe, until the engine's health check
 * (engine/health.ts) calls the container healthy or unhealthy, or it exits
 * (docker/compose pkg/compose/convergence.go waitDependencies). Gives up
 * as unhealthy after ten virtual minutes still `starting`.
 */
export function waitForHealth(ctx: ComposeContext, container: ContainerRecord): "healthy" | "unhealthy" | "exited" {
  const deadline = ctx.engine.clock.now() + 600_000;
  ctx.engine.settle();
  while (container.state.Running && container.state.Health?.Status === "starting" && ctx.engine.clock.now() < deadline) {
    const next = container.healthProbeAt;
    if (next === null || next === undefined) break;
    ctx.engine.clock.advance(Math.max(1, next - ctx.engine.clock.now()));
    ctx.engine.settle();
  }
  if (!container.state.Running) return "exited";
  return container.state.Health?.Status === "healthy" ? "healthy" : "unhealthy";
}

/** Waits for one dependency as its condition asks; returns an error line when it fails. */
function waitForDependency(ctx: ComposeContext, project: ComposeProject, dep: string, condition: string, progress: ComposeProgress): string | undefined {
  const containers = listProjectContainers(ctx, project.name, { all: true }).filter((c) => serviceOf(c) === dep);
  for (const c of containers) {
    const id = `Container ${c.name}`;
    if (condition === "service_healthy") {
      if (!isHealthChecked(c)) return `dependency failed to start: container ${c.name} has no healthcheck configured`;
      progress.event(id, "Waiting", false);
      const health = waitForHealth(ctx, c);
      if (health === "exited") return `dependency failed to start: container ${c.name} exited (${c.state.ExitCode})`;
      if (health !== "healthy") return `dependency failed to start: container ${c.name} is unhealthy`;
      progress.event(id, "Healthy", true);
    } else if (condition === "service_completed_successfully") {
      progress.event(id, "Waiting", false);
      const code = ctx.engine.wait(c);
      if (code === null) return `Dockyard: service "${dep}" never completes on its own here; waiting for it is not simulated`;
      progress.event(id, "Exited", true);
      if (code !== 0) return `service "${dep}" didn't complete successfully: exit ${code}`;
    }
  }
  return undefined;
}

/**
 * The start phase (docker/compose pkg/compose/start.go): services in
 * dependency order; before each, its dependencies' conditions are awaited
 * (`Waiting` → `Healthy`, or `Exited` for service_completed_successfully);
 * then its stopped containers start (`Starting` → `Started`).
 */
export function dispatchStartServices(ctx: ComposeContext, project: ComposeProject, names: readonly string[], progress: ComposeProgress): string | undefined {
  for (const name of calculateStartOrder(project.services, names)) {
    const service = project.services[name] as ComposeService;
    for (const [dep, spec] of Object.entries(service.depends_on)) {
      if (getOwn(project.services, dep) === undefined) continue;
      const problem = waitForDependency(ctx, project, dep, spec.condition, progress);
      if (problem) return problem;
    }
    for (const container of listProjectContainers(ctx, project.name, { all: true }).filter((c) => serviceOf(c) === name)) {
      if (container.state.Running) continue;
      const id = `Container ${container.name}`;
      progress.event(id, "Starting", false);
      const started = startContainer(ctx.engine, container);
      if (!started.ok) {
        progress.event(id, "Error", false);
        return `Error response from daemon: ${started.error.message}`;
      }
      progress.event(id, "Started", true);
    }
  }
  return undefined;
}
